//! Requests that read: a snapshot, read in tokio's blocking pool, with
//! cancellation and panics turned into LSP errors (the server keeps going).

use super::analysis::{Analysis, Snapshot};
use std::panic::AssertUnwindSafe;
use tower_lsp::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp::lsp_types::Url;

/// LSP's `ContentModified`: the document changed while the request ran.
const CONTENT_MODIFIED: i64 = -32801;
/// LSP's `RequestFailed`.
const REQUEST_FAILED: i64 = -32803;

/// Runs `f` on a snapshot of `uri` off the async threads.
pub async fn read<T, F>(analysis: &Analysis, uri: &Url, f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce(&Snapshot) -> T + Send + 'static,
{
    let Some(snapshot) = analysis.snapshot(uri).await else {
        return Err(Error::invalid_params(format!("unknown document {uri}")));
    };
    let joined = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(AssertUnwindSafe(|| f(&snapshot)))
    })
    .await;
    match joined {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(payload)) => Err(panic_error(payload)),
        Err(e) => Err(internal(format!("request task failed: {e}"))),
    }
}

/// The LSP error for a panic payload: ContentModified for a salsa
/// cancellation, InternalError with the message otherwise.
pub fn panic_error(payload: Box<dyn std::any::Any + Send>) -> Error {
    if payload.is::<pvm_db::Cancelled>() {
        return Error {
            code: ErrorCode::ServerError(CONTENT_MODIFIED),
            message: "content modified".into(),
            data: None,
        };
    }
    internal(format!(
        "internal error: {}",
        super::panics::message(payload.as_ref())
    ))
}

/// LSP's `RequestFailed`: a valid request the server could not carry out.
pub fn failed(message: impl Into<String>) -> Error {
    Error {
        code: ErrorCode::ServerError(REQUEST_FAILED),
        message: message.into().into(),
        data: None,
    }
}

/// An InternalError with a message.
pub fn internal(message: String) -> Error {
    Error {
        code: ErrorCode::InternalError,
        message: message.into(),
        data: None,
    }
}
