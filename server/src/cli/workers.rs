//! Work spread over threads: each worker takes the next item not yet
//! taken, so files of very different sizes still share the cores.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack size of each worker: the parser recurses as deep as the main
/// thread lets it.
const WORKER_STACK: usize = 64 << 20;

/// Runs `f` on every item on `jobs` threads (at least one) and returns
/// the results in the order of `items`. A worker that cannot be started
/// leaves its share to the others.
pub fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..jobs.max(1))
            .filter_map(|_| {
                let worker = std::thread::Builder::new().stack_size(WORKER_STACK);
                let spawned = worker.spawn_scoped(scope, || {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.push((i, f(item)));
                    }
                    out
                });
                spawned
                    .map_err(|e| eprintln!("pvm: cannot start a worker thread: {e}"))
                    .ok()
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// The number of cores to use.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
