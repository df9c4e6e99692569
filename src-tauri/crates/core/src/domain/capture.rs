//! The quick-capture line, taken apart: who, what was said, #tags, a follow-up date, a to-do.
//!
//! Grammar (every part optional, any order after the who-part):
//! `Amélie, Marc: loved the launch #beauty -> send the deck fri`
//! - `Name[, @handle…]:` at the start names the people, by name or handle, in any order
//!   (`,` `&` `;` `and` `et` separate them);
//! - `@handle` anywhere names a person by a channel handle;
//! - `#tag` tags the people;
//! - a date phrase (see `when`) sets a follow-up;
//! - `->`, `→`, `todo:` or `à faire:` start the follow-up's title (else the text is the title).
//!
//! Without a who-part or handle, the first one to three words are tried as a name by the book.
//! Pure: no store access, so the table-driven tests cover it exactly.

use super::fold::fold;
use super::when;
use chrono::{NaiveDate, NaiveTime};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// Without the `@`.
    Handle(String),
    Name(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    pub who: Vec<Who>,
    /// The line started with `Name:`; unknown names then create people.
    pub explicit: bool,
    /// The free text, word by word, as typed (who-part, handles, tags and date removed).
    pub words: Vec<String>,
    pub tags: Vec<String>,
    pub due: Option<(NaiveDate, Option<NaiveTime>)>,
    /// The date phrase as typed, for the preview ("fri" → Friday 27 November).
    pub due_phrase: Option<String>,
    /// Text after `->` / `todo:`, date removed.
    pub todo: Option<String>,
    /// `Amélie (via Kwame): …`: who introduced the people named (a name or a handle; an empty
    /// name when nothing follows "via").
    pub via: Option<Who>,
}

impl Line {
    pub fn body(&self) -> String {
        self.words.join(" ")
    }
}

const TODO_MARKERS: [&str; 6] = ["->", "→", "todo:", "to do:", "à faire:", "a faire:"];

pub fn parse(line: &str, today: NaiveDate) -> Line {
    let typed = line.trim();
    // Curly apostrophes are read as straight ones ("aujourd’hui" is a date phrase, "O’Brien"
    // a name); the words kept are given back as typed (`as_typed`).
    let line = typed.replace(['’', '‘'], "'");
    let mut out = Line::default();
    // The to-do part first, so a colon in "todo:" is not read as a who-part.
    let lower = line.to_lowercase();
    let (head, todo) = match TODO_MARKERS
        .iter()
        .filter_map(|m| lower.find(m).map(|at| (at, m.len())))
        .min()
    {
        // Byte offsets of `lower` equal those of `line` for these ASCII-led markers only when
        // lower-casing kept lengths; fall back to no split if not (rare scripts).
        Some((at, len)) if lower.len() == line.len() => {
            (line[..at].to_string(), Some(line[at + len..].to_string()))
        }
        _ => (line.clone(), None),
    };
    let (head, via) = via_part(&head);
    out.via = via;
    let mut rest = head.as_str();
    if let Some((who, after)) = who_prefix(rest) {
        out.who = who;
        out.explicit = true;
        rest = after;
    }
    let mut words = Vec::new();
    for token in rest.split_whitespace() {
        let bare = trim_punct(token);
        if let Some(h) = handle_of(bare) {
            if !out.who.iter().any(|w| same_who(w, &h)) {
                out.who.push(h);
            }
        } else if let Some(t) = bare.strip_prefix('#').filter(|t| !t.is_empty()) {
            if !out.tags.iter().any(|x| fold(x) == fold(t)) {
                out.tags.push(t.to_string());
            }
        } else {
            words.push(token.to_string());
        }
    }
    let mut todo_words: Vec<String> = todo
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    // The date belongs to the to-do when there is one, else to the line.
    for list in [&mut todo_words, &mut words] {
        let folded: Vec<String> = list.iter().map(|w| fold(trim_punct(w))).collect();
        if let Some(f) = when::find(&folded, today) {
            out.due = Some((f.date, f.time));
            out.due_phrase = Some(list[f.start..f.end].join(" "));
            list.drain(f.start..f.end);
            break;
        }
    }
    // Removing "…, vendredi" leaves "…,": the punctuation that led into the date goes with it.
    tidy_end(&mut words);
    tidy_end(&mut todo_words);
    as_typed(typed, &line, &mut words, &mut todo_words);
    out.words = words;
    let todo = todo_words.join(" ");
    out.todo = (!todo.trim().is_empty()).then(|| todo.trim().to_string());
    out
}

/// `Amélie (via Kwame): …` → the line without `(via Kwame)`, and who it names. Only in the
/// who-part, before the first colon, so "(via the newsletter)" in the text stays text.
fn via_part(head: &str) -> (String, Option<Who>) {
    let colon = head.find(':').unwrap_or(head.len());
    let lower = head[..colon].to_lowercase();
    let Some(open) = lower.find("(via").filter(|_| lower.len() == colon) else {
        return (head.to_string(), None);
    };
    let after = &head[open + 4..colon];
    if !after.is_empty() && !after.starts_with(char::is_whitespace) && !after.starts_with(')') {
        return (head.to_string(), None);
    }
    let (name, close) = match after.find(')') {
        Some(c) => (&after[..c], open + 4 + c + 1),
        None => (after, colon),
    };
    let name = name.trim();
    let who = match handle_of(name) {
        Some(h) if name.starts_with('@') => h,
        _ => Who::Name(name.to_string()),
    };
    // A space where the aside was: "Marc(via Kwame)loved" must not glue "Marc" and "loved" into
    // one word that was never typed (the fuzzer found it).
    (format!("{} {}", &head[..open], &head[close..]), Some(who))
}

/// Gives the kept words back their curly apostrophes, as typed: a note reads "l’équipe", as the
/// user wrote it, not "l'équipe". `read` is `typed` with ‘ ’ replaced by `'`, one character
/// for one, so a word found in `read` is the same characters of `typed`. Words keep the line's
/// order (the to-do's after the text's), so each is looked for after the one before.
fn as_typed(typed: &str, read: &str, words: &mut [String], todo: &mut [String]) {
    if typed.len() == read.len() {
        return; // no curly apostrophe: nothing to give back
    }
    let typed_at: Vec<usize> = typed
        .char_indices()
        .map(|(i, _)| i)
        .chain([typed.len()])
        .collect();
    let read_at: Vec<usize> = read
        .char_indices()
        .map(|(i, _)| i)
        .chain([read.len()])
        .collect();
    let mut from = 0;
    for w in words.iter_mut().chain(todo.iter_mut()) {
        let Some(found) = read[from..].find(w.as_str()).map(|i| from + i) else {
            continue;
        };
        let end = found + w.len();
        from = end;
        if !w.contains('\'') {
            continue;
        }
        let (Ok(a), Ok(b)) = (read_at.binary_search(&found), read_at.binary_search(&end)) else {
            continue;
        };
        *w = typed[typed_at[a]..typed_at[b]].to_string();
    }
}

fn tidy_end(words: &mut Vec<String>) {
    while let Some(last) = words.last_mut() {
        let kept = last.trim_end_matches([',', ';', ':', '-', '–', '—']).len();
        last.truncate(kept);
        if !last.is_empty() {
            break;
        }
        words.pop();
    }
}

/// `@heloise.mc` → the handle. A colon, or a dot ending a sentence, is not part of it:
/// `@heloise.mc:` must not become a person named "heloise.mc:".
fn handle_of(token: &str) -> Option<Who> {
    let h = token
        .strip_prefix('@')?
        .trim_end_matches([':', '.', ',', ';']);
    (!h.is_empty() && !h.contains(char::is_whitespace)).then(|| Who::Handle(h.to_string()))
}

/// `Amélie, @heloise.mc, Marc Levy: …` → who it names (names and handles, in the order typed)
/// and what follows. Not a who-part: a URL's colon, a time (`14:30`), a `#tag`, or a head too
/// long to be names.
fn who_prefix(s: &str) -> Option<(Vec<Who>, &str)> {
    let colon = s.find(':')?;
    let (head, after) = (&s[..colon], &s[colon + 1..]);
    if after.starts_with("//") || head.trim().is_empty() || head.len() > 120 {
        return None;
    }
    if head.ends_with(|c: char| c.is_ascii_digit())
        && after.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let mut names = Vec::new();
    for part in head.split([',', '&', ';']) {
        for name in split_words(part, &[" and ", " et "]) {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let who = if name.starts_with('@') {
                handle_of(name)?
            } else if name.split_whitespace().count() > 5 || name.starts_with('#') {
                return None;
            } else {
                Who::Name(name.to_string())
            };
            // "Anaïs, anais:" names one person once.
            if !names.iter().any(|w| same_who(w, &who)) {
                names.push(who);
            }
        }
    }
    (!names.is_empty()).then_some((names, after))
}

fn same_who(a: &Who, b: &Who) -> bool {
    match (a, b) {
        (Who::Name(x), Who::Name(y)) | (Who::Handle(x), Who::Handle(y)) => fold(x) == fold(y),
        _ => false,
    }
}

fn split_words<'a>(s: &'a str, seps: &[&str]) -> Vec<&'a str> {
    let mut out = vec![s];
    for sep in seps {
        out = out.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    out
}

/// Punctuation around a word that is not part of it: `fri.` `(demain)` `3/12,`.
pub fn trim_punct(w: &str) -> &str {
    w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | '!' | '?' | '(' | ')' | '"' | '«' | '»'))
}
