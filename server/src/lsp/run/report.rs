//! What a run leaves behind: an uncaught exception as a diagnostic, and
//! the statistics as JSON.

use super::events::Outcome;
use super::{current_stop, Runs, Started};
use crate::lsp::analysis::Message;
use crate::lsp::position;
use pvm_syntax::LineIndex;
use pvm_vm::gc::stats::GcStats;
use serde_json::{json, Value};
use tower_lsp::lsp_types::{Diagnostic, DiagnosticSeverity, Range};

impl Runs {
    /// Shows an uncaught exception (not an interrupt) at the line that
    /// raised it, or clears the last run's.
    pub(super) fn report_exception(&self, run: &Started, outcome: &Outcome) {
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
}

/// The LSP range of an instruction position (1-based lines, UTF-8 byte
/// columns); the whole line when it has no columns.
fn raised_range(text: &str, at: pvm_compiler::code::Position) -> Option<Range> {
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
    Some(Range { start, end })
}

/// `pvm/gcStats`'s fields (docs/lsp.md).
pub(super) fn gc_stats_json(s: &GcStats) -> Value {
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
