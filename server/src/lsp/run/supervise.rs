//! Following a run: its events become `pvm/output` and `pvm/gcStats`
//! notifications, its limits are enforced, and its outcome becomes the
//! command's result.

use super::events::{Event, Outcome};
use super::report::gc_stats_json;
use super::vm::GC_STATS_INTERVAL;
use super::{current_stop, request_stop, Runs, Started, Stop};
use crate::lsp::ext;
use pvm_vm::gc::stats::GcStats;
use pvm_vm::io::Stream;
use serde_json::{json, Value};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// How often the supervisor wakes without events: checks the time limit,
/// and re-asserts an interrupt the program has not seen yet.
const TICK: Duration = Duration::from_millis(50);

/// Output notifications carry at most this much text each.
const OUTPUT_CHUNK: usize = 1 << 16;

impl Runs {
    /// Forwards the run's events until it is done, then reports it.
    pub(super) async fn supervise(&self, mut run: Started) -> Value {
        let started = Instant::now();
        let settings = self.settings.lock().map(|s| s.clone()).unwrap_or_default();
        let mut written = 0usize;
        let mut stats_requested = Instant::now();
        let outcome = loop {
            if stats_requested.elapsed() >= GC_STATS_INTERVAL {
                // The VM thread answers at its next safe point (a call or a
                // backward jump): statistics flow even between collections.
                stats_requested = Instant::now();
                pvm_vm::object::request_safe_point();
            }
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
