//! Code objects with CPython 3.11's fields, and their constants.

use crate::opcode::Opcode;
use num_bigint::BigInt;
use pvm_syntax::pyrepr;
use std::sync::Arc;

/// A variable or attribute name of a code object (`co_names`,
/// `co_varnames`, ...): names of up to 24 bytes, nearly all, are stored
/// inline, so a code object's name lists cost one allocation each.
pub type Name = pvm_syntax::ast::Identifier;

/// `co_flags` bits.
pub mod flags {
    pub use crate::symtable::code_flags::*;
    /// `CO_ITERABLE_COROUTINE`.
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// `CO_FUTURE_ANNOTATIONS`: `from __future__ import annotations`.
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
    /// `CO_FUTURE_BARRY_AS_BDFL`.
    pub const FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
}

/// The kinds of `co_localspluskinds` (CPython's `CO_FAST_*`).
pub mod localsplus {
    /// `CO_FAST_LOCAL`: a fast local (parameters included).
    pub const LOCAL: u8 = 0x20;
    /// `CO_FAST_CELL`: a cell made by this code object.
    pub const CELL: u8 = 0x40;
    /// `CO_FAST_FREE`: a free variable copied from the closure.
    pub const FREE: u8 = 0x80;
}

/// One instruction: an opcode and its argument (0 when it takes none).
/// `EXTENDED_ARG` prefixes and inline `CACHE` entries are implied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Instruction {
    /// The opcode (never a pseudo-instruction).
    pub opcode: Opcode,
    /// The full argument; jumps hold CPython's relative distance in code units.
    pub arg: u32,
}

impl Instruction {
    /// Code units the instruction takes (prefixes and caches included).
    pub fn size(self) -> u32 {
        self.opcode.size(self.arg)
    }
}

/// The source span of an instruction (`co_positions()`): lines 1-based,
/// columns 0-based UTF-8 offsets; `None` where CPython has no value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    /// First line.
    pub line: Option<u32>,
    /// Last line.
    pub end_line: Option<u32>,
    /// First column.
    pub col: Option<u32>,
    /// Column just past the end.
    pub end_col: Option<u32>,
}

/// One entry of the exception table, in code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionEntry {
    /// First protected code unit.
    pub start: u32,
    /// Code unit just past the protected range.
    pub end: u32,
    /// Where the handler starts.
    pub target: u32,
    /// Stack depth the handler expects below the exception.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed too.
    pub lasti: bool,
}

/// A compiled code block (module, class body, function, lambda, comprehension).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_argcount`: positional parameters (positional-only included).
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_nlocals`: the length of `varnames`.
    pub nlocals: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_filename`.
    pub filename: String,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// `co_varnames`: parameters first, then the other fast locals.
    pub varnames: Vec<Name>,
    /// `co_cellvars`: locals captured by nested scopes (argument cells first).
    pub cellvars: Vec<Name>,
    /// `co_freevars`: variables of enclosing scopes.
    pub freevars: Vec<Name>,
    /// `co_names`: globals, attributes and imported names.
    pub names: Vec<Name>,
    /// `co_consts`.
    pub consts: Vec<Constant>,
    /// The instructions, without caches.
    pub instructions: Vec<Instruction>,
    /// One position per instruction.
    pub positions: Vec<Position>,
    /// The exception table, in code units.
    pub exception_table: Vec<ExceptionEntry>,
}

impl CodeObject {
    /// The code unit offset of each instruction (where its `EXTENDED_ARG`
    /// prefixes start; prefixes and caches of earlier ones counted).
    pub fn offsets(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.instructions.len());
        let mut at = 0;
        for i in &self.instructions {
            out.push(at);
            at += i.size();
        }
        out
    }

    /// The length of the bytecode in code units.
    pub fn code_units(&self) -> u32 {
        self.instructions.iter().map(|i| i.size()).sum()
    }

    /// `co_localsplusnames`: fast locals, then cells that are not
    /// arguments, then free variables; deref arguments index this list.
    pub fn localsplus_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.varnames.iter().map(Name::as_str).collect();
        for c in &self.cellvars {
            if !self.varnames.contains(c) {
                names.push(c);
            }
        }
        names.extend(self.freevars.iter().map(Name::as_str));
        names
    }

    /// `co_localspluskinds`: for each name of [`localsplus_names`](Self::localsplus_names),
    /// [`LOCAL`](localsplus::LOCAL), [`CELL`](localsplus::CELL) (both for an
    /// argument that is a cell) or [`FREE`](localsplus::FREE).
    pub fn localsplus_kinds(&self) -> Vec<u8> {
        let mut kinds: Vec<u8> = self
            .varnames
            .iter()
            .map(|v| {
                if self.cellvars.contains(v) {
                    localsplus::LOCAL | localsplus::CELL
                } else {
                    localsplus::LOCAL
                }
            })
            .collect();
        for c in &self.cellvars {
            if !self.varnames.contains(c) {
                kinds.push(localsplus::CELL);
            }
        }
        kinds.extend(self.freevars.iter().map(|_| localsplus::FREE));
        kinds
    }

    /// Every nested code object, depth-first, this one first.
    pub fn walk(&self) -> Vec<&CodeObject> {
        let mut out = vec![self];
        for c in &self.consts {
            if let Constant::Code(code) = c {
                out.extend(code.walk());
            }
        }
        out
    }
}

/// A constant of `co_consts`.
#[derive(Clone, Debug)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int that fits in `i64`.
    Int(i64),
    /// An int that does not fit in `i64`.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A complex number.
    Complex {
        /// The real part.
        real: f64,
        /// The imaginary part.
        imag: f64,
    },
    /// A str.
    Str(String),
    /// A str with lone surrogates, as code points.
    SurrogateStr(Vec<u32>),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A tuple of constants.
    Tuple(Vec<Constant>),
    /// A frozenset of constants, in iteration order.
    FrozenSet(Vec<Constant>),
    /// A nested code object.
    Code(Arc<CodeObject>),
}

impl PartialEq for Constant {
    /// Structural equality; floats compare by bits (so `nan` equals itself
    /// and `0.0` differs from `-0.0`), as a round trip needs.
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (SurrogateStr(a), SurrogateStr(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => a == b,
            _ => false,
        }
    }
}

impl From<&pvm_syntax::ast::Constant> for Constant {
    fn from(c: &pvm_syntax::ast::Constant) -> Constant {
        use pvm_syntax::ast::Constant as A;
        match c {
            A::None => Constant::None,
            A::Bool(b) => Constant::Bool(*b),
            A::Ellipsis => Constant::Ellipsis,
            A::Int(i) => Constant::Int(*i),
            A::BigInt(b) => Constant::BigInt(b.clone()),
            A::Float(f) => Constant::Float(*f),
            A::Complex { real, imag } => Constant::Complex {
                real: *real,
                imag: *imag,
            },
            A::Str(s) => Constant::Str(s.clone()),
            A::SurrogateStr(s) => Constant::SurrogateStr(s.clone()),
            A::Bytes(b) => Constant::Bytes(b.clone()),
        }
    }
}

impl Constant {
    /// An int constant, keeping the invariant that small ints are `Int`.
    pub fn int(value: BigInt) -> Constant {
        match i64::try_from(&value) {
            Ok(i) => Constant::Int(i),
            Err(_) => Constant::BigInt(value),
        }
    }

    /// Python's `repr`; nested code objects are shown by `code_repr`.
    pub fn repr_with(&self, code_repr: &dyn Fn(&CodeObject) -> String) -> String {
        let mut out = String::new();
        self.write_repr(&mut out, code_repr);
        out
    }

    /// Python's `repr`, with code objects at a placeholder address.
    pub fn repr(&self) -> String {
        self.repr_with(&|c| {
            format!(
                "<code object {} at 0x0000, file \"{}\", line {}>",
                c.name, c.filename, c.firstlineno
            )
        })
    }

    fn write_repr(&self, out: &mut String, code_repr: &dyn Fn(&CodeObject) -> String) {
        match self {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Ellipsis => out.push_str("Ellipsis"),
            Constant::Int(i) => out.push_str(&i.to_string()),
            Constant::BigInt(b) => pyrepr::write_repr_int_big(out, b),
            Constant::Float(f) => pyrepr::write_repr_float(out, *f),
            Constant::Complex { real, imag } => pyrepr::write_repr_complex(out, *real, *imag),
            Constant::Str(s) => pyrepr::write_repr_str(out, s),
            Constant::SurrogateStr(cps) => pyrepr::write_repr_code_points(out, cps),
            Constant::Bytes(b) => pyrepr::write_repr_bytes(out, b),
            Constant::Tuple(items) => {
                out.push('(');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write_repr(out, code_repr);
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Constant::FrozenSet(items) => {
                if items.is_empty() {
                    out.push_str("frozenset()");
                    return;
                }
                out.push_str("frozenset({");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write_repr(out, code_repr);
                }
                out.push_str("})");
            }
            Constant::Code(code) => out.push_str(&code_repr(code)),
        }
    }

    /// Python's truth value of the constant.
    pub fn is_true(&self) -> bool {
        match self {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Ellipsis | Constant::Code(_) => true,
            Constant::Int(i) => *i != 0,
            Constant::BigInt(_) => true,
            Constant::Float(f) => *f != 0.0,
            Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::SurrogateStr(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        }
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Constant::None)
    }
}
