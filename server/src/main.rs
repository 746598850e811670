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
