//! Logging without personal data: every log line passes through `redact`, which masks what could name someone.
//!
//! Logs go to files and bug reports that the user does not think of as their contact book, so a
//! log line keeps error codes, counts, ids and the shape of a problem, and loses e-mail addresses,
//! handles, phone numbers, quoted values, URLs' paths and the user's home folder. The app and the
//! CLI log only through `warn`; a test drives real failures with a known person and reads stderr.
//! The app's log file passes every line, its own and its libraries', through `redact` again.

use std::fmt::Display;

/// Writes one redacted line to stderr, `liaison: <context>: <detail>`, and hands it to the `log`
/// facade (the desktop app's log file; nothing where no logger is installed, as in the CLI).
pub fn warn(context: &str, detail: &dyn Display) {
    let line = format!("{}: {}", redact(context), redact(&detail.to_string()));
    eprintln!("liaison: {line}");
    log::warn!(target: "liaison", "{line}");
}

/// Masks e-mails, @handles, phone-like numbers, quoted text, URL paths and the home folder.
pub fn redact(text: &str) -> String {
    let home = std::env::var("HOME").ok().filter(|h| h.len() > 1);
    let text = match &home {
        Some(h) => text.replace(h.as_str(), "~"),
        None => text.to_string(),
    };
    let text = mask_phone_runs(&mask_quotes(&text));
    text.split_inclusive(char::is_whitespace)
        .map(mask_word)
        .collect()
}

/// Text between quotes is a value someone typed: `'Amélie'`, `"x"`, `“x”`, `«x»`.
fn mask_quotes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let close = match c {
            '"' => '"',
            '“' => '”',
            '«' => '»',
            // An apostrophe inside a word ("can't") is not a quote.
            '\'' if out.is_empty() || out.ends_with(|p: char| !p.is_alphanumeric()) => '\'',
            _ => {
                out.push(c);
                continue;
            }
        };
        let mut inner = String::new();
        let mut closed = false;
        for d in chars.by_ref() {
            if d == close {
                closed = true;
                break;
            }
            inner.push(d);
        }
        if closed {
            out.push(c);
            out.push_str(&mask_quoted(&inner));
            out.push(close);
        } else {
            out.push(c);
            out.push_str(&inner);
        }
    }
    out
}

/// A quoted value is masked whole; a quoted path keeps its extension, which tells a bug report
/// what kind of file it was (`"<path>.csv"`) without the folder and file names, which can name
/// people ("~/Clients/Zoé Martin.vcf").
fn mask_quoted(inner: &str) -> String {
    if !looks_like_path(inner) {
        return "<text>".to_string();
    }
    let name = inner.rsplit(['/', '\\']).next().unwrap_or("");
    match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            format!("<path>.{ext}")
        }
        _ => "<path>".to_string(),
    }
}

fn looks_like_path(s: &str) -> bool {
    let b = s.as_bytes();
    s.starts_with('/')
        || s.starts_with("~/")
        || s.starts_with("./")
        || s.starts_with("\\\\")
        || (b.len() > 2
            && b[0].is_ascii_alphabetic()
            && b[1] == b':'
            && matches!(b[2], b'\\' | b'/'))
}

/// A bare word with a slash that is not a URL, a date or a fraction is a path: masked as one.
fn bare_path(core: &str) -> Option<String> {
    let path = core.trim_start_matches(['"', '\'', '(']);
    looks_like_path(path).then(|| mask_quoted(path))
}

fn mask_word(w: &str) -> String {
    let trimmed = w.trim_end();
    let space = &w[trimmed.len()..];
    let core =
        trimmed.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | '.' | ':'));
    if core.is_empty() {
        return w.to_string();
    }
    let masked = if let Some(scheme_end) = core.find("://") {
        // Keep the scheme and host (useful: "could not open https://example.com"), drop the path.
        let after = &core[scheme_end + 3..];
        let host = after.split('/').next().unwrap_or("");
        Some(format!("{}://{host}/<path>", &core[..scheme_end]))
    } else if let Some(p) = bare_path(core) {
        Some(p)
    } else if core.contains('@') && core.rsplit('@').next().is_some_and(|d| d.contains('.')) {
        Some("<email>".to_string())
    } else if core.starts_with('@') && core.len() > 1 {
        Some("<handle>".to_string())
    } else if is_phone_like(core) {
        Some("<number>".to_string())
    } else {
        None
    };
    match masked {
        Some(m) => w.replacen(core, &m, 1),
        None => format!("{trimmed}{space}"),
    }
}

/// Phone numbers written with spaces (`+33 6 12 34 56 78`) span words: find runs of digits and
/// phone punctuation with nine digits, or seven after a `+`.
fn mask_phone_runs(s: &str) -> String {
    let is_run = |c: char| c.is_ascii_digit() || matches!(c, '+' | ' ' | '.' | '-' | '(' | ')');
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let t = run.trim();
        let digits = t.chars().filter(char::is_ascii_digit).count();
        if digits >= 9 || (t.starts_with('+') && digits >= 7) {
            let lead = &run[..run.len() - run.trim_start().len()];
            let tail = &run[run.trim_end().len()..];
            out.push_str(lead);
            out.push_str("<number>");
            out.push_str(tail);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in s.chars() {
        if is_run(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Seven or more digits with only phone punctuation: not a count, a year or an id.
fn is_phone_like(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '(' | ')' | ' '))
        && !s.contains("..")
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn masks_what_names_someone_and_keeps_the_shape() {
        let line = redact(
            "person 0190-ab not found; 'Amélie Dubois' <amelie@example.fr> @AmelieD +33 6 12 34 56 78 \
             https://instagram.com/amelied/posts 12 rows, schema 3",
        );
        for secret in [
            "Amélie",
            "Dubois",
            "amelie@example.fr",
            "AmelieD",
            "12 34 56",
            "amelied",
        ] {
            assert!(!line.contains(secret), "{secret} leaked: {line}");
        }
        for kept in [
            "0190-ab",
            "not found",
            "12 rows",
            "schema 3",
            "https://instagram.com/<path>",
        ] {
            assert!(line.contains(kept), "{kept} should stay: {line}");
        }
        assert_eq!(redact("can't open the file"), "can't open the file");
    }

    #[test]
    fn masks_paths_whole_and_keeps_their_extension() {
        let line = redact(
            r#"could not read or write "/home/ana/Clients/Zoé Quennell.csv": permission denied"#,
        );
        assert_eq!(
            line,
            r#"could not read or write "<path>.csv": permission denied"#
        );
        assert_eq!(
            redact("cannot open /tmp/zoe.quennell/liaison.db: locked"),
            "cannot open <path>.db: locked"
        );
        assert_eq!(
            redact(r#"the database "C:\Users\Zoé\liaison.db" needs a key"#),
            r#"the database "<path>.db" needs a key"#
        );
        assert_eq!(
            redact("3/12 and 1/2 of the rows"),
            "3/12 and 1/2 of the rows"
        );
        assert_eq!(redact("said \"hello there\""), "said \"<text>\"");
    }

    #[test]
    fn masks_phone_numbers_written_as_one_word() {
        assert_eq!(redact("call +33612345678 now"), "call <number> now");
        assert_eq!(redact("year 2026, 1234 items"), "year 2026, 1234 items");
    }
}
