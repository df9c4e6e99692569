//! Where results go: stdout for what was asked, stderr for notes and warnings, and a quiet end
//! when `head` or a pager closes the pipe early.

use crate::fail::{Failure, Outcome};
use chrono::{DateTime, Local};
use liaison_core::{DuplicateWarning, ErrorCode};
use serde::Serialize;
use std::io::{ErrorKind, Write};

/// Writes to stdout. A closed pipe is not a failure: the reader simply had enough.
pub fn print(text: &str) -> Outcome {
    print_bytes(text.as_bytes())
}

/// Bytes as they are (a bundle or a BOM must not be re-encoded), as `print`.
pub fn print_bytes(bytes: &[u8]) -> Outcome {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(Failure::new(
            ErrorCode::Io,
            format!("could not write the output: {e}"),
        )),
        _ => Ok(()),
    }
}

/// Pretty JSON, one document per command, so `jq` and people can both read it.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Outcome {
    let mut s = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::new(ErrorCode::Internal, format!("could not write JSON: {e}")))?;
    s.push('\n');
    print(&s)
}

/// A side remark for the person at the terminal; stderr so it never pollutes piped results.
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Possible duplicates are warnings, never refusals: two people may share an agency address.
pub fn warn_duplicates(dups: &[DuplicateWarning]) {
    for d in dups {
        note(&format!(
            "warning: possible duplicate: {} {} also belongs to {} ({})",
            d.on, d.value, d.display_name, d.person_id
        ));
    }
}

/// `consumer_advocate` → `consumer advocate`: stored names made readable.
pub fn label(stored: &str) -> String {
    stored.replace('_', " ")
}

/// Stored instants are UTC; people read them in their own time zone.
pub fn local_time(rfc3339: &str) -> String {
    match DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => rfc3339.to_string(),
    }
}

/// Quotes a value so it can be pasted back into a POSIX shell as one argument.
pub fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.,:/@".contains(c))
    {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// 45300 → `45,300`: audience figures are read at a glance.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A stored UTC stamp as the user's wall time; an unreadable stamp is shown as stored.
pub fn show_time(rfc3339: &str, tz: chrono_tz::Tz) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => rfc3339.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_survive_a_round_trip_through_the_shell() {
        assert_eq!(shell_quote("abc"), "abc");
        assert_eq!(shell_quote(r#"["o'brien",3]"#), r#"'["o'\''brien",3]'"#);
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(45_300), "45,300");
        assert_eq!(thousands(1_200_000), "1,200,000");
    }
}
