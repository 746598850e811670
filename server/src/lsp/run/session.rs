//! A document's cell session: one VM on its own thread that keeps its
//! `__main__` namespace from cell to cell, like a notebook kernel.

use super::events::Events;
use super::vm;
use pvm_compiler::CodeObject;
use std::sync::{mpsc, Arc};

/// A cell to run in the session.
pub struct Job {
    /// The cell's code.
    pub code: Arc<CodeObject>,
    /// The document's text when the cell was run (for tracebacks).
    pub text: String,
    /// Where the run reports.
    pub events: Events,
}

/// A live session; dropping it ends the thread once its cell is done.
pub struct Session {
    jobs: mpsc::Sender<Job>,
}

impl Session {
    /// Starts a session for the document at `path`.
    pub fn start(path: String) -> std::io::Result<Session> {
        let (jobs, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("pvm-session".into())
            .stack_size(vm::STACK_BYTES)
            .spawn(move || {
                let mut machine = vm::new_vm(&path);
                let globals = pvm_vm::run::main_globals(&mut machine, Some(&path));
                while let Ok(job) = rx.recv() {
                    vm::execute(
                        &mut machine,
                        job.code,
                        &globals,
                        &path,
                        &job.text,
                        &job.events,
                    );
                }
            })?;
        Ok(Session { jobs })
    }

    /// Queues a cell; false if the session's thread is gone.
    pub fn run(&self, job: Job) -> bool {
        self.jobs.send(job).is_ok()
    }
}
