//! Running documents: `pvm.runFile` on a fresh VM, `pvm.runCell` in the
//! document's session. One program runs at a time (the interrupt flag is
//! the process's), on a thread of its own; this side streams its output
//! and statistics to the client, enforces the time and output limits,
//! and turns an uncaught exception into a diagnostic.

mod events;
mod session;
mod vm;

use super::analysis::{document_path, Analysis, Message};
use super::ext;
use super::features::cells;
use super::position;
use super::read::{failed, read};
use super::settings::Settings;
use events::{Event, Outcome};
use pvm_compiler::CodeObject;
use pvm_syntax::LineIndex;
use pvm_vm::gc::stats::GcStats;
use pvm_vm::io::Stream;
use serde_json::{json, Value};
use session::{Job, Session};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::{Diagnostic, DiagnosticSeverity, Url};
use tower_lsp::Client;

/// How often the supervisor wakes without events: checks the time limit,
/// and re-asserts an interrupt the program has not seen yet.
const TICK: Duration = Duration::from_millis(50);

/// Output notifications carry at most this much text each.
const OUTPUT_CHUNK: usize = 1 << 16;

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

    /// Forwards the run's events until it is done, then reports it.
    async fn supervise(&self, mut run: Started) -> Value {
        let started = Instant::now();
        let settings = self.settings.lock().map(|s| s.clone()).unwrap_or_default();
        let mut written = 0usize;
        let outcome = loop {
            let first = match tokio::time::timeout(TICK, run.events.recv()).await {
                Ok(Some(event)) => event,
                Ok(None) => {
                    break Outcome {
                        exit_code: 70,
                        crashed: Some("the VM thread ended without a result".into()),
                        ..Outcome::default()
                    }
                }
                Err(_) => {
                    if started.elapsed() >= settings.run_timeout {
                        self.stop_run(&run, Stop::Timeout);
                    }
                    // Re-assert: a new run may have cleared the flag first.
                    if current_stop(&run).is_some() {
                        pvm_vm::interp::INTERRUPT.store(true, Ordering::SeqCst);
                    }
                    continue;
                }
            };
            let mut batch = vec![first];
            while let Ok(more) = run.events.try_recv() {
                batch.push(more);
                if batch.len() >= 256 {
                    break;
                }
            }
            let mut done = None;
            let mut output: Option<(Stream, String)> = None;
            for event in batch {
                match event {
                    Event::Output(stream, text) => {
                        let room = settings.max_output_bytes.saturating_sub(written);
                        if room == 0 {
                            continue;
                        }
                        let text = truncate(&text, room);
                        written += text.len();
                        if written >= settings.max_output_bytes {
                            self.stop_run(&run, Stop::OutputLimit);
                        }
                        match &mut output {
                            Some((s, t)) if *s == stream && t.len() < OUTPUT_CHUNK => {
                                t.push_str(text)
                            }
                            _ => {
                                if let Some((s, t)) = output.take() {
                                    self.send_output(&run, s, t).await;
                                }
                                output = Some((stream, text.to_string()));
                            }
                        }
                    }
                    Event::Gc { stats, last } => {
                        if let Some((s, t)) = output.take() {
                            self.send_output(&run, s, t).await;
                        }
                        self.send_gc_stats(&run, &stats, last).await;
                    }
                    Event::Done(outcome) => done = Some(outcome),
                }
            }
            if let Some((s, t)) = output.take() {
                self.send_output(&run, s, t).await;
            }
            if let Some(outcome) = done {
                break outcome;
            }
        };
        self.end(run.id);
        if let Some(message) = &outcome.crashed {
            let text = format!("pvm: the VM failed: {message}\n");
            self.send_output(&run, Stream::Stderr, text).await;
        }
        self.report_exception(&run, &outcome);
        let status = match (current_stop(&run), &outcome) {
            (
                _,
                Outcome {
                    crashed: Some(_), ..
                },
            ) => "crashed",
            (Some(stop), _) => stop.status(),
            (
                None,
                Outcome {
                    raised: Some(r), ..
                },
            ) if r.keyboard_interrupt => "interrupted",
            (None, Outcome { exit_code: 0, .. }) => "ok",
            (None, _) => "error",
        };
        json!({
            "runId": run.id,
            "status": status,
            "exitCode": outcome.exit_code,
            "durationMs": started.elapsed().as_millis() as u64,
        })
    }

    /// Shows an uncaught exception (not an interrupt) at the line that
    /// raised it, or clears the last run's.
    fn report_exception(&self, run: &Started, outcome: &Outcome) {
        let raised = outcome
            .raised
            .as_ref()
            .filter(|r| !r.keyboard_interrupt && current_stop(run).is_none());
        let diagnostics = raised
            .and_then(|r| Some((r, r.at?)))
            .and_then(|(r, at)| {
                let range = raised_range(&run.text, at)?;
                Some(vec![Diagnostic {
                    range,
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some("pvm run".into()),
                    message: r.message.clone(),
                    ..Default::default()
                }])
            })
            .unwrap_or_default();
        self.analysis.send(Message::Runtime {
            uri: run.uri.clone(),
            diagnostics,
        });
    }

    fn stop_run(&self, run: &Started, why: Stop) {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let active = state.active.as_ref().filter(|a| a.id == run.id);
        request_stop(active, why);
    }

    async fn send_output(&self, run: &Started, stream: Stream, text: String) {
        let stream = match stream {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        };
        self.client
            .send_notification::<ext::Output>(json!({
                "uri": run.uri,
                "runId": run.id,
                "stream": stream,
                "text": text,
            }))
            .await;
    }

    async fn send_gc_stats(&self, run: &Started, stats: &GcStats, last: bool) {
        let mut params = gc_stats_json(stats);
        params["uri"] = json!(run.uri);
        params["runId"] = json!(run.id);
        params["final"] = json!(last);
        self.client.send_notification::<ext::GcStats>(params).await;
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

/// At most `max` bytes of `text`, cut at a character boundary.
fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The LSP range of an instruction position (1-based lines, UTF-8 byte
/// columns); the whole line when it has no columns.
fn raised_range(
    text: &str,
    at: pvm_compiler::code::Position,
) -> Option<tower_lsp::lsp_types::Range> {
    let line = at.line?;
    let index = LineIndex::new(text);
    if line == 0 || line as usize > index.line_count() {
        return None;
    }
    let whole = position::line_range(text, &index, line - 1);
    let (Some(col), Some(end_line), Some(end_col)) = (at.col, at.end_line, at.end_col) else {
        return Some(whole);
    };
    let offset =
        |line: u32, col: u32| (index.line_start(line) as usize + col as usize).min(text.len());
    let start = position::position(text, &index, offset(line, col));
    let end = position::position(text, &index, offset(end_line.max(line), end_col));
    Some(tower_lsp::lsp_types::Range { start, end })
}

/// `pvm/gcStats`'s fields (docs/lsp.md).
fn gc_stats_json(s: &GcStats) -> Value {
    let generations: Vec<Value> = s
        .generations
        .iter()
        .map(|g| {
            json!({
                "collections": g.collections,
                "collected": g.collected,
                "uncollectable": g.uncollectable,
                "count": g.count,
                "threshold": g.threshold,
                "objects": g.objects,
            })
        })
        .collect();
    json!({
        "generations": generations,
        "enabled": s.enabled,
        "frozen": s.frozen,
        "liveObjects": s.live_objects,
        "trackedObjects": s.tracked_objects,
        "objectBytes": s.object_bytes,
        "heapBytes": s.heap_bytes,
        "lastPauseMs": s.last_pause_ms,
        "maxPauseMs": s.max_pause_ms,
        "totalPauseMs": s.total_pause_ms,
        "liveByType": s.live_by_type,
    })
}
