//! The diagnostics thread: computes each document's diagnostics on a
//! database clone and publishes them. One thread does all of it, in order:
//! a job that a newer edit made stale is dropped unread, one in progress is
//! cancelled by the edit itself (salsa), and the big allocations of
//! re-parsing a file stay in one thread's heap.

use super::analysis::Snapshot;
use super::features::diagnostics;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use tower_lsp::lsp_types::Diagnostic;
use tower_lsp::Client;

/// One publication to make.
pub struct Job {
    /// The document at the revision to analyse.
    pub snapshot: Snapshot,
    /// Its version, sent with the diagnostics.
    pub version: i32,
    /// Diagnostics of the last run, appended.
    pub runtime: Vec<Diagnostic>,
    /// The document's publication counter...
    pub generation: Arc<AtomicU64>,
    /// ...and the value it had when this job was made: if it moved on,
    /// the job is stale.
    pub mine: u64,
}

/// A handle to the diagnostics thread.
pub struct Publisher {
    jobs: mpsc::Sender<Job>,
}

impl Publisher {
    /// Starts the thread; diagnostics go to `client` through `runtime`.
    pub fn start(client: Client, runtime: tokio::runtime::Handle) -> Publisher {
        let (jobs, rx) = mpsc::channel::<Job>();
        let spawned = std::thread::Builder::new()
            .name("pvm-diagnostics".into())
            .stack_size(64 << 20)
            .spawn(move || {
                let mut released = true;
                while let Some(job) = super::idle::next(&rx, &mut released) {
                    run(job, &client, &runtime);
                }
            });
        if let Err(e) = spawned {
            eprintln!("pvm lsp: no diagnostics thread: {e}");
        }
        Publisher { jobs }
    }

    /// Queues a publication.
    pub fn publish(&self, job: Job) {
        let _ = self.jobs.send(job);
    }
}

fn run(job: Job, client: &Client, runtime: &tokio::runtime::Handle) {
    let current = || job.generation.load(Ordering::SeqCst) == job.mine;
    if !current() {
        return;
    }
    let computed =
        std::panic::catch_unwind(AssertUnwindSafe(|| diagnostics::compute(&job.snapshot)));
    let uri = job.snapshot.uri.clone();
    drop(job.snapshot);
    // Cancelled by a newer edit (which publishes again), or a bug: either
    // way this publication is skipped.
    let Ok(mut list) = computed else {
        return;
    };
    if !current() {
        return;
    }
    list.extend(job.runtime);
    let (client, version) = (client.clone(), job.version);
    runtime.spawn(async move {
        client.publish_diagnostics(uri, list, Some(version)).await;
    });
}
