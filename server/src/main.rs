//! `pvm`: the PVM command line (and, later, the language server).

mod cli;

/// mimalloc: the parser and (later) the VM allocate many small objects.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

/// Deeply nested programs recurse in the parser; give them room.
const MAIN_STACK_BYTES: usize = 256 << 20;

fn main() -> ExitCode {
    std::thread::Builder::new()
        .stack_size(MAIN_STACK_BYTES)
        .spawn(cli::main)
        .expect("spawn the main thread")
        .join()
        .unwrap_or(ExitCode::from(101))
}
