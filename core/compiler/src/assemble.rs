//! The assembler (CPython 3.11's `assemble()`): the implicit `return None`,
//! prefix instructions (`RETURN_GENERATOR`, `MAKE_CELL`, `COPY_FREE_VARS`),
//! cell offsets, the flowgraph passes, stack depth, exception handler
//! labelling, jump directions and offsets with `EXTENDED_ARG`, and the
//! code object itself with positions and exception table.

use crate::code::{flags, CodeObject, Constant, ExceptionEntry, Instruction, Name, Position};
use crate::codegen::Unit;
use crate::future::FutureFeatures;
use crate::ir::{BlockId, Cfg, Instr, Loc, NO_BLOCK};
use crate::opcode::{Opcode, HAVE_ARGUMENT};

/// Turns a finished unit into a code object.
pub(crate) fn assemble(
    mut u: Unit<'_>,
    add_none: bool,
    future: &FutureFeatures,
    filename: &str,
) -> CodeObject {
    if !u.cfg.block(u.cfg.cur).returns {
        u.loc = Loc::NONE;
        if add_none {
            let i = u.consts.add(Constant::None);
            u.cfg.push(Instr::new(Opcode::LOAD_CONST, i, Loc::NONE));
        }
        u.cfg.push(Instr::new(Opcode::RETURN_VALUE, 0, Loc::NONE));
    }
    let cfg = &mut u.cfg;
    for b in cfg.list_order() {
        cfg.normalize_block(b);
    }
    for b in cfg.list_order() {
        cfg.extend_block(b);
    }
    let nlocals = u.varnames.len();
    let ncells = u.cellvars.len();
    let nfree = u.freevars.len();
    // `build_cellfixedoffsets`: where each cell and free variable lives.
    let mut fixed: Vec<usize> = (0..ncells + nfree).map(|i| nlocals + i).collect();
    for (i, name) in u.cellvars.names().iter().enumerate() {
        if let Some(v) = u.varnames.get(name) {
            fixed[i] = v as usize;
        }
    }
    let code_flags = compute_flags(&u, future);
    insert_prefix(&mut u.cfg, &fixed, ncells, nfree, code_flags, u.firstlineno);
    if !fixed.is_empty() {
        fix_cell_offsets(&mut u.cfg, &mut fixed, nlocals);
    }

    let cfg = &mut u.cfg;
    cfg.optimize(&mut u.consts);
    cfg.duplicate_exits_without_lineno();
    cfg.propagate_line_numbers();
    cfg.guarantee_lineno_for_exits(u.firstlineno as i32);
    let generator = code_flags & flags::RESUMABLE != 0;
    let maxdepth = stackdepth(cfg, generator);
    if cfg.has_handlers {
        label_exception_targets(cfg);
        cfg.for_each_in_flow(|cfg, b| {
            for instr in &mut cfg.blocks[b as usize].instrs {
                if instr.op.is_block_push() || instr.op == Opcode::POP_BLOCK {
                    instr.op = Opcode::NOP;
                }
            }
        });
    }
    cfg.for_each_in_flow(Cfg::clean_block);
    normalize_jumps(cfg);
    let order = cfg.flow_order();
    assemble_jump_offsets(cfg, &order);

    let count: usize = order
        .iter()
        .map(|&b| cfg.blocks[b as usize].instrs.len())
        .sum();
    let mut instructions = Vec::with_capacity(count);
    let mut positions = Vec::with_capacity(count);
    // The highest constant loaded, for `trim_unused_consts`.
    let mut max_const = 0;
    for &b in &order {
        let instrs = &cfg.blocks[b as usize].instrs;
        // No pseudo-instruction is left, so a real opcode's number says
        // whether it takes an argument.
        instructions.extend(instrs.iter().map(|instr| {
            if matches!(instr.op, Opcode::LOAD_CONST | Opcode::KW_NAMES) {
                max_const = max_const.max(instr.arg);
            }
            Instruction {
                opcode: instr.op,
                arg: if instr.op.number() >= HAVE_ARGUMENT {
                    instr.arg
                } else {
                    0
                },
            }
        }));
        positions.extend(instrs.iter().map(|instr| position(instr.loc)));
    }
    // `trim_unused_consts`, after the last pass that could drop a load:
    // trailing constants nothing loads go.
    if max_const as usize + 1 < u.consts.len() {
        u.consts.truncate(max_const as usize + 1);
    }
    let exception_table = if cfg.has_handlers {
        exception_table(cfg, &order)
    } else {
        Vec::new()
    };

    let cellvars = cell_names(&u);
    CodeObject {
        argcount: u.argcount + u.posonlyargcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        nlocals: nlocals as u32,
        stacksize: maxdepth.max(0) as u32,
        flags: code_flags,
        name: u.name,
        qualname: u.qualname,
        filename: filename.to_string(),
        firstlineno: u.firstlineno,
        varnames: u.varnames.into_names(),
        cellvars,
        freevars: u.freevars.into_names(),
        names: u.names.into_names(),
        consts: u.consts.into_vec(),
        instructions,
        positions,
        exception_table,
    }
}

/// `co_cellvars`: argument cells in parameter order, then the others.
fn cell_names(u: &Unit<'_>) -> Vec<Name> {
    let mut out: Vec<Name> = u
        .varnames
        .names()
        .iter()
        .filter(|n| u.cellvars.get(n).is_some())
        .cloned()
        .collect();
    for n in u.cellvars.names() {
        if u.varnames.get(n).is_none() {
            out.push(n.clone());
        }
    }
    out
}

/// `compute_code_flags`.
fn compute_flags(u: &Unit<'_>, future: &FutureFeatures) -> u32 {
    let mut f = u.scope.code_flags();
    if future.annotations {
        f |= flags::FUTURE_ANNOTATIONS;
    }
    if future.barry_as_flufl {
        f |= flags::FUTURE_BARRY_AS_BDFL;
    }
    f
}

/// `insert_prefix_instructions`.
fn insert_prefix(
    cfg: &mut Cfg,
    fixed: &[usize],
    ncells: usize,
    nfree: usize,
    code_flags: u32,
    firstlineno: u32,
) {
    let entry = &mut cfg.blocks[Cfg::ENTRY as usize].instrs;
    if code_flags & flags::RESUMABLE != 0 {
        let line = firstlineno as i32;
        let loc = Loc {
            line,
            end_line: line,
            col: -1,
            end_col: -1,
        };
        entry.insert(0, Instr::new(Opcode::RETURN_GENERATOR, 0, loc));
        entry.insert(1, Instr::new(Opcode::POP_TOP, 0, Loc::NONE));
    }
    if ncells > 0 {
        let nvars = fixed.iter().copied().max().unwrap_or(0) + 1;
        let mut sorted = vec![usize::MAX; nvars];
        for (i, &f) in fixed.iter().take(ncells).enumerate() {
            sorted[f] = i;
        }
        let mut used = 0;
        for &old in sorted.iter() {
            if old == usize::MAX {
                continue;
            }
            entry.insert(used, Instr::new(Opcode::MAKE_CELL, old as u32, Loc::NONE));
            used += 1;
            if used == ncells {
                break;
            }
        }
    }
    if nfree > 0 {
        entry.insert(
            0,
            Instr::new(Opcode::COPY_FREE_VARS, nfree as u32, Loc::NONE),
        );
    }
}

/// `fix_cell_offsets`: deref arguments become indices of the fast locals.
fn fix_cell_offsets(cfg: &mut Cfg, fixed: &mut [usize], nlocals: usize) {
    let mut dropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == i + nlocals {
            *f -= dropped;
        } else {
            dropped += 1;
        }
    }
    for block in &mut cfg.blocks {
        for instr in &mut block.instrs {
            if matches!(
                instr.op,
                Opcode::MAKE_CELL
                    | Opcode::LOAD_CLOSURE
                    | Opcode::LOAD_DEREF
                    | Opcode::STORE_DEREF
                    | Opcode::DELETE_DEREF
                    | Opcode::LOAD_CLASSDEREF
            ) {
                instr.arg = fixed[instr.arg as usize] as u32;
            }
        }
    }
}

/// `stackdepth`: the deepest stack any path reaches.
fn stackdepth(cfg: &mut Cfg, generator: bool) -> i32 {
    // Start depths live in their own vector while the walk reads the
    // blocks, so a block's instructions are read as one slice.
    let mut start = vec![i32::MIN; cfg.blocks.len()];
    let mut stack: Vec<BlockId> = Vec::new();
    let mut maxdepth = 0;
    let push = |start: &mut [i32], stack: &mut Vec<BlockId>, b: BlockId, depth: i32| {
        let known = &mut start[b as usize];
        if *known < depth && *known < 100 {
            *known = depth;
            stack.push(b);
        }
    };
    push(&mut start, &mut stack, Cfg::ENTRY, i32::from(generator));
    while let Some(b) = stack.pop() {
        let block = &cfg.blocks[b as usize];
        let mut depth = start[b as usize];
        let mut next = block.next;
        for instr in &block.instrs {
            let new_depth = depth + instr.op.stack_effect(instr.arg, false);
            maxdepth = maxdepth.max(new_depth);
            if instr.has_target() {
                let target_depth = depth + instr.op.stack_effect(instr.arg, true);
                maxdepth = maxdepth.max(target_depth);
                push(&mut start, &mut stack, instr.target, target_depth);
            }
            depth = new_depth;
            if matches!(
                instr.op,
                Opcode::JUMP_NO_INTERRUPT
                    | Opcode::JUMP
                    | Opcode::RETURN_VALUE
                    | Opcode::RAISE_VARARGS
                    | Opcode::RERAISE
            ) {
                next = None;
                break;
            }
        }
        if let Some(n) = next {
            push(&mut start, &mut stack, n, depth);
        }
    }
    for (block, depth) in cfg.blocks.iter_mut().zip(start) {
        block.startdepth = depth;
    }
    maxdepth
}

/// `label_exception_targets`: the handler of every instruction.
fn label_exception_targets(cfg: &mut Cfg) {
    for b in &mut cfg.blocks {
        b.visited = false;
    }
    let mut todo = vec![Cfg::ENTRY];
    cfg.blocks[0].visited = true;
    cfg.blocks[0].except_stack = Some(vec![NO_BLOCK]);
    while let Some(b) = todo.pop() {
        let mut stack = cfg.blocks[b as usize].except_stack.take();
        let mut handler = stack
            .as_ref()
            .and_then(|s| s.last().copied())
            .unwrap_or(NO_BLOCK);
        for i in 0..cfg.blocks[b as usize].instrs.len() {
            let instr = cfg.blocks[b as usize].instrs[i];
            if instr.op.is_block_push() {
                let t = instr.target as usize;
                if !cfg.blocks[t].visited {
                    cfg.blocks[t].except_stack = stack.clone();
                    cfg.blocks[t].visited = true;
                    todo.push(instr.target);
                }
                if matches!(instr.op, Opcode::SETUP_WITH | Opcode::SETUP_CLEANUP) {
                    cfg.blocks[t].preserve_lasti = true;
                }
                if let Some(s) = stack.as_mut() {
                    s.push(instr.target);
                }
                handler = instr.target;
            } else if instr.op == Opcode::POP_BLOCK {
                if let Some(s) = stack.as_mut() {
                    if s.len() > 1 {
                        s.pop();
                    }
                    handler = *s.last().unwrap_or(&NO_BLOCK);
                }
            } else if instr.is_jump() {
                cfg.blocks[b as usize].instrs[i].except = handler;
                let t = instr.target as usize;
                if !cfg.blocks[t].visited {
                    if !cfg.blocks[b as usize].nofallthrough {
                        cfg.blocks[t].except_stack = stack.clone();
                    } else {
                        cfg.blocks[t].except_stack = stack.take();
                    }
                    cfg.blocks[t].visited = true;
                    todo.push(instr.target);
                }
            } else {
                cfg.blocks[b as usize].instrs[i].except = handler;
            }
        }
        let block = &cfg.blocks[b as usize];
        if !block.nofallthrough {
            if let Some(n) = block.next {
                if !cfg.blocks[n as usize].visited {
                    cfg.blocks[n as usize].except_stack = stack;
                    cfg.blocks[n as usize].visited = true;
                    todo.push(n);
                }
            }
        }
    }
}

/// `normalize_jumps`: pseudo jumps become forward or backward ones.
fn normalize_jumps(cfg: &mut Cfg) {
    cfg.for_each_in_flow(|cfg, b| cfg.blocks[b as usize].visited = false);
    cfg.for_each_in_flow(|cfg, b| {
        cfg.blocks[b as usize].visited = true;
        let Some(last) = cfg.blocks[b as usize].instrs.last().copied() else {
            return;
        };
        if last.is_jump() {
            let forward = !cfg.blocks[last.target as usize].visited;
            let n = cfg.blocks[b as usize].instrs.len();
            cfg.blocks[b as usize].instrs[n - 1].op = last.op.resolve_jump(forward);
        }
    });
}

/// `assemble_jump_offsets`: block offsets and relative jump arguments,
/// repeated until `EXTENDED_ARG` prefixes stop changing sizes. Only a
/// block's last instruction can jump (see [`Cfg`]), so block sizes are
/// taken once and then only a jump's own size is updated.
fn assemble_jump_offsets(cfg: &mut Cfg, order: &[BlockId]) {
    let mut sizes: Vec<u32> = order
        .iter()
        .map(|&b| {
            debug_assert!(cfg.exits_and_jumps_only_last(b));
            let instrs = &cfg.blocks[b as usize].instrs;
            instrs.iter().map(|i| i.op.size(i.arg)).sum()
        })
        .collect();
    loop {
        let mut total = 0;
        for (&b, &size) in order.iter().zip(&sizes) {
            cfg.blocks[b as usize].offset = total;
            total += size;
        }
        let mut again = false;
        for (&b, size) in order.iter().zip(&mut sizes) {
            let block = &cfg.blocks[b as usize];
            let Some(&last) = block.instrs.last() else {
                continue;
            };
            if !last.is_jump() {
                continue;
            }
            let end = block.offset + *size;
            let arg = cfg.blocks[last.target as usize].offset.abs_diff(end);
            let (old, new) = (last.op.size(last.arg), last.op.size(arg));
            let block = &mut cfg.blocks[b as usize];
            let n = block.instrs.len();
            block.instrs[n - 1].arg = arg;
            if new != old {
                *size = *size - old + new;
                again = true;
            }
        }
        if !again {
            break;
        }
    }
}

/// `assemble_exception_table`.
fn exception_table(cfg: &Cfg, order: &[BlockId]) -> Vec<ExceptionEntry> {
    let mut out = Vec::new();
    let mut handler = NO_BLOCK;
    let mut start = 0;
    let mut at = 0;
    let mut emit = |start: u32, end: u32, h: BlockId| {
        let hb = cfg.block(h);
        let mut depth = hb.startdepth - 1;
        if hb.preserve_lasti {
            depth -= 1;
        }
        out.push(ExceptionEntry {
            start,
            end,
            target: hb.offset,
            depth: depth.max(0) as u32,
            lasti: hb.preserve_lasti,
        });
    };
    for &b in order {
        at = cfg.block(b).offset;
        for instr in &cfg.block(b).instrs {
            if instr.except != handler {
                if handler != NO_BLOCK {
                    emit(start, at, handler);
                }
                start = at;
                handler = instr.except;
            }
            at += instr.op.size(instr.arg);
        }
    }
    if handler != NO_BLOCK {
        emit(start, at, handler);
    }
    out
}

/// The `co_positions()` entry of a location.
fn position(loc: Loc) -> Position {
    if loc.line < 0 {
        return Position::default();
    }
    let some = |v: i32| (v >= 0).then_some(v as u32);
    Position {
        line: some(loc.line),
        end_line: some(loc.end_line).or(some(loc.line)),
        col: some(loc.col),
        end_col: some(loc.end_col),
    }
}
