//! CPython's own standard library: every file that PVM parses without a
//! syntax error compiles (through codegen and the assembler) without a
//! compile error and into well-formed code objects, except CPython's
//! deliberately broken `badsyntax_*` files, which must get a compile error. The stdlib
//! is found through `PVM_STDLIB` or `python3`; without either the test says
//! so and passes.

use pvm_test_support::{python_files_below, stdlib_dir};

#[test]
fn stdlib_compiles_without_false_errors() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}

fn run() {
    let Some(dir) = stdlib_dir() else {
        println!("no CPython stdlib found: skipped");
        return;
    };
    let files = python_files_below(&dir);
    let (mut checked, mut failures) = (0, Vec::new());
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let Ok(text) = pvm_syntax::source::decode(&bytes) else {
            continue;
        };
        let (module, syntax_errors) = pvm_syntax::parse_module(&text);
        if !syntax_errors.is_empty() {
            continue;
        }
        checked += 1;
        let meant_to_fail = path.to_string_lossy().contains("badsyntax");
        match (pvm_compiler::compile(&module, "f.py"), meant_to_fail) {
            (Err(e), false) => failures.push(format!("{}: {:?}", path.display(), e[0])),
            (Ok(_), true) => failures.push(format!("{}: no compile error", path.display())),
            (Ok(code), false) => {
                if let Err(e) = well_formed(&code) {
                    failures.push(format!("{}: {e}", path.display()));
                }
            }
            (Err(_), true) => {}
        }
    }
    println!("stdlib: {checked} files compiled");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every instruction has a position, every jump lands on an instruction
/// and every exception handler too.
fn well_formed(code: &pvm_compiler::CodeObject) -> Result<(), String> {
    use pvm_compiler::opcode::ArgKind;
    for c in code.walk() {
        if c.positions.len() != c.instructions.len() {
            return Err(format!("{}: positions and instructions differ", c.qualname));
        }
        let offsets = c.offsets();
        let starts: std::collections::HashSet<u32> = offsets.iter().copied().collect();
        for (i, &off) in c.instructions.iter().zip(&offsets) {
            let after = off + i.size();
            let target = match i.opcode.arg_kind() {
                ArgKind::JumpForward => after + i.arg,
                ArgKind::JumpBackward => after.wrapping_sub(i.arg),
                _ => continue,
            };
            if !starts.contains(&target) {
                return Err(format!(
                    "{}: {:?} at {off} lands at {target}",
                    c.qualname, i.opcode
                ));
            }
        }
        for e in &c.exception_table {
            if !starts.contains(&e.target) || e.start >= e.end {
                return Err(format!("{}: bad exception entry {e:?}", c.qualname));
            }
        }
        if i64::from(c.stacksize) > 10_000 {
            return Err(format!("{}: stack size {}", c.qualname, c.stacksize));
        }
    }
    Ok(())
}
