//! CPython 3.11's optimisations of the control-flow graph (the flowgraph
//! half of `Python/compile.c`): constant conditions, tuple folding, jump
//! threading, `SWAP` elimination, `PUSH_NULL` folding, dead-block and
//! redundant-jump removal, NOP cleaning, and the duplication of
//! line-less exit blocks (PEP 626).

use crate::code::Constant;
use crate::consts::ConstPool;
use crate::ir::{BlockId, Cfg, Instr, Loc};
use crate::opcode::Opcode;

/// `MAX_COPY_SIZE`: exit blocks up to this size are copied into their jumpers.
const MAX_COPY_SIZE: usize = 4;

impl Cfg {
    fn instrs(&self, b: BlockId) -> &[Instr] {
        &self.blocks[b as usize].instrs
    }

    fn is_empty_block(&self, b: BlockId) -> bool {
        self.blocks[b as usize].instrs.is_empty()
    }

    /// The first non-empty block from `b` on (following `next`).
    pub(crate) fn skip_empty(&self, mut b: BlockId) -> BlockId {
        while self.is_empty_block(b) {
            match self.blocks[b as usize].next {
                Some(n) => b = n,
                None => break,
            }
        }
        b
    }

    /// `normalize_basic_block`: exit and fall-through flags; jumps skip empty blocks.
    ///
    /// Only the last instruction can exit or jump (see [`Cfg`]).
    pub(crate) fn normalize_block(&mut self, b: BlockId) {
        debug_assert!(self.exits_and_jumps_only_last(b));
        let Some(last) = self.instrs(b).last().copied() else {
            return;
        };
        use Opcode::*;
        match last.op {
            RETURN_VALUE | RAISE_VARARGS | RERAISE => {
                let block = &mut self.blocks[b as usize];
                block.exit = true;
                block.nofallthrough = true;
            }
            JUMP | JUMP_NO_INTERRUPT | POP_JUMP_IF_NOT_NONE | POP_JUMP_IF_NONE
            | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP
            | FOR_ITER => {
                if matches!(last.op, JUMP | JUMP_NO_INTERRUPT) {
                    self.blocks[b as usize].nofallthrough = true;
                }
                let t = self.skip_empty(last.target);
                let n = self.instrs(b).len();
                self.blocks[b as usize].instrs[n - 1].target = t;
            }
            _ => {}
        }
    }

    /// Whether no instruction of `b` but the last jumps or exits.
    pub(crate) fn exits_and_jumps_only_last(&self, b: BlockId) -> bool {
        let instrs = self.instrs(b);
        instrs
            .iter()
            .rev()
            .skip(1)
            .all(|i| !i.is_jump() && !i.op.is_unconditional_exit())
    }

    fn has_lineno(&self, b: BlockId) -> bool {
        self.instrs(b).iter().any(|i| i.loc.line > 0)
    }

    /// `extend_block`: a jump to a small exit block without line numbers
    /// becomes a copy of that block.
    pub(crate) fn extend_block(&mut self, b: BlockId) {
        let Some(last) = self.instrs(b).last().copied() else {
            return;
        };
        if !matches!(
            last.op,
            Opcode::JUMP | Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD
        ) {
            return;
        }
        let t = last.target;
        let target = &self.blocks[t as usize];
        if target.exit && target.instrs.len() <= MAX_COPY_SIZE && !self.has_lineno(t) {
            let copied = target.instrs.clone();
            let block = &mut self.blocks[b as usize];
            let n = block.instrs.len();
            block.instrs[n - 1].op = Opcode::NOP;
            block.instrs.extend(copied);
            block.exit = true;
        }
    }

    /// `clean_basic_block`: removes the NOPs no line number needs.
    pub(crate) fn clean_block(&mut self, b: BlockId) {
        // Most blocks have no NOP: nothing to move then.
        let Some(first_nop) = self.instrs(b).iter().position(|i| i.op == Opcode::NOP) else {
            return;
        };
        let next_first_line = {
            let mut next = self.blocks[b as usize].next;
            while let Some(n) = next {
                if !self.is_empty_block(n) {
                    break;
                }
                next = self.blocks[n as usize].next;
            }
            next.map(|n| self.instrs(n)[0].loc.line)
        };
        let instrs = &mut self.blocks[b as usize].instrs;
        let mut dest = first_nop;
        let mut prev_lineno = first_nop.checked_sub(1).map_or(-1, |i| instrs[i].loc.line);
        for src in first_nop..instrs.len() {
            let lineno = instrs[src].loc.line;
            if instrs[src].op == Opcode::NOP {
                if lineno < 0 || prev_lineno == lineno {
                    continue;
                }
                if src + 1 < instrs.len() {
                    let next_lineno = instrs[src + 1].loc.line;
                    if next_lineno == lineno {
                        continue;
                    }
                    if next_lineno < 0 {
                        instrs[src + 1].loc = instrs[src].loc;
                        continue;
                    }
                } else if next_first_line == Some(lineno) {
                    continue;
                }
            }
            instrs[dest] = instrs[src];
            dest += 1;
            prev_lineno = lineno;
        }
        instrs.truncate(dest);
    }

    /// `mark_reachable`: counts predecessors from the entry.
    fn mark_reachable(&mut self) {
        let mut stack = vec![Cfg::ENTRY];
        self.blocks[0].predecessors = 1;
        while let Some(b) = stack.pop() {
            let block = &self.blocks[b as usize];
            if let Some(n) = block.next {
                if !block.nofallthrough {
                    if self.blocks[n as usize].predecessors == 0 {
                        stack.push(n);
                    }
                    self.blocks[n as usize].predecessors += 1;
                }
            }
            // Without handler pushes, only a block's last instruction has a target.
            let from = if self.has_handlers {
                0
            } else {
                self.instrs(b).len().saturating_sub(1)
            };
            for i in from..self.instrs(b).len() {
                let instr = self.instrs(b)[i];
                if instr.has_target() {
                    let t = instr.target as usize;
                    if self.blocks[t].predecessors == 0 {
                        stack.push(instr.target);
                    }
                    self.blocks[t].predecessors += 1;
                }
            }
        }
    }

    /// `eliminate_empty_basic_blocks`.
    fn eliminate_empty_blocks(&mut self) {
        let mut b = Some(Cfg::ENTRY);
        while let Some(id) = b {
            if let Some(mut next) = self.blocks[id as usize].next {
                while self.is_empty_block(next) {
                    match self.blocks[next as usize].next {
                        Some(n) => next = n,
                        None => break,
                    }
                }
                self.blocks[id as usize].next = Some(next);
            }
            b = self.blocks[id as usize].next;
        }
        self.for_each_in_flow(|cfg, id| {
            if let Some(last) = cfg.instrs(id).last().copied() {
                if last.is_jump() {
                    let t = cfg.skip_empty(last.target);
                    let block = &mut cfg.blocks[id as usize];
                    let n = block.instrs.len();
                    block.instrs[n - 1].target = t;
                }
            }
        });
    }

    /// `optimize_cfg`.
    pub(crate) fn optimize(&mut self, consts: &mut ConstPool) {
        self.for_each_in_flow(|cfg, b| {
            cfg.optimize_block(b, consts);
            cfg.clean_block(b);
        });
        for b in self.list_order() {
            self.extend_block(b);
        }
        self.mark_reachable();
        self.for_each_in_flow(|cfg, b| {
            let block = &mut cfg.blocks[b as usize];
            if block.predecessors == 0 {
                block.instrs.clear();
                block.nofallthrough = false;
            }
        });
        self.eliminate_empty_blocks();
        self.for_each_in_flow(Cfg::clean_block);
        let mut maybe_empty = false;
        self.for_each_in_flow(|cfg, b| {
            let block = &cfg.blocks[b as usize];
            if let Some(last) = block.instrs.last() {
                if matches!(last.op, Opcode::JUMP | Opcode::JUMP_NO_INTERRUPT)
                    && Some(last.target) == block.next
                {
                    let block = &mut cfg.blocks[b as usize];
                    block.nofallthrough = false;
                    let n = block.instrs.len();
                    block.instrs[n - 1].op = Opcode::NOP;
                    maybe_empty = true;
                }
            }
        });
        if maybe_empty {
            self.eliminate_empty_blocks();
        }
    }

    /// `optimize_basic_block`.
    fn optimize_block(&mut self, b: BlockId, consts: &mut ConstPool) {
        use Opcode::*;
        let mut i: isize = 0;
        while (i as usize) < self.instrs(b).len() {
            let iu = i as usize;
            let len = self.instrs(b).len();
            let mut inst = self.instrs(b)[iu];
            // Most instructions are none of the cases below.
            if !inst.has_target() && !matches!(inst.op, LOAD_CONST | BUILD_TUPLE | SWAP | PUSH_NULL)
            {
                i += 1;
                continue;
            }
            let nextop = if iu + 1 < len {
                Some(self.instrs(b)[iu + 1].op)
            } else {
                None
            };
            let target = if inst.has_target() {
                let t = self.skip_empty(inst.target);
                inst.target = t;
                self.blocks[b as usize].instrs[iu].target = t;
                self.instrs(t).first().copied()
            } else {
                None
            };
            let target_op = target.map(|t| t.op);
            let block = &mut self.blocks[b as usize];
            match inst.op {
                LOAD_CONST => match nextop {
                    Some(op @ (POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE)) => {
                        let is_true = consts.get(inst.arg).is_true();
                        block.instrs[iu].op = NOP;
                        if is_true == (op == POP_JUMP_IF_TRUE) {
                            block.instrs[iu + 1].op = JUMP;
                            block.nofallthrough = true;
                        } else {
                            block.instrs[iu + 1].op = NOP;
                        }
                    }
                    Some(op @ (JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP)) => {
                        let is_true = consts.get(inst.arg).is_true();
                        if is_true == (op == JUMP_IF_TRUE_OR_POP) {
                            block.instrs[iu + 1].op = JUMP;
                            block.nofallthrough = true;
                        } else {
                            block.instrs[iu].op = NOP;
                            block.instrs[iu + 1].op = NOP;
                        }
                    }
                    Some(IS_OP) => {
                        let jump_op = block.instrs.get(iu + 2).map(|x| x.op);
                        if consts.get(inst.arg).is_none()
                            && matches!(jump_op, Some(POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE))
                        {
                            let nextarg = block.instrs[iu + 1].arg != 0;
                            block.instrs[iu].op = NOP;
                            block.instrs[iu + 1].op = NOP;
                            block.instrs[iu + 2].op =
                                if nextarg ^ (jump_op == Some(POP_JUMP_IF_FALSE)) {
                                    POP_JUMP_IF_NOT_NONE
                                } else {
                                    POP_JUMP_IF_NONE
                                };
                        }
                    }
                    _ => {}
                },
                BUILD_TUPLE => {
                    let oparg = inst.arg as usize;
                    if nextop == Some(UNPACK_SEQUENCE) && block.instrs[iu + 1].arg as usize == oparg
                    {
                        match oparg {
                            1 => {
                                block.instrs[iu].op = NOP;
                                block.instrs[iu + 1].op = NOP;
                                i += 1;
                                continue;
                            }
                            2 | 3 => {
                                block.instrs[iu].op = NOP;
                                block.instrs[iu + 1].op = SWAP;
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if iu >= oparg {
                        fold_tuple_on_constants(&mut block.instrs[iu - oparg..=iu], consts);
                    }
                }
                JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                    let same = if inst.op == JUMP_IF_FALSE_OR_POP {
                        POP_JUMP_IF_FALSE
                    } else {
                        POP_JUMP_IF_TRUE
                    };
                    let opposite = if inst.op == JUMP_IF_FALSE_OR_POP {
                        (JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE)
                    } else {
                        (JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE)
                    };
                    if let Some(t) = target {
                        if t.op == same {
                            i -= self.jump_thread(b, iu, t, same);
                        } else if t.op == JUMP || t.op == inst.op {
                            i -= self.jump_thread(b, iu, t, inst.op);
                        } else if (t.op == opposite.0 || t.op == opposite.1)
                            && inst.loc.line == t.loc.line
                        {
                            let after = self.blocks[inst.target as usize]
                                .next
                                .unwrap_or(inst.target);
                            let instr = &mut self.blocks[b as usize].instrs[iu];
                            instr.op = same;
                            instr.target = after;
                            i -= 1;
                        }
                    }
                }
                POP_JUMP_IF_NOT_NONE | POP_JUMP_IF_NONE | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE
                | JUMP
                    if target_op == Some(JUMP) =>
                {
                    i -= self.jump_thread(b, iu, target.expect("a target"), inst.op);
                }
                SWAP => {
                    if inst.arg == 1 {
                        block.instrs[iu].op = NOP;
                    } else {
                        swaptimize(&mut block.instrs, &mut i);
                        apply_static_swaps(&mut block.instrs, i as usize);
                    }
                }
                PUSH_NULL if nextop == Some(LOAD_GLOBAL) => {
                    block.instrs[iu].op = NOP;
                    block.instrs[iu].arg = 0;
                    block.instrs[iu + 1].arg |= 1;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// `jump_thread`: retargets the jump at `b[i]` past the jump `target`
    /// (as `op`) when both are on the same line; 1 if it did.
    fn jump_thread(&mut self, b: BlockId, i: usize, target: Instr, op: Opcode) -> isize {
        let inst = &mut self.blocks[b as usize].instrs[i];
        if inst.loc.line == target.loc.line && inst.target != target.target {
            inst.target = target.target;
            inst.op = op;
            1
        } else {
            0
        }
    }

    /// `duplicate_exits_without_lineno`: exit blocks without line number
    /// reached by several jumps get one copy per jump.
    pub(crate) fn duplicate_exits_without_lineno(&mut self) {
        let is_exit_without_lineno = |cfg: &Cfg, b: BlockId| {
            let block = &cfg.blocks[b as usize];
            block.exit && block.instrs.iter().all(|i| i.loc.line < 0)
        };
        // The copies appended below are not visited.
        for b in self.list_order() {
            let Some(last) = self.instrs(b).last().copied() else {
                continue;
            };
            if !last.is_jump() {
                continue;
            }
            let t = last.target;
            if is_exit_without_lineno(self, t) && self.blocks[t as usize].predecessors > 1 {
                let mut copy = self.blocks[t as usize].clone();
                copy.instrs[0].loc = last.loc;
                copy.predecessors = 1;
                copy.nofallthrough = true;
                copy.next = self.blocks[t as usize].next;
                let new = self.blocks.len() as BlockId;
                self.blocks.push(copy);
                let n = self.blocks[b as usize].instrs.len();
                self.blocks[b as usize].instrs[n - 1].target = new;
                self.blocks[t as usize].predecessors -= 1;
                self.blocks[t as usize].next = Some(new);
            }
        }
        for b in self.list_order() {
            while let Some(n) = self.blocks[b as usize].next {
                if !self.is_empty_block(n) {
                    break;
                }
                self.blocks[b as usize].next = self.blocks[n as usize].next;
            }
        }
        for b in self.list_order() {
            let block = &self.blocks[b as usize];
            if block.nofallthrough || block.instrs.is_empty() {
                continue;
            }
            let Some(n) = block.next else {
                continue;
            };
            if is_exit_without_lineno(self, n) {
                let loc = block.instrs[block.instrs.len() - 1].loc;
                self.blocks[n as usize].instrs[0].loc = loc;
            }
        }
    }

    /// `propagate_line_numbers`.
    pub(crate) fn propagate_line_numbers(&mut self) {
        self.for_each_in_flow(|cfg, b| {
            if cfg.is_empty_block(b) {
                return;
            }
            let mut prev = Loc::NONE;
            for instr in &mut cfg.blocks[b as usize].instrs {
                if instr.loc.line < 0 {
                    instr.loc = prev;
                } else {
                    prev = instr.loc;
                }
            }
            let block = &cfg.blocks[b as usize];
            if !block.nofallthrough {
                if let Some(n) = block.next {
                    let next = &mut cfg.blocks[n as usize];
                    if next.predecessors == 1
                        && !next.instrs.is_empty()
                        && next.instrs[0].loc.line < 0
                    {
                        next.instrs[0].loc = prev;
                    }
                }
            }
            let last = *cfg.blocks[b as usize].instrs.last().expect("non-empty");
            if last.is_jump() {
                let target = &mut cfg.blocks[last.target as usize];
                if target.predecessors == 1
                    && !target.instrs.is_empty()
                    && target.instrs[0].loc.line < 0
                {
                    target.instrs[0].loc = prev;
                }
            }
        });
    }

    /// `guarantee_lineno_for_exits`: returns without line get the previous one.
    pub(crate) fn guarantee_lineno_for_exits(&mut self, firstlineno: i32) {
        let mut lineno = firstlineno;
        self.for_each_in_flow(|cfg, b| {
            let block = &mut cfg.blocks[b as usize];
            let Some(last) = block.instrs.last().copied() else {
                return;
            };
            if last.loc.line < 0 {
                if last.op == Opcode::RETURN_VALUE {
                    for instr in &mut block.instrs {
                        instr.loc.line = lineno;
                    }
                }
            } else {
                lineno = last.loc.line;
            }
        });
    }
}

/// `fold_tuple_on_constants`: `LOAD_CONST`s then `BUILD_TUPLE n` become one
/// `LOAD_CONST` of the tuple (`instrs` is the loads and the build).
fn fold_tuple_on_constants(instrs: &mut [Instr], consts: &mut ConstPool) {
    let n = instrs.len() - 1;
    if instrs[..n].iter().any(|i| i.op != Opcode::LOAD_CONST) {
        return;
    }
    let items: Vec<Constant> = instrs[..n]
        .iter()
        .map(|i| consts.get(i.arg).clone())
        .collect();
    let index = consts.add(Constant::Tuple(items));
    for i in &mut instrs[..n] {
        i.op = Opcode::NOP;
    }
    instrs[n].op = Opcode::LOAD_CONST;
    instrs[n].arg = index;
}

/// `swaptimize`: a run of `SWAP`s and `NOP`s replaced by the fewest `SWAP`s
/// with the same effect; `ix` moves to the end of the run.
fn swaptimize(instrs: &mut [Instr], ix: &mut isize) {
    let start = *ix as usize;
    let mut depth = instrs[start].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = instrs.len() - start;
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match instrs[start + len].op {
            Opcode::SWAP => {
                depth = depth.max(instrs[start + len].arg as usize);
                more = true;
            }
            Opcode::NOP => {}
            _ => break,
        }
    }
    if !more {
        return;
    }
    const VISITED: isize = -1;
    let mut stack: Vec<isize> = (0..depth as isize).collect();
    for i in 0..len {
        if instrs[start + i].op == Opcode::SWAP {
            let oparg = instrs[start + i].arg as usize;
            stack.swap(0, oparg - 1);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as isize {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let at = start + current as usize;
                instrs[at].op = Opcode::SWAP;
                instrs[at].arg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        instrs[start + current as usize].op = Opcode::NOP;
        current -= 1;
    }
    *ix += len as isize - 1;
}

/// Only these may be reordered across a `SWAP`.
fn swappable(op: Opcode) -> bool {
    matches!(op, Opcode::STORE_FAST | Opcode::POP_TOP)
}

fn stores_to(i: &Instr) -> Option<u32> {
    (i.op == Opcode::STORE_FAST).then_some(i.arg)
}

fn next_swappable(instrs: &[Instr], mut i: usize, lineno: Option<i32>) -> Option<usize> {
    loop {
        i += 1;
        let instr = instrs.get(i)?;
        if let Some(line) = lineno {
            if instr.loc.line != line {
                return None;
            }
        }
        if instr.op == Opcode::NOP {
            continue;
        }
        return swappable(instr.op).then_some(i);
    }
}

/// `apply_static_swaps`: `SWAP`s before stores and pops become reorderings.
fn apply_static_swaps(instrs: &mut [Instr], mut i: usize) {
    loop {
        let swap = instrs[i];
        if swap.op != Opcode::SWAP {
            if swap.op == Opcode::NOP || swappable(swap.op) {
                if i == 0 {
                    return;
                }
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, i, None) else {
            return;
        };
        let mut k = j;
        let lineno = instrs[j].loc.line;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, Some(lineno)) {
                Some(next) => k = next,
                None => return,
            }
        }
        let (store_j, store_k) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if store_j.is_some() || store_k.is_some() {
            if store_j == store_k {
                return;
            }
            for between in &instrs[j + 1..k] {
                let s = stores_to(between);
                if s.is_some() && (s == store_j || s == store_k) {
                    return;
                }
            }
        }
        instrs[i].op = Opcode::NOP;
        instrs.swap(j, k);
        if i == 0 {
            return;
        }
        i -= 1;
    }
}
