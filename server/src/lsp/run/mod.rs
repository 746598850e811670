//! Running documents: `pvm.runFile` on a fresh VM, `pvm.runCell` in the
//! document's session. One program runs at a time (the interrupt flag is
//! the process's), on a thread of its own; this side streams its output
//! and statistics to the client, enforces the time and output limits,
//! and turns an uncaught exception into a diagnostic.

mod events;
mod report;
mod session;
mod supervise;
mod vm;

use super::analysis::{document_path, Analysis};
use super::features::cells;
use super::read::{failed, read};
use super::settings::Settings;
use events::Event;
use pvm_compiler::CodeObject;
use serde_json::{json, Value};
use session::{Job, Session};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::Url;
use tower_lsp::Client;

/// Why a run was stopped before it ended by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    Interrupted,
    Timeout,
    OutputLimit,
}

impl Stop {
    fn status(self) -> &'static str {
        match self {
            Stop::Interrupted => "interrupted",
            Stop::Timeout => "timeout",
            Stop::OutputLimit => "outputLimit",
        }
    }
}

/// The run in progress.
struct Active {
    id: u64,
    uri: Url,
    stop: Arc<Mutex<Option<Stop>>>,
}

#[derive(Default)]
struct State {
    active: Option<Active>,
    sessions: HashMap<Url, Session>,
    /// Sessions of documents just closed, kept for [`REOPEN_GRACE`] in
    /// case the document comes back (editors reread a changed file by
    /// closing and reopening it).
    closed: HashMap<Url, (Session, std::time::Instant)>,
}

/// How long a closed document's cell session waits to be reopened.
const REOPEN_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

impl State {
    /// Drops the closed documents' sessions that waited long enough.
    fn forget_closed(&mut self) {
        self.closed.retain(|_, (_, at)| at.elapsed() < REOPEN_GRACE);
    }
}

/// The server's runs and sessions.
pub struct Runs {
    client: Client,
    analysis: Analysis,
    settings: Arc<Mutex<Settings>>,
    state: Mutex<State>,
    next_id: AtomicU64,
}

/// What the supervisor needs to know about a started run.
struct Started {
    id: u64,
    uri: Url,
    text: String,
    stop: Arc<Mutex<Option<Stop>>>,
    events: tokio::sync::mpsc::UnboundedReceiver<Event>,
}

impl Runs {
    /// No runs yet.
    pub fn new(client: Client, analysis: Analysis, settings: Arc<Mutex<Settings>>) -> Runs {
        Runs {
            client,
            analysis,
            settings,
            state: Mutex::default(),
            next_id: AtomicU64::new(1),
        }
    }

    /// `pvm.runFile`: the document's module code (the database's) on a new VM.
    pub async fn run_file(&self, uri: Url) -> Result<Value> {
        let (code, text) = read(&self.analysis, &uri, |s| {
            (
                pvm_db::module_code(&s.db, s.file).clone(),
                s.text().to_string(),
            )
        })
        .await?;
        let Some(code) = code else {
            return Ok(compile_error());
        };
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let started = self.begin(&uri, text.clone(), rx)?;
        let path = document_path(&uri);
        let spawned = std::thread::Builder::new()
            .name("pvm-run".into())
            .stack_size(vm::STACK_BYTES)
            .spawn(move || {
                let mut machine = vm::new_vm(&path);
                let globals = pvm_vm::run::main_globals(&mut machine, Some(&path));
                vm::execute(&mut machine, code, &globals, &path, &text, &tx);
            });
        if let Err(e) = spawned {
            self.end(started.id);
            return Err(failed(format!("cannot start a VM thread: {e}")));
        }
        Ok(self.supervise(started).await)
    }

    /// `pvm.runCell`: the `# %%` cell containing 0-based `line`, in the
    /// document's session.
    pub async fn run_cell(&self, uri: Url, line: u32) -> Result<Value> {
        let path = document_path(&uri);
        let filename = path.clone();
        let (code, text) = read(&self.analysis, &uri, move |s| {
            let text = s.text().to_string();
            let source = cells::cell_source(&text, cells::cell_at(&text, line));
            let (module, errors) = pvm_syntax::parse_module(&source);
            let code = if errors.is_empty() {
                pvm_compiler::compile(&module, &filename).ok().map(Arc::new)
            } else {
                None
            };
            (code, text)
        })
        .await?;
        let Some(code) = code else {
            return Ok(compile_error());
        };
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let started = self.begin(&uri, text.clone(), rx)?;
        if let Err(e) = self.queue_cell(&uri, path, code, text, tx) {
            self.end(started.id);
            return Err(failed(format!("cannot start a session: {e}")));
        }
        Ok(self.supervise(started).await)
    }

    /// Hands a cell to the document's session, starting one if needed.
    fn queue_cell(
        &self,
        uri: &Url,
        path: String,
        code: Arc<CodeObject>,
        text: String,
        events: events::Events,
    ) -> std::io::Result<()> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let job = Job { code, text, events };
        if let Some(session) = state.sessions.get(uri) {
            match session.run(job) {
                true => return Ok(()),
                // The thread is gone (a VM crash): start over below.
                false => return self.restart_with(&mut state, uri, path, None),
            }
        }
        self.restart_with(&mut state, uri, path, Some(job))
    }

    fn restart_with(
        &self,
        state: &mut State,
        uri: &Url,
        path: String,
        job: Option<Job>,
    ) -> std::io::Result<()> {
        let session = Session::start(path)?;
        if let Some(job) = job {
            session.run(job);
        }
        state.sessions.insert(uri.clone(), session);
        Ok(())
    }

    /// A document was closed: its session ends, unless the document is
    /// reopened within [`REOPEN_GRACE`]; a run of it is interrupted.
    pub fn document_closed(&self, uri: &Url) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.forget_closed();
        if state.active.as_ref().is_some_and(|a| a.uri == *uri) {
            request_stop(state.active.as_ref(), Stop::Interrupted);
            state.sessions.remove(uri);
            return;
        }
        if let Some(session) = state.sessions.remove(uri) {
            state
                .closed
                .insert(uri.clone(), (session, std::time::Instant::now()));
        }
    }

    /// A document was opened: a session it had before a close moments ago
    /// is its again.
    pub fn document_opened(&self, uri: &Url) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.forget_closed();
        if let Some((session, _)) = state.closed.remove(uri) {
            state.sessions.insert(uri.clone(), session);
        }
    }

    /// `pvm.restartSession`: the next cell starts from a fresh VM.
    pub fn restart_session(&self, uri: &Url) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.active.as_ref().is_some_and(|a| a.uri == *uri) {
            request_stop(state.active.as_ref(), Stop::Interrupted);
        }
        state.sessions.remove(uri);
    }

    /// `pvm.interrupt`: KeyboardInterrupt in the running program; false if
    /// nothing runs.
    pub fn interrupt(&self) -> bool {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        request_stop(state.active.as_ref(), Stop::Interrupted)
    }

    /// Claims the run slot.
    fn begin(
        &self,
        uri: &Url,
        text: String,
        events: tokio::sync::mpsc::UnboundedReceiver<Event>,
    ) -> Result<Started> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.active.is_some() {
            return Err(failed(
                "a program is already running (pvm.interrupt stops it)",
            ));
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let stop = Arc::new(Mutex::new(None));
        state.active = Some(Active {
            id,
            uri: uri.clone(),
            stop: stop.clone(),
        });
        Ok(Started {
            id,
            uri: uri.clone(),
            text,
            stop,
            events,
        })
    }

    /// Frees the run slot held by run `id`.
    fn end(&self, id: u64) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.active.as_ref().is_some_and(|a| a.id == id) {
            state.active = None;
        }
    }
}

/// The result of a run command on a document that does not compile.
fn compile_error() -> Value {
    json!({"runId": null, "status": "compileError", "exitCode": 1, "durationMs": 0})
}

/// Records why the run stops and raises the interrupt flag; false if no run.
fn request_stop(active: Option<&Active>, why: Stop) -> bool {
    let Some(active) = active else {
        return false;
    };
    if let Ok(mut stop) = active.stop.lock() {
        stop.get_or_insert(why);
    }
    pvm_vm::interp::INTERRUPT.store(true, Ordering::SeqCst);
    true
}

fn current_stop(run: &Started) -> Option<Stop> {
    run.stop.lock().ok().and_then(|s| *s)
}
