//! The service as the transport sees it: a handler that panics is answered
//! with an InternalError (the server keeps serving), and `exit` is noticed
//! at once (tower-lsp only stops after the next message or the end of
//! input).

use futures::future::BoxFuture;
use futures::FutureExt;
use std::panic::AssertUnwindSafe;
use std::task::{Context, Poll};
use tokio::sync::watch;
use tower::Service;
use tower_lsp::jsonrpc::{Request, Response};

/// Wraps the LSP service.
pub struct Guard<S> {
    inner: S,
    exited: watch::Sender<bool>,
}

impl<S> Guard<S> {
    /// Wraps `inner`; the receiver turns true at `exit`.
    pub fn new(inner: S) -> (Guard<S>, watch::Receiver<bool>) {
        let (exited, rx) = watch::channel(false);
        (Guard { inner, exited }, rx)
    }
}

impl<S> Service<Request> for Guard<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        if request.method() == "exit" {
            let _ = self.exited.send(true);
        }
        let id = request.id().cloned();
        let method = request.method().to_string();
        AssertUnwindSafe(self.inner.call(request))
            .catch_unwind()
            .map(move |result| match result {
                Ok(answer) => answer,
                Err(payload) => {
                    let message = super::panics::message(payload.as_ref());
                    eprintln!("pvm lsp: {method} panicked: {message}");
                    let error = super::read::internal(format!("internal error: {message}"));
                    Ok(id.map(|id| Response::from_error(id, error)))
                }
            })
            .boxed()
    }
}
