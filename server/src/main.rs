//! `pvm`: the PVM command line (and, later, the language server).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
