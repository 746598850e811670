//! The bytecode shown on hover, in CPython's `dis` layout: a line's
//! instructions, or a whole code object on a `def`/`class`/`lambda` header.

use crate::code::{placed_code, Unit};
use crate::input::SourceFile;
use crate::unit_tree::{unit_at_line, units, UnitInfo};
use pvm_compiler::dis::{self, Addresses};
use pvm_compiler::{CodeObject, Constant, Opcode};
use std::fmt::Write as _;

/// What to disassemble.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisTarget {
    /// A 1-based line: its instructions, or the whole code object when the
    /// line is a `def` or `class` header.
    Line(u32),
    /// The `nth` (0-based) lambda that starts on a 1-based line.
    Lambda {
        /// The line.
        line: u32,
        /// Which lambda of the line, in source order.
        nth: usize,
    },
}

/// The listing for `target`, or None when nothing compiled is there (the
/// unit has errors, or the line has no instructions).
pub fn dis_at(db: &dyn salsa::Database, file: SourceFile, target: DisTarget) -> Option<String> {
    let all = units(db, file);
    let line = match target {
        DisTarget::Line(line) | DisTarget::Lambda { line, .. } => line,
    };
    let mut index = Some(unit_at_line(all, line));
    // A decorator's instructions are in the enclosing unit: look outwards.
    while let Some(i) = index {
        if let Some(text) = dis_in_unit(db, file, &all[i], target) {
            return Some(text);
        }
        index = all[i].parent;
    }
    None
}

fn dis_in_unit(
    db: &dyn salsa::Database,
    file: SourceFile,
    unit: &UnitInfo,
    target: DisTarget,
) -> Option<String> {
    let root = placed_code(db, Unit::new(db, file, unit.key.clone())).clone()?;
    let all = root.walk();
    match target {
        DisTarget::Lambda { line, nth } => {
            let code = all
                .iter()
                .filter(|c| c.name == "<lambda>" && c.firstlineno == line)
                .nth(nth)?;
            Some(dis::dis(code))
        }
        // A decorator: the unit's code has only its RESUME there; the
        // decorator's instructions are the enclosing unit's.
        DisTarget::Line(line) if line < unit.def_line => None,
        DisTarget::Line(line) if unit.is_header(line) => Some(dis::dis(&root)),
        DisTarget::Line(line) => match defined_on(&all, line) {
            Some(code) => Some(dis::dis(code)),
            None => line_listing(&root, &all, line),
        },
    }
}

/// The def or class (not a unit of its own) whose code object a `def` or
/// `class` statement on `line` loads, if the line is such a header.
fn defined_on<'c>(all: &[&'c CodeObject], line: u32) -> Option<&'c CodeObject> {
    all.iter().find_map(|code| {
        code.instructions
            .iter()
            .zip(&code.positions)
            .filter(|(i, p)| i.opcode == Opcode::LOAD_CONST && p.line == Some(line))
            .find_map(|(i, _)| match code.consts.get(i.arg as usize) {
                Some(Constant::Code(inner)) if !inner.name.starts_with('<') => Some(inner.as_ref()),
                _ => None,
            })
    })
}

/// The instructions of `line` in every code object of the tree, each code
/// object but the root under a `Disassembly of` header, as `pvm dis --line`.
fn line_listing(root: &CodeObject, all: &[&CodeObject], line: u32) -> Option<String> {
    let addrs = Addresses::new(root);
    let mut out = String::new();
    for code in all {
        let is_root = std::ptr::eq(*code, root);
        // A nested code object's RESUME sits on its first (decorator) line:
        // noise in a listing of the enclosing code's instructions.
        let instrs: Vec<_> = dis::instructions(code, &addrs)
            .into_iter()
            .filter(|i| i.line == Some(line) && (is_root || i.opcode != Opcode::RESUME))
            .collect();
        if instrs.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        if !is_root {
            let _ = writeln!(out, "Disassembly of {}:", addrs.code_repr(code));
        }
        dis::disassemble_instructions(code, &instrs, false, &mut out);
    }
    (!out.is_empty()).then_some(out)
}
