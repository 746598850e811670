//! What a VM thread reports while it runs a program.

use pvm_vm::gc::stats::GcStats;
use pvm_vm::io::Stream;

/// One report from a VM thread.
pub enum Event {
    /// Text the program wrote.
    Output(Stream, String),
    /// The memory manager's statistics (`last`: at the end of the run).
    Gc { stats: GcStats, last: bool },
    /// The run is over.
    Done(Outcome),
}

/// How a run ended.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The exit status, as `pvm run` would return it.
    pub exit_code: i32,
    /// The uncaught exception (not SystemExit), if any.
    pub raised: Option<Raised>,
    /// The VM itself failed (a bug): the panic's message.
    pub crashed: Option<String>,
}

/// An uncaught exception and where it was raised in the document.
#[derive(Debug)]
pub struct Raised {
    /// `Type: message`, the traceback's last line.
    pub message: String,
    /// Whether it is a KeyboardInterrupt.
    pub keyboard_interrupt: bool,
    /// The innermost position in the document's own code, if any.
    pub at: Option<pvm_compiler::code::Position>,
}

/// Sends events to the supervising task.
pub type Events = tokio::sync::mpsc::UnboundedSender<Event>;
