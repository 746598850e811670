//! Command-line subcommands, one module each.

mod bench;
mod check;
mod compile;
mod dis;
mod files;
mod inspect;
mod repl;
mod run;
mod workers;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// PVM: a Python 3.11 toolchain written in Rust.
#[derive(Parser)]
#[command(name = "pvm", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program, like `python3 FILE ARGS...` (also: `pvm FILE`, `pvm -c CODE`, `pvm -m MODULE`).
    Run {
        /// Print the memory manager's statistics to stderr at exit.
        #[arg(long)]
        gc_stats: bool,
        /// The program.
        file: PathBuf,
        /// Arguments for the program (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Report syntax and compile errors, like `python3 -m py_compile` for many files.
    Check {
        /// Files or folders (folders are searched for *.py).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = check::Format::Text)]
        format: check::Format,
    },
    /// Compile files and trees to __pycache__, like `python3 -m compileall`.
    Compile {
        /// Files or folders (folders are searched recursively for *.py).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print only errors (-q), or nothing (-qq).
        #[arg(short, action = clap::ArgAction::Count)]
        quiet: u8,
        /// Compile even files whose cache is up to date.
        #[arg(short)]
        force: bool,
        /// Don't recurse into subfolders.
        #[arg(short = 'l')]
        no_recurse: bool,
        /// How caches go stale (default: checked-hash if SOURCE_DATE_EPOCH is set, else timestamp).
        #[arg(long, value_enum)]
        invalidation_mode: Option<compile::Mode>,
    },
    /// Print the bytecode like `python3 -m dis FILE`.
    Dis {
        /// The source file (not needed with --opcodes).
        #[arg(required_unless_present = "opcodes")]
        file: Option<PathBuf>,
        /// Only the code object with this name or qualified name.
        #[arg(long)]
        function: Option<String>,
        /// Only the instructions of this source line.
        #[arg(long)]
        line: Option<u32>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = dis::Format::Text)]
        format: dis::Format,
        /// Print the opcode table (docs/bytecode.md) instead.
        #[arg(long, hide = true)]
        opcodes: bool,
    },
    /// Print tokens like `python3 -m tokenize FILE`.
    Tokens {
        /// The source file.
        file: PathBuf,
    },
    /// Print the AST like `ast.dump(ast.parse(source))`.
    Ast {
        /// The source file.
        file: PathBuf,
        /// Indent like ast.dump's `indent=N`.
        #[arg(long)]
        indent: Option<usize>,
        /// Include positions, like ast.dump's `include_attributes=True`.
        #[arg(long)]
        positions: bool,
    },
    /// Print the lossless concrete syntax tree (for debugging the parser).
    #[command(hide = true)]
    Cst {
        /// The source file.
        file: PathBuf,
    },
    /// Serve the Language Server Protocol on stdin/stdout (docs/lsp.md).
    Lsp,
    /// Measure in-process parse throughput (used by scripts/bench_parse.py).
    #[command(hide = true, name = "bench-parse")]
    BenchParse {
        /// Files or folders.
        paths: Vec<PathBuf>,
        /// Read the file list from this file, one path per line.
        #[arg(long)]
        list: Option<PathBuf>,
        /// Also lower to the AST and compile to code objects.
        #[arg(long)]
        compile: bool,
        /// Passes over the files; the best one is reported.
        #[arg(long, default_value_t = 3)]
        runs: u32,
        /// Threads sharing the files (each parses whole files).
        #[arg(long, default_value_t = 1)]
        jobs: usize,
    },
}

fn is_subcommand(word: &str) -> bool {
    use clap::CommandFactory;
    Cli::command()
        .get_subcommands()
        .any(|c| c.get_name() == word)
        || word == "help"
}

/// Parses the command line and runs the subcommand.
pub fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    if argv.len() == 1 {
        return repl::run();
    }
    // `pvm -c CODE [ARGS]` and `pvm FILE [ARGS]` run like python3.
    if argv.len() >= 3 && argv[1] == "-c" {
        return run::command(&argv[2], &argv[3..]);
    }
    if argv.len() >= 3 && argv[1] == "-m" {
        return run::module(&argv[2], &argv[3..]);
    }
    if argv.len() >= 2 && !argv[1].starts_with('-') && !is_subcommand(&argv[1]) {
        return run::file(&argv[1], &argv[2..], false);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run {
            file,
            args,
            gc_stats,
        } => return run::file(&file.to_string_lossy(), &args, gc_stats),
        Command::Check { paths, format } => check::run(&paths, format),
        Command::Compile {
            paths,
            quiet,
            force,
            no_recurse,
            invalidation_mode,
        } => compile::run(
            &paths,
            &compile::Settings {
                force,
                quiet,
                recurse: !no_recurse,
                mode: invalidation_mode,
            },
        ),
        Command::Dis {
            file,
            function,
            line,
            format,
            opcodes,
        } => match file {
            Some(file) if !opcodes => dis::run(&file, function.as_deref(), line, format),
            _ => dis::opcodes(),
        },
        Command::Tokens { file } => inspect::tokens(&file),
        Command::Ast {
            file,
            indent,
            positions,
        } => inspect::ast(&file, indent, positions),
        Command::Cst { file } => inspect::cst(&file),
        Command::Lsp => return crate::lsp::main(),
        Command::BenchParse {
            paths,
            list,
            compile,
            runs,
            jobs,
        } => bench::parse(&paths, list.as_deref(), compile, runs, jobs),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("pvm: {message}");
            ExitCode::from(2)
        }
    }
}
