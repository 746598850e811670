//! Code objects as the interpreter runs them: instructions decoded once
//! (jumps and the exception table in instruction indices), constants as
//! values, names as interned strs.

use crate::object::ObjRef;
use crate::value::Value;
use pvm_compiler::code::{CodeObject, Position};
use pvm_compiler::opcode::{ArgKind, Opcode};
use std::rc::Rc;
use std::sync::Arc;

/// One decoded instruction; jump arguments are absolute instruction indices.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    /// The opcode.
    pub op: Opcode,
    /// The argument.
    pub arg: u32,
}

/// An exception table entry in instruction indices.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    /// First protected instruction.
    pub start: u32,
    /// One past the last protected instruction.
    pub end: u32,
    /// The handler's first instruction.
    pub target: u32,
    /// The stack depth (above the locals) to unwind to.
    pub depth: u32,
    /// Whether to push the raising instruction's index.
    pub lasti: bool,
}

/// A code object ready to run.
pub struct Code {
    /// The compiler's code object (fields, dis, marshal).
    pub source: Arc<CodeObject>,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// Source positions, one per instruction.
    pub positions: Vec<Position>,
    /// The code unit offset of each instruction (for `f_lasti`-style values).
    pub offsets: Vec<u32>,
    /// `co_consts` as values.
    pub consts: Vec<Value>,
    /// `co_names`, interned.
    pub names: Vec<ObjRef>,
    /// `co_localsplusnames`, interned.
    pub localsplus_names: Vec<ObjRef>,
    /// `co_localspluskinds`.
    pub localsplus_kinds: Vec<u8>,
    /// The exception table.
    pub handlers: Vec<Handler>,
    /// `co_name`.
    pub name: ObjRef,
    /// `co_qualname`.
    pub qualname: ObjRef,
    /// `co_flags`.
    pub flags: u32,
    /// `co_argcount`.
    pub argcount: usize,
    /// `co_posonlyargcount`.
    pub posonlyargcount: usize,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: usize,
    /// Parameters, including `*args` and `**kwargs`.
    pub total_args: usize,
    /// Locals, cells and free variables.
    pub nlocalsplus: usize,
    /// `co_stacksize`.
    pub stacksize: usize,
    /// Inline caches of `LOAD_GLOBAL`, by instruction index.
    pub global_cache: std::cell::RefCell<Vec<Option<GlobalCache>>>,
    /// Inline caches of attribute instructions, by instruction index.
    pub attr_cache: crate::attr_cache::AttrSites,
}

/// What a `LOAD_GLOBAL` found, and the dict versions it is valid for.
#[derive(Clone)]
pub struct GlobalCache {
    /// The globals dict's address and version.
    pub globals: (usize, u64),
    /// The builtins dict's address and version.
    pub builtins: (usize, u64),
    /// The value found.
    pub value: Value,
}

impl Code {
    /// Decodes a compiler code object; `constant` turns constants into values.
    pub fn new(
        source: Arc<CodeObject>,
        mut constant: impl FnMut(&pvm_compiler::Constant) -> Value,
        mut intern: impl FnMut(&str) -> ObjRef,
    ) -> Code {
        let offsets = source.offsets();
        let index_of = |unit: u32| -> u32 { offsets.partition_point(|&o| o < unit) as u32 };
        let mut instrs = Vec::with_capacity(source.instructions.len());
        for (i, ins) in source.instructions.iter().enumerate() {
            let next = offsets[i] + ins.size();
            let arg = match ins.opcode.arg_kind() {
                ArgKind::JumpForward => index_of(next + ins.arg),
                ArgKind::JumpBackward => index_of(next - ins.arg),
                _ => ins.arg,
            };
            instrs.push(Instr {
                op: ins.opcode,
                arg,
            });
        }
        let handlers = source
            .exception_table
            .iter()
            .map(|e| Handler {
                start: index_of(e.start),
                end: index_of(e.end),
                target: index_of(e.target),
                depth: e.depth,
                lasti: e.lasti,
            })
            .collect();
        let consts = source.consts.iter().map(&mut constant).collect();
        let names = source.names.iter().map(|n| intern(n)).collect();
        let localsplus_names: Vec<ObjRef> = source
            .localsplus_names()
            .into_iter()
            .map(&mut intern)
            .collect();
        let flags = source.flags;
        use pvm_compiler::code::flags as f;
        let total_args = (source.argcount + source.kwonlyargcount) as usize
            + usize::from(flags & f::VARARGS != 0)
            + usize::from(flags & f::VARKEYWORDS != 0);
        Code {
            instrs,
            positions: source.positions.clone(),
            consts,
            names,
            localsplus_kinds: source.localsplus_kinds(),
            nlocalsplus: localsplus_names.len(),
            localsplus_names,
            handlers,
            name: intern(&source.name),
            qualname: intern(&source.qualname),
            flags,
            argcount: source.argcount as usize,
            posonlyargcount: source.posonlyargcount as usize,
            kwonlyargcount: source.kwonlyargcount as usize,
            total_args,
            stacksize: source.stacksize as usize,
            global_cache: std::cell::RefCell::new(vec![None; source.instructions.len()]),
            attr_cache: crate::attr_cache::AttrSites::new(
                source.instructions.iter().map(|i| i.opcode),
            ),
            offsets,
            source,
        }
    }

    /// The handler covering instruction `at`, if any.
    pub fn handler_for(&self, at: usize) -> Option<Handler> {
        let at = at as u32;
        self.handlers
            .iter()
            .find(|h| h.start <= at && at < h.end)
            .copied()
    }

    /// The line of instruction `at`.
    pub fn line_of(&self, at: usize) -> Option<u32> {
        self.positions.get(at).and_then(|p| p.line)
    }

    /// `co_filename`.
    pub fn filename(&self) -> &str {
        &self.source.filename
    }
}

/// A code object shared by functions and frames.
pub type CodeRef = Rc<Code>;
