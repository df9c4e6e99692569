//! One error type for the core, and the stable `ErrorCode` that the UI and CLI branch on.

pub use crate::file_problem::{FileProblem, FileProblemKind};
use serde::Serialize;
use ts_rs::TS;

/// A field that failed validation, with a message a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `emails.1` or `channels.0.handle`.
    pub field: String,
    pub message: String,
    /// Which rule it broke, where a caller may want to say it in its own words (the UI's
    /// catalogues, in the reader's language); `message` stays the core's English telling.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub rule: Option<FieldRule>,
}

/// The rules a form's fields break most, named so the UI never guesses from English words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FieldRule {
    /// Nothing was given where something must be.
    Required,
    /// Not a date (or a date and a time) in the form the field takes.
    NotADate,
    /// An end before its start.
    EndBeforeStart,
    /// A number outside what the field takes.
    OutOfRange,
}

impl FieldError {
    /// A field error with no named rule: the message says it all.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            message: message.into(),
            rule: None,
        }
    }

    /// A field error that names the rule it broke.
    pub fn broke(field: impl Into<String>, rule: FieldRule, message: impl Into<String>) -> Self {
        FieldError {
            rule: Some(rule),
            ..FieldError::new(field, message)
        }
    }
}

/// What a caller can act on. Stable: the UI and scripts match on these strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    DatabaseTooNew,
    DatabaseLocked,
    DatabaseCorrupt,
    ReadOnly,
    DiskFull,
    Io,
    /// The book is encrypted and the key given (or kept in the keychain) does not open it.
    WrongKey,
    /// The book needs a passphrase or recovery key: the keychain is unavailable or has none.
    KeyRequired,
    /// A file to import could not be read as what it claims to be (CSV, vCard, bundle).
    BadFile,
    /// A bundle written by a newer version of Liaison: update the app to import it.
    FileTooNew,
    /// The user cancelled a long import or export; nothing was written.
    Cancelled,
    /// An import would overwrite or delete more than half of the book: nothing was written; run
    /// it again with `force` once the user confirmed.
    ConfirmRequired,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Validation => "validation",
            ErrorCode::NotFound => "not_found",
            ErrorCode::DatabaseTooNew => "database_too_new",
            ErrorCode::DatabaseLocked => "database_locked",
            ErrorCode::DatabaseCorrupt => "database_corrupt",
            ErrorCode::ReadOnly => "read_only",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::Io => "io",
            ErrorCode::WrongKey => "wrong_key",
            ErrorCode::KeyRequired => "key_required",
            ErrorCode::BadFile => "bad_file",
            ErrorCode::FileTooNew => "file_too_new",
            ErrorCode::Cancelled => "cancelled",
            ErrorCode::ConfirmRequired => "confirm_required",
            ErrorCode::Internal => "internal",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", describe_fields(.0))]
    Validation(Vec<FieldError>),
    #[error("{what} {id} was not found")]
    NotFound { what: &'static str, id: String },
    #[error(
        "this database was written by a newer version of Liaison (schema {found}, this build knows {known}); update the app to open it"
    )]
    DatabaseTooNew { found: i64, known: i64 },
    // Paths are quoted: they may hold spaces, and `redact` masks a quoted path as a whole.
    #[error("could not read or write \"{path}\": {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "the key does not open the database \"{path}\": it is encrypted with another passphrase or key (the file was not changed)"
    )]
    WrongKey { path: String },
    #[error("the database \"{path}\" needs its passphrase or recovery key: {reason}")]
    KeyRequired { path: String, reason: String },
    #[error("encryption key: {0}")]
    Key(String),
    #[error("backup: {0}")]
    Backup(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    /// What is wrong with a file, and where (the message names the line or property).
    #[error("{0}")]
    BadFile(String),
    /// A file problem the UI can say in the reader's language (`bad_file` too); its English
    /// sentence names the line and column.
    #[error("{0}")]
    File(Box<FileProblem>),
    /// A bundle from a newer Liaison (`file_too_new`), said in the reader's language as the
    /// other file problems are.
    #[error("{0}")]
    FileTooNew(Box<FileProblem>),
    #[error("cancelled: nothing was written")]
    Cancelled,
    #[error(
        "this {what} would overwrite or delete {changed} of the {total} {unit} in the book, more than half; nothing was written (confirm to go ahead)"
    )]
    ConfirmRequired {
        what: &'static str,
        unit: &'static str,
        changed: u64,
        total: u64,
    },
}

fn describe_fields(fields: &[FieldError]) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|f| format!("{}: {}", f.field, f.message))
        .collect();
    format!("invalid input — {}", parts.join("; "))
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        use rusqlite::ErrorCode as Sq;
        match self {
            Error::Validation(_) => ErrorCode::Validation,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            Error::Io { source, .. } => match source.kind() {
                std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
                    ErrorCode::ReadOnly
                }
                std::io::ErrorKind::StorageFull => ErrorCode::DiskFull,
                _ => ErrorCode::Io,
            },
            Error::Corrupt(_) => ErrorCode::DatabaseCorrupt,
            Error::WrongKey { .. } => ErrorCode::WrongKey,
            Error::KeyRequired { .. } => ErrorCode::KeyRequired,
            Error::Key(_) | Error::Backup(_) => ErrorCode::Internal,
            Error::BadFile(_) | Error::File(_) => ErrorCode::BadFile,
            Error::FileTooNew(_) => ErrorCode::FileTooNew,
            Error::Cancelled => ErrorCode::Cancelled,
            Error::ConfirmRequired { .. } => ErrorCode::ConfirmRequired,
            Error::Sqlite(e) => match e.sqlite_error_code() {
                Some(Sq::DatabaseBusy) | Some(Sq::DatabaseLocked) => ErrorCode::DatabaseLocked,
                Some(Sq::ReadOnly) => ErrorCode::ReadOnly,
                Some(Sq::DiskFull) => ErrorCode::DiskFull,
                Some(Sq::DatabaseCorrupt) | Some(Sq::NotADatabase) => ErrorCode::DatabaseCorrupt,
                // The disk or the file system failed a read or write: the system's fault, not a bug.
                Some(Sq::CannotOpen) | Some(Sq::SystemIoFailure) => ErrorCode::Io,
                _ => ErrorCode::Internal,
            },
        }
    }

    /// Field-level problems, empty unless this is a validation error.
    pub fn fields(&self) -> &[FieldError] {
        match self {
            Error::Validation(f) => f,
            _ => &[],
        }
    }

    /// What is wrong with a file, named, when the reader knows it (`None` for other errors).
    pub fn file_problem(&self) -> Option<&FileProblem> {
        match self {
            Error::File(p) | Error::FileTooNew(p) => Some(p.as_ref()),
            _ => None,
        }
    }

    pub fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }

    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Validation(vec![FieldError::new(field, message)])
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The shape every error takes when it leaves the core: the UI and `--json` scripts branch on
/// `code`, show `message`, and mark `fields` on a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
    pub fields: Vec<FieldError>,
    /// For `bad_file`: what is wrong with the file and where, for the UI to say in the
    /// reader's language (`message` is the English telling). Boxed: every `Result` that can
    /// carry an `ErrorBody` (the shell's, the CLI's) would otherwise be as big as a problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub problem: Option<Box<FileProblem>>,
}

impl ErrorBody {
    /// A body with no file problem: what the shell and the CLI make for their own refusals.
    pub fn new(code: ErrorCode, message: impl Into<String>, fields: Vec<FieldError>) -> Self {
        ErrorBody {
            code,
            message: message.into(),
            fields,
            problem: None,
        }
    }
}

impl From<&Error> for ErrorBody {
    fn from(e: &Error) -> Self {
        ErrorBody {
            code: e.code(),
            message: e.to_string(),
            fields: e.fields().to_vec(),
            problem: e.file_problem().cloned().map(Box::new),
        }
    }
}

impl From<FileProblem> for Error {
    fn from(p: FileProblem) -> Self {
        Error::File(Box::new(p))
    }
}
