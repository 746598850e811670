//! `dis`: code objects shown exactly as CPython 3.11's `dis` module shows
//! them (`python3 -m dis`): line numbers, jump-target markers, offsets in
//! bytes counting `EXTENDED_ARG` and `CACHE` code units, opnames, arguments
//! and their meaning, the exception table, then every nested code object.
//!
//! Code objects have no address; they are shown at a fake one,
//! `0x7f00000000NN` with `NN` their depth-first index.

use crate::code::{CodeObject, Constant};
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::opcode::{
    ArgKind, Opcode, CMP_OP, FORMAT_VALUE_CONVERTERS, MAKE_FUNCTION_FLAGS, NB_OPS,
};
use std::fmt::Write as _;

/// One instruction as `dis.get_instructions` describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisInstruction {
    /// The opname.
    pub opname: &'static str,
    /// The opcode.
    pub opcode: Opcode,
    /// The argument (accumulated over `EXTENDED_ARG`s), if the opcode takes one.
    pub arg: Option<u32>,
    /// What the argument means, as `dis` prints it in parentheses.
    pub argrepr: String,
    /// Offset in bytes.
    pub offset: u32,
    /// The line this instruction starts, if it starts one.
    pub starts_line: Option<u32>,
    /// Whether a jump or an exception handler lands here.
    pub is_jump_target: bool,
    /// The source line of the instruction, if it has one.
    pub line: Option<u32>,
    /// The instruction's source span (`co_positions()`).
    pub position: crate::code::Position,
}

/// Fake addresses for code objects, by identity.
pub struct Addresses {
    by_ptr: HashMap<usize, usize>,
}

impl Addresses {
    /// Numbers `code` and its nested code objects depth-first.
    pub fn new(code: &CodeObject) -> Addresses {
        let by_ptr = code
            .walk()
            .into_iter()
            .enumerate()
            .map(|(i, c)| (c as *const CodeObject as usize, i))
            .collect();
        Addresses { by_ptr }
    }

    /// `repr(code)` with its fake address.
    pub fn code_repr(&self, code: &CodeObject) -> String {
        let n = self
            .by_ptr
            .get(&(code as *const CodeObject as usize))
            .copied()
            .unwrap_or(0);
        format!(
            "<code object {} at 0x{:012x}, file \"{}\", line {}>",
            code.name,
            0x7f00_0000_0000u64 + (n as u64) * 0x10,
            code.filename,
            code.firstlineno
        )
    }
}

/// `dis.get_instructions(code)`: the instructions with their meaning.
pub fn instructions(code: &CodeObject, addrs: &Addresses) -> Vec<DisInstruction> {
    let localsplus = code.localsplus_names();
    let offsets = code.offsets();
    let mut labels: HashSet<u32> = HashSet::default();
    for (instr, &off) in code.instructions.iter().zip(&offsets) {
        if let Some(t) = jump_target(instr.opcode, instr.arg, off) {
            labels.insert(t);
        }
    }
    for e in &code.exception_table {
        if e.start < e.end {
            labels.insert(e.target);
        }
    }
    let mut out = Vec::with_capacity(code.instructions.len());
    let mut last_line: Option<u32> = None;
    for ((instr, &off), pos) in code.instructions.iter().zip(&offsets).zip(&code.positions) {
        let line = pos.line;
        let starts_line = match line {
            Some(l) if Some(l) != last_line => {
                last_line = Some(l);
                Some(l)
            }
            _ => None,
        };
        let mut unit = off;
        let mut starts = starts_line;
        let arg = if instr.opcode.has_arg() { instr.arg } else { 0 };
        let prefixes = crate::opcode::extended_args(arg);
        for k in (1..=prefixes).rev() {
            let ext = arg >> (8 * k);
            out.push(DisInstruction {
                opname: Opcode::EXTENDED_ARG.name(),
                opcode: Opcode::EXTENDED_ARG,
                arg: Some(ext),
                argrepr: String::new(),
                offset: unit * 2,
                starts_line: starts.take(),
                is_jump_target: labels.contains(&unit),
                line,
                position: *pos,
            });
            unit += 1;
        }
        out.push(DisInstruction {
            opname: instr.opcode.name(),
            opcode: instr.opcode,
            arg: instr.opcode.has_arg().then_some(arg),
            argrepr: argrepr(code, instr.opcode, arg, unit, &localsplus, addrs),
            offset: unit * 2,
            starts_line: starts,
            is_jump_target: prefixes == 0 && labels.contains(&unit),
            line,
            position: *pos,
        });
    }
    out
}

/// Where a jump at code unit `off` (after its prefixes) lands, in code units.
fn jump_target(op: Opcode, arg: u32, off: u32) -> Option<u32> {
    let at = off + crate::opcode::extended_args(arg) + 1 + op.caches();
    match op.arg_kind() {
        ArgKind::JumpForward => Some(at + arg),
        ArgKind::JumpBackward => Some(at.saturating_sub(arg)),
        _ => None,
    }
}

fn argrepr(
    code: &CodeObject,
    op: Opcode,
    arg: u32,
    unit: u32,
    localsplus: &[&str],
    addrs: &Addresses,
) -> String {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    match op.arg_kind() {
        ArgKind::Const if op != Opcode::LOAD_CONST => String::new(),
        ArgKind::Const => code
            .consts
            .get(arg as usize)
            .map(|c| const_repr(c, addrs))
            .unwrap_or_default(),
        ArgKind::Name if op == Opcode::LOAD_GLOBAL => {
            let n = name(arg >> 1);
            if arg & 1 != 0 && !n.is_empty() {
                format!("NULL + {n}")
            } else {
                n
            }
        }
        ArgKind::Name => name(arg),
        ArgKind::Local | ArgKind::Free => localsplus
            .get(arg as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        ArgKind::Compare => CMP_OP.get(arg as usize).copied().unwrap_or("").to_string(),
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            let t = jump_target(op, arg, unit - crate::opcode::extended_args(arg)).unwrap_or(0);
            format!("to {}", t * 2)
        }
        _ => match op {
            Opcode::FORMAT_VALUE => {
                let mut s = FORMAT_VALUE_CONVERTERS[(arg & 3) as usize].to_string();
                if arg & 4 != 0 {
                    if !s.is_empty() {
                        s.push_str(", ");
                    }
                    s.push_str("with format");
                }
                s
            }
            Opcode::MAKE_FUNCTION => MAKE_FUNCTION_FLAGS
                .iter()
                .enumerate()
                .filter(|(i, _)| arg & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(", "),
            Opcode::BINARY_OP => NB_OPS
                .get(arg as usize)
                .map(|(_, s)| s.to_string())
                .unwrap_or_default(),
            _ => String::new(),
        },
    }
}

/// `repr()` of a constant, code objects at their fake address.
pub fn const_repr(c: &Constant, addrs: &Addresses) -> String {
    c.repr_with(&|code| addrs.code_repr(code))
}

/// Formats one instruction like `Instruction._disassemble`.
pub fn format_instruction(i: &DisInstruction, lineno_width: usize, offset_width: usize) -> String {
    let mut fields: Vec<String> = Vec::with_capacity(6);
    if lineno_width > 0 {
        match i.starts_line {
            Some(l) => fields.push(format!("{l:>lineno_width$}")),
            None => fields.push(" ".repeat(lineno_width)),
        }
    }
    fields.push("   ".into());
    fields.push(if i.is_jump_target { ">>" } else { "  " }.into());
    fields.push(format!("{:>offset_width$}", i.offset));
    fields.push(format!("{:<20}", i.opname));
    if let Some(arg) = i.arg {
        fields.push(format!("{arg:>5}"));
        if !i.argrepr.is_empty() {
            fields.push(format!("({})", i.argrepr));
        }
    }
    fields.join(" ").trim_end().to_string()
}

/// `dis.disassemble(code)`: one code object, without nested ones.
pub fn disassemble(code: &CodeObject, addrs: &Addresses, out: &mut String) {
    let instrs = instructions(code, addrs);
    disassemble_instructions(code, &instrs, true, out);
}

/// The listing of `instrs` (some or all of `code`'s), with the exception
/// table when `with_table`.
pub fn disassemble_instructions(
    code: &CodeObject,
    instrs: &[DisInstruction],
    with_table: bool,
    out: &mut String,
) {
    let maxline = code.positions.iter().filter_map(|p| p.line).max();
    let lineno_width = match maxline {
        None => 0,
        Some(m) if m >= 1000 => m.to_string().len(),
        Some(_) => 3,
    };
    let maxoffset = (code.code_units() * 2).saturating_sub(2);
    let offset_width = if maxoffset >= 10000 {
        maxoffset.to_string().len()
    } else {
        4
    };
    for (k, i) in instrs.iter().enumerate() {
        if lineno_width > 0 && i.starts_line.is_some() && i.offset > 0 && k > 0 {
            out.push('\n');
        }
        out.push_str(&format_instruction(i, lineno_width, offset_width));
        out.push('\n');
    }
    if with_table && !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end * 2 - 2,
                e.target * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

/// `dis.dis(code)`: the code object, then each nested one under a header.
pub fn dis(code: &CodeObject) -> String {
    let addrs = Addresses::new(code);
    let mut out = String::new();
    dis_recursive(code, &addrs, &mut out);
    out
}

/// `_disassemble_recursive`.
pub fn dis_recursive(code: &CodeObject, addrs: &Addresses, out: &mut String) {
    disassemble(code, addrs, out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", addrs.code_repr(inner));
            dis_recursive(inner, addrs, out);
        }
    }
}
