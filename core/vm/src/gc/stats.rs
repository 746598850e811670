//! A snapshot of the memory manager's statistics: what `pvm run
//! --gc-stats` prints at exit and the language server sends as
//! `pvm/gcStats` (see docs/gc.md for every field).

use super::heap::{self, FROZEN, GENERATIONS};
use crate::Vm;
use std::sync::OnceLock;

/// Where the heap figure comes from: the binary's counting allocator,
/// which knows the bytes the calling thread has in use.
static HEAP_BYTES_SOURCE: OnceLock<fn() -> usize> = OnceLock::new();

/// Installs the function that reports the calling thread's heap bytes.
pub fn set_heap_bytes_source(f: fn() -> usize) {
    let _ = HEAP_BYTES_SOURCE.set(f);
}

/// One generation's figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GenerationSnapshot {
    /// Collections of this generation.
    pub collections: usize,
    /// Unreachable objects found by those collections.
    pub collected: usize,
    /// Unreachable objects that could not be freed.
    pub uncollectable: usize,
    /// The generation's count (`gc.get_count()`).
    pub count: usize,
    /// Its threshold (`gc.get_threshold()`).
    pub threshold: usize,
    /// Tracked objects in it now.
    pub objects: usize,
}

/// The memory manager's statistics at one moment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GcStats {
    /// Per generation, youngest first.
    pub generations: Vec<GenerationSnapshot>,
    /// Whether automatic collection is on.
    pub enabled: bool,
    /// Objects moved out of the collector's sight by `gc.freeze()`.
    pub frozen: usize,
    /// Objects alive (containers or not).
    pub live_objects: usize,
    /// Containers the collector tracks.
    pub tracked_objects: usize,
    /// Bytes of object headers alive.
    pub object_bytes: usize,
    /// Bytes the VM's thread has allocated and not freed (0 if not counted).
    pub heap_bytes: usize,
    /// The last collection's pause, in milliseconds.
    pub last_pause_ms: f64,
    /// The longest pause, in milliseconds.
    pub max_pause_ms: f64,
    /// All collections' pauses together, in milliseconds.
    pub total_pause_ms: f64,
    /// Tracked objects by type name, most numerous first (at most 10).
    pub live_by_type: Vec<(String, usize)>,
}

impl Vm {
    /// The statistics now; `by_type` also counts tracked objects by type
    /// (a walk over every tracked object).
    pub fn gc_stats(&self, by_type: bool) -> GcStats {
        let (count, threshold, sizes, enabled, frozen, live) = heap::with(|h| {
            (
                h.count,
                h.threshold,
                [h.lists[0].len(), h.lists[1].len(), h.lists[2].len()],
                h.enabled,
                h.lists[FROZEN].len(),
                h.live,
            )
        });
        let generations = (0..GENERATIONS)
            .map(|g| {
                let s = self.gc.generations[g];
                GenerationSnapshot {
                    collections: s.collections,
                    collected: s.collected,
                    uncollectable: s.uncollectable,
                    count: count[g],
                    threshold: threshold[g],
                    objects: sizes[g],
                }
            })
            .collect();
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        GcStats {
            generations,
            enabled,
            frozen,
            live_objects: live,
            tracked_objects: sizes.iter().sum::<usize>() + frozen,
            object_bytes: live * std::mem::size_of::<crate::object::Object>(),
            heap_bytes: HEAP_BYTES_SOURCE.get().map_or(0, |f| f()),
            last_pause_ms: ms(self.gc.last_pause),
            max_pause_ms: ms(self.gc.max_pause),
            total_pause_ms: ms(self.gc.total_pause),
            live_by_type: if by_type { live_by_type() } else { Vec::new() },
        }
    }
}

/// Tracked objects by type name, most numerous first (ten at most).
fn live_by_type() -> Vec<(String, usize)> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for list in 0..=FROZEN {
        for o in heap::objects_in(list) {
            *counts.entry(crate::types::name(o.ty())).or_default() += 1;
        }
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(10);
    v
}

impl GcStats {
    /// A readable table (what `--gc-stats` prints).
    pub fn table(&self) -> String {
        let mut out = String::from("PVM memory manager statistics\n");
        out.push_str(
            "  generation  collections  collected  uncollectable  count/threshold  objects\n",
        );
        for (i, g) in self.generations.iter().enumerate() {
            out.push_str(&format!(
                "  {i:>10}  {:>11}  {:>9}  {:>13}  {:>15}  {:>7}\n",
                g.collections,
                g.collected,
                g.uncollectable,
                format!("{}/{}", g.count, g.threshold),
                g.objects
            ));
        }
        out.push_str(&format!(
            "  automatic collection: {}   frozen objects: {}\n",
            if self.enabled { "on" } else { "off" },
            self.frozen
        ));
        out.push_str(&format!(
            "  live objects: {}   tracked: {}   object bytes: {}   heap bytes: {}\n",
            self.live_objects, self.tracked_objects, self.object_bytes, self.heap_bytes
        ));
        out.push_str(&format!(
            "  pauses: last {:.3} ms   max {:.3} ms   total {:.3} ms\n",
            self.last_pause_ms, self.max_pause_ms, self.total_pause_ms
        ));
        if !self.live_by_type.is_empty() {
            out.push_str("  tracked objects by type:\n");
            for (name, n) in &self.live_by_type {
                out.push_str(&format!("    {n:>9}  {name}\n"));
            }
        }
        out
    }
}
