//! How a command fails: one message a person can act on, a JSON body for scripts, and an exit code
//! per kind of problem so a shell script can branch without parsing text.

use liaison_core::{ErrorBody, ErrorCode, FieldError};
use std::io::Write;
use std::process::ExitCode;

/// Every failure is an `ErrorBody`, the same shape the desktop app's UI receives, so `--json`
/// scripts and the app branch on the same `code` strings.
#[derive(Debug)]
pub struct Failure(pub ErrorBody);

pub type Outcome<T = ()> = Result<T, Failure>;

impl From<liaison_core::Error> for Failure {
    fn from(e: liaison_core::Error) -> Self {
        Failure(ErrorBody::from(&e))
    }
}

impl Failure {
    /// Input the command line itself refuses; `field` names the flag.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        Failure(ErrorBody {
            code: ErrorCode::Validation,
            message: message.clone(),
            fields: vec![FieldError::new(field, message)],
            problem: None,
        })
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Failure::new(ErrorCode::NotFound, message)
    }

    /// A failure of `code` that names no flag; its exit code follows from `code` alone
    /// (`exit_code`), the one mapping every command goes through.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Failure(ErrorBody {
            code,
            message: message.into(),
            fields: Vec::new(),
            problem: None,
        })
    }

    /// What a script sees in `$?`; documented in `liaison --help`.
    pub fn exit_code(&self) -> u8 {
        exit_code(self.0.code)
    }

    /// Writes the message (and with `--json` the body as the last line) to stderr.
    pub fn report(&self, json: bool) -> ExitCode {
        let mut err = std::io::stderr().lock();
        // Nothing useful can be done if stderr itself is gone; the exit code still tells.
        let _ = err.write_all(self.human().as_bytes());
        if json {
            let body = serde_json::to_string(&self.0).unwrap_or_else(|_| {
                r#"{"code":"internal","message":"error not serialisable","fields":[]}"#.into()
            });
            let _ = writeln!(err, "{body}");
        }
        ExitCode::from(self.exit_code())
    }

    fn human(&self) -> String {
        let b = &self.0;
        let mut s = String::new();
        if b.code == ErrorCode::Validation && !b.fields.is_empty() {
            // The core's message repeats every field; list them one per line instead. Failures
            // made here carry a message that already names the flag, and print as they are.
            if b.fields.len() == 1 && b.fields[0].message == b.message {
                s.push_str(&format!("error: {}\n", b.message));
            } else {
                // Import reports carry their own summary; the core's say only "invalid input".
                let head = match b.message.starts_with("invalid input") {
                    true => "invalid input",
                    false => b.message.as_str(),
                };
                s.push_str(&format!("error: {head}\n"));
                for f in &b.fields {
                    match flag_for(&f.field) {
                        Some(flag) => {
                            s.push_str(&format!("  {flag} ({}): {}\n", f.field, f.message))
                        }
                        None => s.push_str(&format!("  {}: {}\n", f.field, f.message)),
                    }
                }
            }
        } else if let Some(p) = &b.problem {
            // A refused file is said in the reader's language, as the mapping screen says it.
            s.push_str(&format!(
                "error: {}\n",
                p.message(liaison_core::Lang::from_env())
            ));
        } else {
            s.push_str(&format!("error: {}\n", b.message));
        }
        if let Some(hint) = hint(b.code) {
            s.push_str(&format!("hint: {hint}\n"));
        }
        s
    }
}

pub fn exit_code(code: ErrorCode) -> u8 {
    match code {
        ErrorCode::Internal => 1,
        ErrorCode::Validation => 2,
        ErrorCode::NotFound => 3,
        ErrorCode::DatabaseLocked => 4,
        ErrorCode::DatabaseTooNew | ErrorCode::DatabaseCorrupt => 5,
        ErrorCode::Io | ErrorCode::ReadOnly | ErrorCode::DiskFull => 6,
        ErrorCode::BadFile | ErrorCode::FileTooNew => 7,
        ErrorCode::Cancelled => 8,
        ErrorCode::ConfirmRequired => 9,
        ErrorCode::WrongKey | ErrorCode::KeyRequired => 10,
    }
}

fn hint(code: ErrorCode) -> Option<&'static str> {
    match code {
        ErrorCode::DatabaseLocked => {
            Some("the desktop app or another liaison command is writing; try again in a moment")
        }
        ErrorCode::Internal => {
            Some("this is a bug in Liaison; please report it with the command you ran")
        }
        ErrorCode::ConfirmRequired => {
            Some("run it again with --force to go ahead (--dry-run shows what would change)")
        }
        ErrorCode::WrongKey | ErrorCode::KeyRequired => Some(
            "give the book's passphrase or recovery key with --passphrase-file FILE or the \
             LIAISON_PASSPHRASE variable",
        ),
        _ => None,
    }
}

/// The flag that sets a core field path, so `emails.1` points the user at their second `--email`.
fn flag_for(field: &str) -> Option<&'static str> {
    let head = field.split('.').next().unwrap_or(field);
    Some(match head {
        "display_name" => "--name",
        "first_name" => "--first",
        "last_name" => "--last",
        "pronouns" => "--pronouns",
        "kind" => "--kind",
        "stage" => "--stage",
        "bio" => "--bio",
        "topics" => "--topic",
        "languages" => "--language",
        "city" => "--city",
        "country" => "--country",
        "time_zone" => "--tz",
        "emails" => "--email",
        "phones" => "--phone",
        "website" => "--website",
        "employer" => "--employer",
        "birthday" => "--birthday",
        "tags" => "--tag",
        "channels" => "--handle",
        "resonance" => "--resonance",
        "reach" => "--reach",
        "relevance" => "--relevance",
        "cadence_days" => "--cadence",
        "source" => "--source",
        "consent_note" => "--consent",
        "motivations" => "--motivations",
        "compensation" => "--compensation",
        "values_note" => "--values",
        "objectives" => "--objectives",
        "cursor" => "--cursor",
        "occurred_at" => "--at",
        "exchange" => "--what",
        "channel" => "--channel",
        "our_side" => "--our-side",
        "body" => "--body",
        "people" => "PERSON",
        "title" => "--title",
        "due_local" => "--due",
        "recurrence" => "--every",
        "until" => "--until",
        "preset" => "--until",
        // Events, meetups and capture.
        "name" => "--name",
        "start_local" => "--start",
        "end_local" => "--end",
        "venue" => "--venue",
        "booth" => "--booth",
        "url" => "--url",
        "notes" => "--notes",
        "why" => "--why",
        "event_id" => "--event",
        "place" => "--place",
        "minutes" => "--minutes",
        "outcome" => "--text",
        "met" => "--met",
        "line" => "LINE",
        _ => return None,
    })
}

/// A parse error from clap. Without `--json` clap's own rendering (with usage and suggestions)
/// is best; with it, scripts also get the same body as every other failure.
pub fn from_clap(e: clap::Error, json: bool) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let is_error = !matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    if !json || !is_error {
        e.exit();
    }
    let _ = e.print();
    let flag = match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.split([' ', '=']).next().unwrap_or(s).to_string(),
        _ => String::new(),
    };
    let reason = match std::error::Error::source(&e) {
        Some(inner) => inner.to_string(),
        None => first_line(&e.render().to_string()),
    };
    let body = ErrorBody {
        code: ErrorCode::Validation,
        message: first_line(&e.render().to_string()),
        fields: if flag.is_empty() {
            Vec::new()
        } else {
            vec![FieldError::new(flag, reason)]
        },
        problem: None,
    };
    if let Ok(s) = serde_json::to_string(&body) {
        eprintln!("{s}");
    }
    ExitCode::from(exit_code(ErrorCode::Validation))
}

fn first_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or(s);
    line.strip_prefix("error: ")
        .unwrap_or(line)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_own_documented_class() {
        // The help text promises these numbers; changing one breaks people's scripts.
        assert_eq!(exit_code(ErrorCode::Validation), 2);
        assert_eq!(exit_code(ErrorCode::NotFound), 3);
        assert_eq!(exit_code(ErrorCode::DatabaseLocked), 4);
        assert_eq!(exit_code(ErrorCode::DatabaseCorrupt), 5);
        assert_eq!(exit_code(ErrorCode::DiskFull), 6);
        assert_eq!(exit_code(ErrorCode::Internal), 1);
        assert_eq!(exit_code(ErrorCode::BadFile), 7);
        assert_eq!(exit_code(ErrorCode::Cancelled), 8);
        assert_eq!(exit_code(ErrorCode::ConfirmRequired), 9);
        assert_eq!(exit_code(ErrorCode::WrongKey), 10);
        assert_eq!(exit_code(ErrorCode::KeyRequired), 10);
    }

    #[test]
    fn core_field_paths_point_at_flags() {
        assert_eq!(flag_for("emails.1"), Some("--email"));
        assert_eq!(flag_for("channels.0.handle"), Some("--handle"));
        assert_eq!(flag_for("time_zone"), Some("--tz"));
        assert_eq!(flag_for("something_new"), None);
    }
}
