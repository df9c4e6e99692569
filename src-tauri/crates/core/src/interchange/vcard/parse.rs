//! The lines of a `.vcf` file: unfolding, quoted-printable and charsets, groups, parameters and escapes, split into cards.

use crate::error::{Error, Result};

/// One content line: `group.NAME;PARAM=a,b:value`, value already decoded (QP, charset).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Prop {
    /// Apple's and Google's `item1.`: ties a value to its `item1.X-ABLabel` (lower case).
    pub group: Option<String>,
    pub name: String,
    pub params: Vec<(String, String)>,
    pub value: String,
}

impl Prop {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    pub fn types(&self) -> Vec<String> {
        self.params
            .iter()
            .filter(|(k, _)| k == "TYPE")
            .flat_map(|(_, v)| v.split(',').map(|t| t.trim().to_ascii_lowercase()))
            .collect()
    }
}

/// A card and the physical line of its `BEGIN:VCARD`.
#[derive(Debug)]
pub(super) struct Card {
    pub line: u32,
    pub props: Vec<Prop>,
}

/// Logical lines with the physical line each starts on: folded lines (a leading space or tab)
/// are joined, and so are 2.1 QUOTED-PRINTABLE soft breaks (a value ending in `=`).
fn logical_lines(text: &str) -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = Vec::new();
    let mut qp_open = false;
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let n = i as u32 + 1;
        if let Some(rest) = line.strip_prefix([' ', '\t']).filter(|_| !out.is_empty()) {
            out.last_mut().expect("checked").1.push_str(rest);
        } else if qp_open {
            out.last_mut()
                .expect("a soft break follows a line")
                .1
                .push_str(line);
        } else if !line.trim().is_empty() {
            out.push((n, line.to_string()));
        }
        if let Some((_, last)) = out.last_mut() {
            let qp = last.to_ascii_uppercase().contains("QUOTED-PRINTABLE");
            qp_open = qp && last.ends_with('=');
            if qp_open {
                last.pop();
            }
        }
    }
    out
}

fn parse_prop(line: &str) -> Option<Prop> {
    // The value starts at the first colon outside a quoted parameter value.
    let mut in_quotes = false;
    let colon = line.char_indices().find_map(|(i, c)| {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => return Some(i),
            _ => {}
        }
        None
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let full = parts.next()?.trim();
    let (group, name) = match full.rsplit_once('.') {
        Some((g, n)) => (Some(g.to_ascii_lowercase()), n),
        None => (None, full),
    };
    let name = name.to_ascii_uppercase();
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (
                k.trim().to_ascii_uppercase(),
                v.trim_matches('"').to_string(),
            ),
            // vCard 2.1 writes bare types: `TEL;WORK;VOICE:`.
            None if p.eq_ignore_ascii_case("QUOTED-PRINTABLE") => {
                ("ENCODING".into(), "QUOTED-PRINTABLE".into())
            }
            None => ("TYPE".into(), p.trim().to_string()),
        })
        .collect::<Vec<_>>();
    let mut prop = Prop {
        group,
        name,
        params,
        value: value.to_string(),
    };
    if prop
        .param("ENCODING")
        .is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
    {
        let bytes = quoted_printable(&prop.value);
        let enc = prop
            .param("CHARSET")
            .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
            .unwrap_or(encoding_rs::UTF_8);
        prop.value = enc.decode_without_bom_handling(&bytes).0.into_owned();
    }
    Some(prop)
}

fn quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Splits on an unescaped `sep`, then undoes the escapes (`\,` `\;` `\\` `\n`).
pub(super) fn split_escaped(v: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') | Some('N') => parts.last_mut().expect("never empty").push('\n'),
                Some(o) => parts.last_mut().expect("never empty").push(o),
                None => {}
            },
            c if c == sep => parts.push(String::new()),
            c => parts.last_mut().expect("never empty").push(c),
        }
    }
    parts
}

pub(super) fn text(v: &str) -> String {
    split_escaped(v, '\u{0}').concat()
}

fn is_base64_text(l: &str) -> bool {
    l.trim()
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

pub(super) fn cards(text: &str) -> Result<Vec<Card>> {
    let mut out = Vec::new();
    let mut open: Option<Card> = None;
    for (line, l) in logical_lines(text) {
        let Some(p) = parse_prop(&l) else {
            // Some 2.1 writers (old Nokia and Sony phones) do not indent a base64 photo's lines.
            let base64 = open.as_mut().and_then(|c| c.props.last_mut()).filter(|p| {
                p.param("ENCODING").is_some_and(|e| {
                    e.eq_ignore_ascii_case("BASE64") || e.eq_ignore_ascii_case("b")
                })
            });
            if let Some(prev) = base64.filter(|_| is_base64_text(&l)) {
                prev.value.push_str(l.trim());
                continue;
            }
            return Err(Error::BadFile(format!(
                "line {line}: not a vCard property (NAME:value expected)"
            )));
        };
        match (
            p.name.as_str(),
            p.value.trim().to_ascii_uppercase().as_str(),
        ) {
            ("BEGIN", "VCARD") => {
                if let Some(c) = open.take() {
                    return Err(Error::BadFile(format!(
                        "line {line}: a vCard starts before the one of line {} ended",
                        c.line
                    )));
                }
                open = Some(Card {
                    line,
                    props: Vec::new(),
                });
            }
            ("END", "VCARD") => match open.take() {
                Some(c) => out.push(c),
                None => {
                    return Err(Error::BadFile(format!(
                        "line {line}: END:VCARD without BEGIN"
                    )))
                }
            },
            _ => match open.as_mut() {
                Some(c) => c.props.push(p),
                None => {
                    return Err(Error::BadFile(format!(
                        "line {line}: {} outside a vCard (BEGIN:VCARD expected)",
                        p.name
                    )))
                }
            },
        }
    }
    if let Some(c) = open {
        return Err(Error::BadFile(format!(
            "the vCard of line {} has no END:VCARD",
            c.line
        )));
    }
    if out.is_empty() {
        return Err(Error::BadFile("no vCard in this file (BEGIN:VCARD)".into()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_escapes_and_quoted_printable() {
        let t = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Dupr=E9;Am=\r\n=E9lie\r\nNOTE:long\r\n  folded\r\nEND:VCARD\r\n";
        let c = cards(t).unwrap();
        assert_eq!(
            c[0].props[1].value, "Dupré;Amélie",
            "QP soft break and Latin-1 charset"
        );
        assert_eq!(
            c[0].props[2].value, "long folded",
            "a folded line loses one leading space"
        );
        assert_eq!(
            split_escaped(r"Dubois\, Amélie;x\;y\nz", ';'),
            ["Dubois, Amélie", "x;y\nz"]
        );
    }

    #[test]
    fn a_2_1_photo_whose_lines_are_not_indented() {
        let t = "BEGIN:VCARD\r\nVERSION:2.1\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\nSkZJRgAB\r\nAQ==\r\n\r\nFN:A\r\nEND:VCARD\r\n";
        let c = cards(t).unwrap();
        assert_eq!(c[0].props[1].value, "/9j/4AAQSkZJRgABAQ==");
        assert_eq!(c[0].props[2].name, "FN");
        let e = cards("BEGIN:VCARD\r\nFN:A\r\nSkZJRgAB\r\nEND:VCARD\r\n").unwrap_err();
        assert!(
            e.to_string().contains("line 3"),
            "only after a base64 value: {e}"
        );
    }

    #[test]
    fn bad_structure_names_the_line() {
        let e = cards("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\n").unwrap_err();
        assert!(e.to_string().starts_with("line 3:"), "{e}");
        let e = cards("FN:A\n").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
    }
}
