//! `pvm lsp`: the language server on stdio (docs/lsp.md).
//!
//! Threads: tower-lsp's handlers run on a small tokio runtime; one
//! analysis thread owns the salsa database and applies edits in arrival
//! order ([`analysis`]); reads run on database clones in tokio's blocking
//! pool ([`read`]); each program run gets a VM on a thread of its own
//! ([`run`]).

mod analysis;
mod capabilities;
mod commands;
mod ext;
mod features;
mod guard;
mod idle;
mod panics;
mod position;
mod publisher;
mod read;
mod run;
mod server;
mod settings;
mod stdio;

use std::process::ExitCode;

/// Serves LSP on stdin/stdout until the client sends `exit`.
pub fn main() -> ExitCode {
    let Some((input, output)) = stdio::take_transport() else {
        eprintln!("pvm lsp: cannot take over stdin/stdout");
        return ExitCode::from(2);
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("pvm lsp: {e}");
            return ExitCode::from(2);
        }
    };
    runtime.block_on(async move {
        let input = tokio::fs::File::from_std(input);
        let output = tokio::fs::File::from_std(output);
        let (service, socket) = tower_lsp::LspService::new(server::Server::new);
        let (service, mut exited) = guard::Guard::new(service);
        let serve = tower_lsp::Server::new(input, output, socket).serve(service);
        tokio::select! {
            () = serve => {}
            _ = exited.wait_for(|&done| done) => {}
        }
    });
    // Run threads may still be busy with a program: don't wait for them.
    runtime.shutdown_background();
    ExitCode::SUCCESS
}
