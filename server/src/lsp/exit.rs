//! Ending the process on `exit`: tower-lsp stops serving after `exit` only
//! once another message or the end of input arrives, so the service is
//! wrapped to notice `exit` itself.

use std::task::{Context, Poll};
use tokio::sync::watch;
use tower::Service;
use tower_lsp::jsonrpc::{Request, Response};

/// A service that reports the `exit` notification.
pub struct WatchExit<S> {
    inner: S,
    exited: watch::Sender<bool>,
}

impl<S> WatchExit<S> {
    /// Wraps `inner`; the receiver turns true at `exit`.
    pub fn new(inner: S) -> (WatchExit<S>, watch::Receiver<bool>) {
        let (exited, rx) = watch::channel(false);
        (WatchExit { inner, exited }, rx)
    }
}

impl<S: Service<Request, Response = Option<Response>>> Service<Request> for WatchExit<S> {
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> S::Future {
        let exit = request.method() == "exit";
        let future = self.inner.call(request);
        if exit {
            let _ = self.exited.send(true);
        }
        future
    }
}
