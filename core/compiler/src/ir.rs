//! The control-flow graph codegen writes into (CPython's `basicblock` and
//! `struct instr`): basic blocks of instructions with source locations,
//! jump targets as block ids, and the flags the flowgraph passes keep.

use crate::opcode::Opcode;
use pvm_syntax::ast::Pos;

/// Index of a basic block in its [`Cfg`].
pub type BlockId = u32;

/// No block.
pub const NO_BLOCK: BlockId = u32::MAX;

/// A source location (CPython's `i_lineno` ... `i_end_col_offset`); -1 is "none".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Loc {
    /// First line, or -1.
    pub line: i32,
    /// Last line, or -1.
    pub end_line: i32,
    /// First column, or -1.
    pub col: i32,
    /// End column, or -1.
    pub end_col: i32,
}

impl Loc {
    /// No location: an artificial instruction (`UNSET_LOC`).
    pub const NONE: Loc = Loc {
        line: -1,
        end_line: -1,
        col: -1,
        end_col: -1,
    };

    /// The location of an AST node.
    pub fn of(p: Pos) -> Loc {
        Loc {
            line: p.lineno as i32,
            end_line: p.end_lineno as i32,
            col: p.col_offset as i32,
            end_col: p.end_col_offset as i32,
        }
    }
}

/// One instruction of the graph.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    /// The opcode (pseudo-instructions allowed).
    pub op: Opcode,
    /// The argument (for jumps, set by the assembler).
    pub arg: u32,
    /// The jump or handler target.
    pub target: BlockId,
    /// The handler an exception here goes to (set by the assembler).
    pub except: BlockId,
    /// The source location.
    pub loc: Loc,
}

impl Instr {
    /// An instruction without target.
    pub fn new(op: Opcode, arg: u32, loc: Loc) -> Instr {
        Instr {
            op,
            arg,
            target: NO_BLOCK,
            except: NO_BLOCK,
            loc,
        }
    }

    /// Whether this jumps (`is_jump`).
    pub fn is_jump(&self) -> bool {
        self.op.is_jump()
    }

    /// Whether this has a target block (jumps and handler pushes).
    pub fn has_target(&self) -> bool {
        self.op.is_jump() || self.op.is_block_push()
    }
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub struct Block {
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// The block reached by falling through (`b_next`).
    pub next: Option<BlockId>,
    /// Ends with a return or raise (`b_exit`).
    pub exit: bool,
    /// Never falls through (`b_nofallthrough`).
    pub nofallthrough: bool,
    /// A `RETURN_VALUE` was added to it by codegen (`b_return`).
    pub returns: bool,
    /// An exception handler that pushes `lasti` (`b_preserve_lasti`).
    pub preserve_lasti: bool,
    /// Scratch flag of the passes (`b_visited`).
    pub visited: bool,
    /// Number of predecessors (`b_predecessors`).
    pub predecessors: u32,
    /// Stack depth on entry (`b_startdepth`), `i32::MIN` when unknown.
    pub startdepth: i32,
    /// Offset in code units (`b_offset`).
    pub offset: u32,
    /// Handler stack on entry, while labelling exception targets.
    pub except_stack: Option<Vec<BlockId>>,
}

/// A unit's control-flow graph.
///
/// A jump, return or raise is always the last instruction of its block:
/// [`Cfg::push`] starts a new block after one, and the passes only ever
/// turn a block's last instruction into a jump. The assembler's passes
/// rely on it and look for jumps only there.
#[derive(Clone, Debug)]
pub struct Cfg {
    /// Every block ever allocated, in allocation order (the entry is 0).
    pub blocks: Vec<Block>,
    /// The block being written.
    pub cur: BlockId,
    /// Start a new block before the next instruction (after a jump, return or raise).
    pub need_new_block: bool,
    /// A `SETUP_*` or `POP_BLOCK` was pushed: without one, the assembler
    /// skips exception labelling (most units have no handler).
    pub has_handlers: bool,
}

impl Default for Cfg {
    fn default() -> Cfg {
        Cfg::new()
    }
}

impl Cfg {
    /// A graph with one empty entry block.
    pub fn new() -> Cfg {
        Cfg {
            blocks: vec![Block::default()],
            cur: 0,
            need_new_block: false,
            has_handlers: false,
        }
    }

    /// The entry block.
    pub const ENTRY: BlockId = 0;

    /// Allocates a block (`compiler_new_block`).
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        (self.blocks.len() - 1) as BlockId
    }

    /// Makes `b` follow the current block and continues there (`compiler_use_next_block`).
    pub fn use_next_block(&mut self, b: BlockId) {
        self.blocks[self.cur as usize].next = Some(b);
        self.cur = b;
        self.need_new_block = false;
    }

    /// The block with id `b`.
    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b as usize]
    }

    /// Appends an instruction to the current block (opening a block first if needed).
    pub fn push(&mut self, instr: Instr) {
        if self.need_new_block {
            let b = self.new_block();
            self.use_next_block(b);
        }
        let block = &mut self.blocks[self.cur as usize];
        if block.instrs.capacity() == 0 {
            // Most blocks hold under 16 instructions: one allocation
            // instead of growing through 4 and 8.
            block.instrs.reserve_exact(16);
        }
        if instr.op == Opcode::RETURN_VALUE {
            block.returns = true;
        }
        block.instrs.push(instr);
        if instr.op.is_block_push() || instr.op == Opcode::POP_BLOCK {
            self.has_handlers = true;
        }
        if instr.is_jump() || instr.op.is_unconditional_exit() {
            self.need_new_block = true;
        }
    }

    /// Block ids in CPython's `b_list` order (most recently allocated first).
    pub fn list_order(&self) -> impl Iterator<Item = BlockId> {
        (0..self.blocks.len() as BlockId).rev()
    }

    /// Calls `f` on every block in control-flow order, reading each
    /// block's `next` after `f` returns (so `f` must not relink blocks);
    /// unlike [`Cfg::flow_order`] it allocates nothing.
    pub fn for_each_in_flow(&mut self, mut f: impl FnMut(&mut Cfg, BlockId)) {
        let mut cur = Some(Cfg::ENTRY);
        while let Some(b) = cur {
            f(self, b);
            cur = self.blocks[b as usize].next;
        }
    }

    /// Block ids in control-flow order (following `next` from the entry).
    pub fn flow_order(&self) -> Vec<BlockId> {
        let mut out = Vec::with_capacity(self.blocks.len());
        let mut b = Some(Cfg::ENTRY);
        while let Some(id) = b {
            out.push(id);
            b = self.blocks[id as usize].next;
        }
        out
    }
}
