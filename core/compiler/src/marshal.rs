//! PVM's marshal format: code objects to bytes and back, for the `.pyc`
//! cache ([`crate::pyc`]). The format is PVM's own (not CPython's
//! `marshal`); whenever it changes, [`crate::pyc::FORMAT_VERSION`] must be
//! bumped so that caches written by older PVMs are ignored (a test pins a
//! fingerprint of the format to catch a forgotten bump).
//!
//! # Encoding
//!
//! Numbers are LEB128 varints (`uvar`: 7 bits a byte, low bits first, the
//! shortest form only); signed ones are zigzag-encoded first (`ivar`).
//! A `str` is one `uvar` `h`: when `h` is even, `h / 2` bytes of UTF-8
//! follow and the string joins the string table; when `h` is odd, it is
//! the string `h / 2` of that table (names, file names and string
//! constants repeat a lot). A list is a `uvar` count and its items.
//!
//! ```text
//! code      := uvar argcount posonlyargcount kwonlyargcount nlocals
//!                   stacksize flags firstlineno
//!              str name qualname filename
//!              list<str> varnames cellvars freevars names
//!              uvar n, n × (u8 opcode, uvar arg if the opcode takes one)
//!              n × position
//!              list<exception entry>
//!              list<const>                    (last, so a loader can nest)
//! position  := u8 mask (bit 0 line, 1 end line, 2 column, 3 end column),
//!              then the present values: line as ivar delta from the
//!              previous line (first: firstlineno), end line as ivar delta
//!              from line (uvar without one), column as uvar, end column as
//!              ivar delta from column (uvar without one)
//! exception := uvar start end target, uvar depth * 2 + lasti
//! const     := u8 tag, then: None 0 | True 1 | False 2 | Ellipsis 3
//!              | Int 4 ivar | BigInt 5 list<u8> (two's complement, little end)
//!              | Float 6 8 bytes (IEEE bits, little end) | Complex 7 16 bytes
//!              | Str 8 str | SurrogateStr 9 list<uvar code point>
//!              | Bytes 10 list<u8> | Tuple 11 list<const>
//!              | FrozenSet 12 list<const> | Code 13 code
//! ```
//!
//! # Loading untrusted bytes
//!
//! [`loads`] never panics and never trusts a length: every count is
//! checked against the bytes that remain before anything is allocated,
//! repeated strings may not expand the input beyond a fixed factor, nesting
//! is bounded by [`MAX_DEPTH`] (and walked with an explicit stack, not on
//! the Rust stack), and the result is validated: constants are in their
//! canonical variant (no `BigInt` that fits in `i64`, no `SurrogateStr`
//! without a surrogate), opcodes are real ones,
//! every argument indexes within its table, every jump and exception
//! handler lands on an instruction. A code object that loads is safe to run.

use crate::code::{CodeObject, Constant, ExceptionEntry, Instruction, Name, Position};
use crate::fxhash::FxHashMap;
use crate::opcode::{ArgKind, Opcode, CMP_OP};
use num_bigint::BigInt;
use std::fmt;
use std::sync::Arc;

/// The deepest nesting of tuples, frozensets and code objects [`loads`] accepts.
pub const MAX_DEPTH: usize = 2000;

/// How many bytes of repeated strings a byte of input may produce at most.
const REF_EXPANSION: usize = 16;

/// Constant tags.
mod tag {
    pub const NONE: u8 = 0;
    pub const TRUE: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const ELLIPSIS: u8 = 3;
    pub const INT: u8 = 4;
    pub const BIG_INT: u8 = 5;
    pub const FLOAT: u8 = 6;
    pub const COMPLEX: u8 = 7;
    pub const STR: u8 = 8;
    pub const SURROGATE_STR: u8 = 9;
    pub const BYTES: u8 = 10;
    pub const TUPLE: u8 = 11;
    pub const FROZEN_SET: u8 = 12;
    pub const CODE: u8 = 13;
}

/// Position mask bits.
const HAS_LINE: u8 = 1;
const HAS_END_LINE: u8 = 2;
const HAS_COL: u8 = 4;
const HAS_END_COL: u8 = 8;

/// Why some bytes are not a marshalled code object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError {
    /// The byte offset where reading stopped.
    pub offset: usize,
    /// What was wrong there.
    pub reason: &'static str,
}

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "bad marshal data at byte {}: {}",
            self.offset, self.reason
        )
    }
}

impl std::error::Error for MarshalError {}

/// Serialises a code object (and every code object nested in it).
pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer::default();
    w.code(code);
    w.out
}

/// Like [`dumps`], but refuses a code object nested deeper than
/// [`loads`] accepts (so a cache is never written that cannot be read).
pub fn dumps_checked(code: &CodeObject) -> Result<Vec<u8>, MarshalError> {
    let mut w = Writer::default();
    w.code(code);
    if w.max_depth > MAX_DEPTH {
        return Err(MarshalError {
            offset: 0,
            reason: "constants nested too deeply",
        });
    }
    Ok(w.out)
}

#[derive(Default)]
struct Writer<'a> {
    out: Vec<u8>,
    strings: FxHashMap<&'a str, u64>,
    depth: usize,
    max_depth: usize,
}

impl<'a> Writer<'a> {
    fn uvar(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.out.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    fn ivar(&mut self, v: i64) {
        self.uvar(((v << 1) ^ (v >> 63)) as u64);
    }

    fn len(&mut self, n: usize) {
        self.uvar(n as u64);
    }

    fn str(&mut self, s: &'a str) {
        if let Some(&i) = self.strings.get(s) {
            self.uvar(i << 1 | 1);
        } else {
            let i = self.strings.len() as u64;
            self.strings.insert(s, i);
            self.uvar((s.len() as u64) << 1);
            self.out.extend_from_slice(s.as_bytes());
        }
    }

    fn strs(&mut self, list: &'a [Name]) {
        self.len(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn enter(&mut self) {
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
    }

    fn code(&mut self, c: &'a CodeObject) {
        self.enter();
        for v in [
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.nlocals,
            c.stacksize,
            c.flags,
            c.firstlineno,
        ] {
            self.uvar(v.into());
        }
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.strs(&c.names);
        self.len(c.instructions.len());
        for i in &c.instructions {
            debug_assert!(!i.opcode.is_pseudo(), "pseudo-instruction in a code object");
            self.out.push(i.opcode.number() as u8);
            if i.opcode.has_arg() {
                self.uvar(i.arg.into());
            }
        }
        let mut prev_line = i64::from(c.firstlineno);
        for k in 0..c.instructions.len() {
            let p = c.positions.get(k).copied().unwrap_or_default();
            self.position(p, &mut prev_line);
        }
        self.len(c.exception_table.len());
        for e in &c.exception_table {
            self.uvar(e.start.into());
            self.uvar(e.end.into());
            self.uvar(e.target.into());
            self.uvar(u64::from(e.depth) << 1 | u64::from(e.lasti));
        }
        self.len(c.consts.len());
        for k in &c.consts {
            self.constant(k);
        }
        self.depth -= 1;
    }

    fn position(&mut self, p: Position, prev_line: &mut i64) {
        let mut mask = 0;
        for (present, bit) in [
            (p.line.is_some(), HAS_LINE),
            (p.end_line.is_some(), HAS_END_LINE),
            (p.col.is_some(), HAS_COL),
            (p.end_col.is_some(), HAS_END_COL),
        ] {
            if present {
                mask |= bit;
            }
        }
        self.out.push(mask);
        if let Some(line) = p.line {
            self.ivar(i64::from(line) - *prev_line);
            *prev_line = i64::from(line);
        }
        match (p.line, p.end_line) {
            (Some(line), Some(end)) => self.ivar(i64::from(end) - i64::from(line)),
            (None, Some(end)) => self.uvar(end.into()),
            _ => {}
        }
        if let Some(col) = p.col {
            self.uvar(col.into());
        }
        match (p.col, p.end_col) {
            (Some(col), Some(end)) => self.ivar(i64::from(end) - i64::from(col)),
            (None, Some(end)) => self.uvar(end.into()),
            _ => {}
        }
    }

    fn constant(&mut self, c: &'a Constant) {
        match c {
            Constant::None => self.out.push(tag::NONE),
            Constant::Bool(true) => self.out.push(tag::TRUE),
            Constant::Bool(false) => self.out.push(tag::FALSE),
            Constant::Ellipsis => self.out.push(tag::ELLIPSIS),
            Constant::Int(i) => {
                self.out.push(tag::INT);
                self.ivar(*i);
            }
            Constant::BigInt(b) => {
                self.out.push(tag::BIG_INT);
                let bytes = b.to_signed_bytes_le();
                self.len(bytes.len());
                self.out.extend_from_slice(&bytes);
            }
            Constant::Float(f) => {
                self.out.push(tag::FLOAT);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.out.push(tag::COMPLEX);
                self.out.extend_from_slice(&real.to_bits().to_le_bytes());
                self.out.extend_from_slice(&imag.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                self.out.push(tag::STR);
                self.str(s);
            }
            Constant::SurrogateStr(cps) => {
                self.out.push(tag::SURROGATE_STR);
                self.len(cps.len());
                for &cp in cps {
                    self.uvar(cp.into());
                }
            }
            Constant::Bytes(b) => {
                self.out.push(tag::BYTES);
                self.len(b.len());
                self.out.extend_from_slice(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                let t = if matches!(c, Constant::Tuple(_)) {
                    tag::TUPLE
                } else {
                    tag::FROZEN_SET
                };
                self.out.push(t);
                self.len(items.len());
                self.enter();
                for item in items {
                    self.constant(item);
                }
                self.depth -= 1;
            }
            Constant::Code(code) => {
                self.out.push(tag::CODE);
                self.code(code);
            }
        }
    }
}

/// Reads a code object written by [`dumps`]. Any other input, however
/// long, short or hostile, gives an error; nothing panics.
pub fn loads(data: &[u8]) -> Result<CodeObject, MarshalError> {
    let mut r = Reader {
        data,
        pos: 0,
        strings: Vec::new(),
        budget: data.len().saturating_mul(REF_EXPANSION),
    };
    let (code, left) = r.code_head()?;
    let mut top = Frame::Code { code, left };
    let mut parents: Vec<Frame> = Vec::new();
    loop {
        if top.left() > 0 {
            let t = r.u8()?;
            match t {
                tag::TUPLE | tag::FROZEN_SET => {
                    let n = r.count(1)?;
                    let frozen = t == tag::FROZEN_SET;
                    if n == 0 {
                        top.push(if frozen {
                            Constant::FrozenSet(Vec::new())
                        } else {
                            Constant::Tuple(Vec::new())
                        });
                    } else {
                        r.check_depth(parents.len() + 2)?;
                        let items = Vec::with_capacity(n);
                        let seq = Frame::Seq {
                            frozen,
                            items,
                            left: n,
                        };
                        parents.push(std::mem::replace(&mut top, seq));
                    }
                }
                tag::CODE => {
                    r.check_depth(parents.len() + 2)?;
                    let (code, left) = r.code_head()?;
                    parents.push(std::mem::replace(&mut top, Frame::Code { code, left }));
                }
                t => {
                    let c = r.scalar(t)?;
                    top.push(c);
                }
            }
            continue;
        }
        let done = std::mem::replace(
            &mut top,
            Frame::Seq {
                frozen: false,
                items: Vec::new(),
                left: 0,
            },
        );
        let value = match done {
            Frame::Seq {
                frozen: true,
                items,
                ..
            } => Constant::FrozenSet(items),
            Frame::Seq { items, .. } => Constant::Tuple(items),
            Frame::Code { code, .. } => {
                validate(&code).map_err(|reason| r.err(reason))?;
                if parents.is_empty() {
                    if r.pos != data.len() {
                        return Err(r.err("trailing bytes after the code object"));
                    }
                    return Ok(code);
                }
                Constant::Code(Arc::new(code))
            }
        };
        match parents.pop() {
            Some(parent) => {
                top = parent;
                top.push(value);
            }
            None => return Err(r.err("no code object")),
        }
    }
}

/// A container being read: its items so far and how many are still to come.
enum Frame {
    Seq {
        frozen: bool,
        items: Vec<Constant>,
        left: usize,
    },
    Code {
        code: CodeObject,
        left: usize,
    },
}

impl Frame {
    fn left(&self) -> usize {
        match self {
            Frame::Seq { left, .. } | Frame::Code { left, .. } => *left,
        }
    }

    fn push(&mut self, c: Constant) {
        match self {
            Frame::Seq { items, left, .. } => {
                items.push(c);
                *left = left.saturating_sub(1);
            }
            Frame::Code { code, left } => {
                code.consts.push(c);
                *left = left.saturating_sub(1);
            }
        }
    }
}

type Res<T> = std::result::Result<T, MarshalError>;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    strings: Vec<&'a str>,
    /// Bytes that repeated strings may still produce.
    budget: usize,
}

impl<'a> Reader<'a> {
    fn err(&self, reason: &'static str) -> MarshalError {
        MarshalError {
            offset: self.pos,
            reason,
        }
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn check_depth(&self, depth: usize) -> Res<()> {
        if depth > MAX_DEPTH {
            return Err(self.err("constants nested too deeply"));
        }
        Ok(())
    }

    fn u8(&mut self) -> Res<u8> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(self.err("unexpected end of data")),
        }
    }

    fn bytes(&mut self, n: usize) -> Res<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.err("unexpected end of data"));
        }
        let out = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Res<[u8; N]> {
        let mut out = [0; N];
        out.copy_from_slice(self.bytes(N)?);
        Ok(out)
    }

    fn uvar(&mut self) -> Res<u64> {
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            if shift == 63 && b > 1 {
                return Err(self.err("number overflows 64 bits"));
            }
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                if b == 0 && shift > 0 {
                    return Err(self.err("number not in its shortest form"));
                }
                return Ok(value);
            }
            shift += 7;
        }
    }

    fn ivar(&mut self) -> Res<i64> {
        let v = self.uvar()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    fn u32(&mut self) -> Res<u32> {
        let v = self.uvar()?;
        u32::try_from(v).map_err(|_| self.err("number out of range"))
    }

    /// A count of items that take at least `min_size` bytes each.
    fn count(&mut self, min_size: usize) -> Res<usize> {
        let n = self.uvar()?;
        match usize::try_from(n) {
            Ok(n) if n <= self.remaining() / min_size => Ok(n),
            _ => Err(self.err("length exceeds the data")),
        }
    }

    fn str(&mut self) -> Res<String> {
        let h = self.uvar()?;
        if h & 1 == 1 {
            let s = usize::try_from(h >> 1)
                .ok()
                .and_then(|i| self.strings.get(i).copied())
                .ok_or_else(|| self.err("string reference out of range"))?;
            self.budget = self
                .budget
                .checked_sub(s.len())
                .ok_or_else(|| self.err("repeated strings expand too much"))?;
            Ok(s.to_owned())
        } else {
            let n = usize::try_from(h >> 1).map_err(|_| self.err("length exceeds the data"))?;
            let start = self.pos;
            let bytes = self.bytes(n)?;
            let s = std::str::from_utf8(bytes).map_err(|_| MarshalError {
                offset: start,
                reason: "string is not UTF-8",
            })?;
            self.strings.push(s);
            Ok(s.to_owned())
        }
    }

    fn strs(&mut self) -> Res<Vec<Name>> {
        let n = self.count(1)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(Name::from(self.str()?));
        }
        Ok(out)
    }

    fn code_line(&mut self, value: i64) -> Res<u32> {
        u32::try_from(value).map_err(|_| self.err("position out of range"))
    }

    /// Everything of a code object up to its constants, and their count.
    fn code_head(&mut self) -> Res<(CodeObject, usize)> {
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let nlocals = self.u32()?;
        let stacksize = self.u32()?;
        let flags = self.u32()?;
        let firstlineno = self.u32()?;
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let names = self.strs()?;
        // Each instruction takes a byte and its position another.
        let n = self.count(2)?;
        let mut instructions = Vec::with_capacity(n);
        let mut code_units = 0u64;
        for _ in 0..n {
            let number = self.u8()?;
            let opcode = match Opcode::from_number(number.into()) {
                Some(op) if !op.is_pseudo() => op,
                _ => return Err(self.err("unknown opcode")),
            };
            let arg = if opcode.has_arg() { self.u32()? } else { 0 };
            let instruction = Instruction { opcode, arg };
            // Offsets are u32 code units: keep their sum in range.
            code_units += u64::from(instruction.size());
            if code_units > u64::from(u32::MAX) {
                return Err(self.err("code too long"));
            }
            instructions.push(instruction);
        }
        let mut positions = Vec::with_capacity(n);
        let mut prev_line = i64::from(firstlineno);
        for _ in 0..n {
            positions.push(self.position(&mut prev_line)?);
        }
        let m = self.count(4)?;
        let mut exception_table = Vec::with_capacity(m);
        for _ in 0..m {
            let start = self.u32()?;
            let end = self.u32()?;
            let target = self.u32()?;
            let packed = self.uvar()?;
            let depth = u32::try_from(packed >> 1).map_err(|_| self.err("number out of range"))?;
            exception_table.push(ExceptionEntry {
                start,
                end,
                target,
                depth,
                lasti: packed & 1 == 1,
            });
        }
        let k = self.count(1)?;
        let code = CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            nlocals,
            stacksize,
            flags,
            name,
            qualname,
            filename,
            firstlineno,
            varnames,
            cellvars,
            freevars,
            names,
            consts: Vec::with_capacity(k),
            instructions,
            positions,
            exception_table,
        };
        Ok((code, k))
    }

    fn position(&mut self, prev_line: &mut i64) -> Res<Position> {
        let mask = self.u8()?;
        if mask & !(HAS_LINE | HAS_END_LINE | HAS_COL | HAS_END_COL) != 0 {
            return Err(self.err("bad position mask"));
        }
        let mut p = Position::default();
        if mask & HAS_LINE != 0 {
            let line = prev_line
                .checked_add(self.ivar()?)
                .ok_or_else(|| self.err("position out of range"))?;
            p.line = Some(self.code_line(line)?);
            *prev_line = line;
        }
        if mask & HAS_END_LINE != 0 {
            p.end_line = Some(match p.line {
                Some(line) => {
                    let v = i64::from(line)
                        .checked_add(self.ivar()?)
                        .ok_or_else(|| self.err("position out of range"))?;
                    self.code_line(v)?
                }
                None => self.u32()?,
            });
        }
        if mask & HAS_COL != 0 {
            p.col = Some(self.u32()?);
        }
        if mask & HAS_END_COL != 0 {
            p.end_col = Some(match p.col {
                Some(col) => {
                    let v = i64::from(col)
                        .checked_add(self.ivar()?)
                        .ok_or_else(|| self.err("position out of range"))?;
                    self.code_line(v)?
                }
                None => self.u32()?,
            });
        }
        Ok(p)
    }

    /// A constant that holds no other constant.
    fn scalar(&mut self, t: u8) -> Res<Constant> {
        Ok(match t {
            tag::NONE => Constant::None,
            tag::TRUE => Constant::Bool(true),
            tag::FALSE => Constant::Bool(false),
            tag::ELLIPSIS => Constant::Ellipsis,
            tag::INT => Constant::Int(self.ivar()?),
            tag::BIG_INT => {
                let n = self.count(1)?;
                let value = BigInt::from_signed_bytes_le(self.bytes(n)?);
                // Ints that fit in i64 are always `Int` (`Constant::int`).
                if i64::try_from(&value).is_ok() {
                    return Err(self.err("big int in the range of Int"));
                }
                Constant::BigInt(value)
            }
            tag::FLOAT => Constant::Float(f64::from_bits(u64::from_le_bytes(self.array()?))),
            tag::COMPLEX => Constant::Complex {
                real: f64::from_bits(u64::from_le_bytes(self.array()?)),
                imag: f64::from_bits(u64::from_le_bytes(self.array()?)),
            },
            tag::STR => Constant::Str(self.str()?),
            tag::SURROGATE_STR => {
                let n = self.count(1)?;
                let mut cps = Vec::with_capacity(n);
                for _ in 0..n {
                    let cp = self.u32()?;
                    if cp > 0x10_FFFF {
                        return Err(self.err("code point out of range"));
                    }
                    cps.push(cp);
                }
                // Strs that are valid Unicode are always `Str`.
                if !cps.iter().any(|cp| (0xd800..0xe000).contains(cp)) {
                    return Err(self.err("surrogate str without a surrogate"));
                }
                Constant::SurrogateStr(cps)
            }
            tag::BYTES => {
                let n = self.count(1)?;
                Constant::Bytes(self.bytes(n)?.to_vec())
            }
            _ => return Err(self.err("unknown constant tag")),
        })
    }
}

/// Checks what the interpreter relies on: one local name per local, every
/// argument within its table, every jump and handler on an instruction.
fn validate(code: &CodeObject) -> Result<(), &'static str> {
    if code.nlocals as usize != code.varnames.len() {
        return Err("nlocals differs from the number of local names");
    }
    if code.positions.len() != code.instructions.len() {
        return Err("one position per instruction expected");
    }
    let extra_cells = code
        .cellvars
        .iter()
        .filter(|c| !code.varnames.contains(c))
        .count();
    let localsplus = code.varnames.len() + extra_cells + code.freevars.len();
    let offsets = code.offsets();
    let code_units = code.code_units();
    let is_start = |unit: u32| offsets.binary_search(&unit).is_ok();
    for (i, &at) in code.instructions.iter().zip(&offsets) {
        let arg = i.arg as usize;
        let after = at + i.size();
        let ok = match i.opcode.arg_kind() {
            ArgKind::None | ArgKind::Plain => true,
            ArgKind::Const => arg < code.consts.len(),
            ArgKind::Name if i.opcode == Opcode::LOAD_GLOBAL => arg >> 1 < code.names.len(),
            ArgKind::Name => arg < code.names.len(),
            ArgKind::Local => arg < code.varnames.len(),
            ArgKind::Free => arg < localsplus,
            ArgKind::Compare => arg < CMP_OP.len(),
            ArgKind::JumpForward => after.checked_add(i.arg).is_some_and(is_start),
            ArgKind::JumpBackward => after.checked_sub(i.arg).is_some_and(is_start),
            ArgKind::Pseudo | ArgKind::PseudoJump => false,
        };
        if !ok {
            return Err("instruction argument out of range");
        }
    }
    for e in &code.exception_table {
        if e.start >= e.end || e.end > code_units || !is_start(e.target) {
            return Err("exception table entry out of range");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CodeObject {
        let text = "import os\nx = (1, 2.5, -0.0, 3j, b'b', 'é', None, ..., True, 10**30, -10**30)\n\
                    def f(a, *b, c=1, **d):\n    global x\n    def g(): return a\n    try:\n        return g() + x\n    except E as e:\n        return {1, 2} and frozenset\n\
                    y = '\\udc80' \nclass C:\n    z = lambda q: q[1:2]\n";
        let (module, errors) = pvm_syntax::parse_module(text);
        assert!(errors.is_empty(), "{errors:?}");
        crate::compile(&module, "sample.py").unwrap()
    }

    fn leaf(consts: Vec<Constant>) -> CodeObject {
        CodeObject {
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 0,
            stacksize: 1,
            flags: 0,
            name: "n".into(),
            qualname: "n".into(),
            filename: "f".into(),
            firstlineno: 1,
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            names: vec![],
            consts,
            instructions: vec![],
            positions: vec![],
            exception_table: vec![],
        }
    }

    #[test]
    fn round_trips_a_compiled_module() {
        let code = sample();
        let data = dumps(&code);
        assert_eq!(loads(&data).unwrap(), code);
        assert_eq!(dumps_checked(&code).unwrap(), data);
    }

    #[test]
    fn every_constant_kind_round_trips_bit_exact() {
        let consts = vec![
            Constant::None,
            Constant::Bool(true),
            Constant::Bool(false),
            Constant::Ellipsis,
            Constant::Int(0),
            Constant::Int(i64::MIN),
            Constant::Int(i64::MAX),
            Constant::BigInt(BigInt::from(i64::MAX) * 1000),
            Constant::BigInt(-(BigInt::from(1u8) << 200u32)),
            Constant::Float(f64::from_bits(0x7ff8_0000_dead_beef)),
            Constant::Float(-0.0),
            Constant::Float(f64::INFINITY),
            Constant::Complex {
                real: -0.0,
                imag: f64::NAN,
            },
            Constant::Str(String::new()),
            Constant::Str("ünïcode ✓".into()),
            Constant::Str("ünïcode ✓".into()),
            Constant::SurrogateStr(vec![0xdc80, 0x41, 0x10_ffff]),
            Constant::Bytes(vec![0, 255, 10]),
            Constant::Tuple(vec![]),
            Constant::FrozenSet(vec![]),
            Constant::Tuple(vec![
                Constant::Int(1),
                Constant::FrozenSet(vec![Constant::Str("a".into())]),
            ]),
            Constant::Code(Arc::new(leaf(vec![Constant::Tuple(vec![Constant::None])]))),
        ];
        let code = leaf(consts);
        assert_eq!(loads(&dumps(&code)).unwrap(), code);
    }

    #[test]
    fn non_canonical_constants_are_rejected() {
        for c in [
            Constant::BigInt(BigInt::from(5)),
            Constant::BigInt(BigInt::from(i64::MIN)),
            Constant::SurrogateStr(vec![0x41]),
        ] {
            let e = loads(&dumps(&leaf(vec![c]))).unwrap_err();
            assert!(e.reason.contains("big int") || e.reason.contains("surrogate"));
        }
        let edge = Constant::BigInt(BigInt::from(i64::MIN) - 1);
        let code = leaf(vec![edge]);
        assert_eq!(loads(&dumps(&code)).unwrap(), code);
    }

    #[test]
    fn positions_round_trip_in_every_combination() {
        let mut code = leaf(vec![]);
        for mask in 0..16u32 {
            let v = |bit: u32, x: u32| (mask & bit != 0).then_some(x);
            for (a, b) in [(0, 0), (5, 3), (u32::MAX, 0), (0, u32::MAX), (7, 7)] {
                code.instructions.push(Instruction {
                    opcode: Opcode::NOP,
                    arg: 0,
                });
                code.positions.push(Position {
                    line: v(1, a),
                    end_line: v(2, b),
                    col: v(4, b),
                    end_col: v(8, a),
                });
            }
        }
        assert_eq!(loads(&dumps(&code)).unwrap(), code);
    }

    #[test]
    fn rejects_bad_varints_and_trailing_bytes() {
        let data = dumps(&leaf(vec![]));
        let mut trailing = data.clone();
        trailing.push(0);
        assert!(loads(&trailing).is_err());
        // argcount 0 written in two bytes.
        let mut long = vec![0x80, 0x00];
        long.extend_from_slice(&data[1..]);
        assert!(loads(&long).is_err());
        // A varint of eleven bytes.
        let mut huge = vec![0xff; 10];
        huge.push(1);
        assert!(loads(&huge).is_err());
    }

    #[test]
    fn hostile_lengths_allocate_nothing() {
        // A code object claiming u64::MAX-ish strings and constants.
        for count in [u64::MAX, 1 << 40, 1 << 20] {
            let mut w = Writer::default();
            for _ in 0..7 {
                w.uvar(0);
            }
            w.uvar(count << 1);
            assert!(loads(&w.out).is_err());
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        // Far deeper than MAX_DEPTH: a tuple holding a tuple holding ...
        let head = dumps(&leaf(vec![]));
        let mut data = head[..head.len() - 1].to_vec();
        data.push(1);
        for _ in 0..100_000 {
            data.extend_from_slice(&[tag::TUPLE, 1]);
        }
        data.push(tag::NONE);
        let e = loads(&data).unwrap_err();
        assert_eq!(e.reason, "constants nested too deeply");
        // Just inside the limit it loads.
        let mut c = Constant::None;
        for _ in 0..MAX_DEPTH - 1 {
            c = Constant::Tuple(vec![c]);
        }
        let code = leaf(vec![c]);
        let data = dumps_checked(&code).unwrap();
        assert_eq!(loads(&data).unwrap(), code);
        let too_deep = leaf(vec![Constant::Tuple(code.consts.clone())]);
        assert!(dumps_checked(&too_deep).is_err());
        assert!(loads(&dumps(&too_deep)).is_err());
    }

    #[test]
    fn repeated_strings_cannot_explode() {
        let long = "x".repeat(10_000);
        let strs = vec![Constant::Str(long); 1000];
        let data = dumps(&leaf(strs));
        assert!(data.len() < 20_000);
        assert_eq!(
            loads(&data).unwrap_err().reason,
            "repeated strings expand too much"
        );
    }

    #[test]
    fn invalid_arguments_are_rejected() {
        let mut code = leaf(vec![Constant::None]);
        code.instructions = vec![
            Instruction {
                opcode: Opcode::LOAD_CONST,
                arg: 0,
            },
            Instruction {
                opcode: Opcode::RETURN_VALUE,
                arg: 0,
            },
        ];
        code.positions = vec![Position::default(); 2];
        assert_eq!(loads(&dumps(&code)).unwrap(), code);
        code.instructions[0].arg = 1;
        assert!(loads(&dumps(&code)).is_err());
        code.instructions[0] = Instruction {
            opcode: Opcode::JUMP_FORWARD,
            arg: 0,
        };
        assert_eq!(loads(&dumps(&code)).unwrap(), code);
        code.instructions[0].arg = 5;
        assert!(loads(&dumps(&code)).is_err());
        code.instructions[0] = Instruction {
            opcode: Opcode::NOP,
            arg: 0,
        };
        code.exception_table.push(ExceptionEntry {
            start: 0,
            end: 1,
            target: 1,
            depth: 0,
            lasti: true,
        });
        assert_eq!(loads(&dumps(&code)).unwrap(), code);
        code.exception_table[0].end = 3;
        assert!(loads(&dumps(&code)).is_err());
    }

    #[test]
    fn random_bytes_and_mutations_never_panic() {
        let real = dumps(&sample());
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..2000 {
            let len = (next() % 64) as usize;
            let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            let _ = loads(&data);
            let mut m = real.clone();
            for _ in 0..1 + next() % 4 {
                let at = (next() as usize) % m.len();
                m[at] = next() as u8;
            }
            let _ = loads(&m);
            let _ = loads(&real[..(next() as usize) % real.len()]);
        }
    }
}
