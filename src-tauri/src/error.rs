//! The one error shape the window sees: core's `ErrorBody` `{code, message, fields, problem?}`, so
//! the UI branches on `code`, marks `fields` on forms and says a file's `problem` in the reader's
//! language, whatever went wrong underneath.

use liaison_core::{Error, ErrorBody, ErrorCode};
use serde::Serialize;

/// Serialized exactly as `ErrorBody` (transparent), which the UI already has as a ts-rs type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct IpcError(pub ErrorBody);

impl IpcError {
    /// A failure of the shell itself (a panicked worker), not something the user can fix.
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError(ErrorBody::new(ErrorCode::Internal, message, Vec::new()))
    }

    /// The system refused something outside the book (no program to open a link, say).
    pub fn io(message: impl Into<String>) -> Self {
        IpcError(ErrorBody::new(ErrorCode::Io, message, Vec::new()))
    }

    /// A request the shell refuses before the core sees it; `field` names the request key.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        IpcError(ErrorBody::new(
            ErrorCode::Validation,
            message.clone(),
            vec![liaison_core::FieldError::new(field, message)],
        ))
    }

    pub fn code(&self) -> ErrorCode {
        self.0.code
    }
}

impl From<Error> for IpcError {
    fn from(e: Error) -> Self {
        // Failures the person did not cause by what they typed go to the log for a bug report,
        // redacted: the message can quote a value or a path that names someone. Logged here
        // because every core error reaches the window through this conversion (`?` in ~30
        // commands, jobs and the state); a log call per command would be one more to forget.
        if matches!(
            e.code(),
            ErrorCode::Io
                | ErrorCode::ReadOnly
                | ErrorCode::DiskFull
                | ErrorCode::DatabaseLocked
                | ErrorCode::DatabaseCorrupt
                | ErrorCode::BadFile
                | ErrorCode::Internal
        ) {
            liaison_core::warn_redacted(e.code().as_str(), &e);
        }
        IpcError(ErrorBody::from(&e))
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.0.code.as_str(), self.0.message)
    }
}

impl std::error::Error for IpcError {}
