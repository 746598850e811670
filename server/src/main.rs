//! `pvm`: the PVM command line and language server.

mod cli;
mod lsp;

use std::alloc::{GlobalAlloc, Layout};
use std::process::ExitCode;

/// mimalloc (the parser and the VM allocate many small objects), counting
/// the bytes each thread has in use for the memory manager's statistics
/// (a thread-local counter: an atomic one costs ~8% of the VM's speed).
struct CountingAllocator;

thread_local! {
    /// Bytes allocated minus bytes freed by this thread (const-initialised
    /// and without a destructor, so it is usable in any phase of a thread).
    static THREAD_BYTES: std::cell::Cell<isize> = const { std::cell::Cell::new(0) };
}

fn count(delta: isize) {
    let _ = THREAD_BYTES.try_with(|b| b.set(b.get() + delta));
}

/// Bytes the calling thread has allocated and not freed.
fn thread_heap_bytes() -> usize {
    THREAD_BYTES
        .try_with(|b| b.get().max(0) as usize)
        .unwrap_or(0)
}

// SAFETY: every call is forwarded to mimalloc unchanged; only a counter is added.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { mimalloc::MiMalloc.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Gives the memory the calling thread freed back to the system. mimalloc
/// keeps freed pages for reuse and only returns them while allocating, so
/// a thread that goes idle after big work (the language server's analysis
/// threads) would hold them forever.
pub fn release_free_memory() {
    // SAFETY: mi_collect has no preconditions; it only walks this thread's
    // heap and the process's arenas under mimalloc's own locks.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// The mimalloc setting that makes it commit memory as it is used rather
/// than a whole arena chunk at once.
const LAZY_COMMIT_VAR: &str = "MIMALLOC_ARENA_EAGER_COMMIT";

/// Makes the allocator commit memory on demand: a long-lived server's
/// resident memory then follows what it holds (the language server's RSS
/// drops by a third), for a few more page faults while allocating.
/// mimalloc reads the setting when it starts, before `main`, so the process
/// replaces itself with a copy started with the variable set (same pid,
/// same stdio); if that fails it goes on as it is.
#[cfg(unix)]
pub fn commit_memory_on_demand() {
    use std::os::unix::process::CommandExt;
    if std::env::var_os(LAZY_COMMIT_VAR).is_some() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let error = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(LAZY_COMMIT_VAR, "0")
        .exec();
    eprintln!("pvm: could not restart with {LAZY_COMMIT_VAR}=0: {error}");
}

/// Elsewhere the allocator keeps its defaults.
#[cfg(not(unix))]
pub fn commit_memory_on_demand() {}

/// Deeply nested programs recurse in the parser; give them room.
const MAIN_STACK_BYTES: usize = 256 << 20;

fn main() -> ExitCode {
    pvm_vm::gc::stats::set_heap_bytes_source(thread_heap_bytes);
    std::thread::Builder::new()
        .stack_size(MAIN_STACK_BYTES)
        .spawn(cli::main)
        .expect("spawn the main thread")
        .join()
        .unwrap_or(ExitCode::from(101))
}
