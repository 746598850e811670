//! PVM's own protocol: command names and custom notifications
//! (docs/lsp.md gives every JSON shape).

use serde_json::Value;
use tower_lsp::lsp_types::notification::Notification;

/// Runs a document: `[uri]` → `RunResult`.
pub const RUN_FILE: &str = "pvm.runFile";
/// Runs the `# %%` cell containing a line in the document's session: `[uri, line]`.
pub const RUN_CELL: &str = "pvm.runCell";
/// Forgets a document's session: `[uri]`.
pub const RESTART_SESSION: &str = "pvm.restartSession";
/// Interrupts the running program (KeyboardInterrupt): `[]` or `[uri]`.
pub const INTERRUPT: &str = "pvm.interrupt";
/// The dis text of a document, or of one line: `[uri, line?]`.
pub const SHOW_BYTECODE: &str = "pvm.showBytecode";

/// Every command the server executes.
pub const COMMANDS: [&str; 5] = [
    RUN_FILE,
    RUN_CELL,
    RESTART_SESSION,
    INTERRUPT,
    SHOW_BYTECODE,
];

/// `pvm/output`: text a running program wrote, `{uri, runId, stream, text}`.
pub enum Output {}

impl Notification for Output {
    type Params = Value;
    const METHOD: &'static str = "pvm/output";
}

/// `pvm/gcStats`: the memory manager's statistics during and after a run.
pub enum GcStats {}

impl Notification for GcStats {
    type Params = Value;
    const METHOD: &'static str = "pvm/gcStats";
}
