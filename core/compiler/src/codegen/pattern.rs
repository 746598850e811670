//! `match` statements (PEP 634, `compiler_match` and `compiler_pattern_*`).
//!
//! Each pattern routine consumes the subject on top of the stack and
//! jumps to a `fail_pop` block on failure; `fail_pop[i]` pops `i` items.
//! Captured values wait on the stack, under `on_top` working items, until
//! the whole pattern matched, then they are stored in order.

use super::Compiler;
use crate::code::Constant;
use crate::ir::BlockId;
use crate::opcode::{nb, Opcode};
use pvm_syntax::ast::{CmpOp, Expr, ExprContext, MatchCase, Pattern, PatternKind};

/// CPython's `pattern_context`.
#[derive(Default)]
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<BlockId>,
    on_top: isize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    /// `compiler_match`.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) {
        self.expr(subject);
        let end = self.new_block();
        let n = cases.len();
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        let last_checked = n - usize::from(has_default);
        let mut pc = PatternContext::default();
        for (i, m) in cases[..last_checked].iter().enumerate() {
            self.set_loc(m.pattern.pos);
            if i != last_checked - 1 {
                self.emit(Opcode::COPY, 1);
            }
            pc.stores.clear();
            pc.allow_irrefutable = m.guard.is_some() || i == n - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc);
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ExprContext::Store);
            }
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, target, false);
            }
            if i != last_checked - 1 {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(&m.body);
            self.unset_loc();
            self.jump(Opcode::JUMP, end);
            self.set_loc(m.pattern.pos);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            self.set_loc(m.pattern.pos);
            if n == 1 {
                self.emit(Opcode::POP_TOP, 0);
            } else {
                self.emit(Opcode::NOP, 0);
            }
            if let Some(guard) = &m.guard {
                self.jump_if(guard, end, false);
            }
            self.stmts(&m.body);
            self.unset_loc();
        }
        self.use_next_block(end);
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// `jump_to_fail_pop`: on failure, pop the working items and captures.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = (pc.on_top + pc.stores.len() as isize).max(0) as usize;
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        self.jump(op, target);
    }

    /// `emit_and_reset_fail_pop`: the chain of `POP_TOP` blocks.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_next_block(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.use_next_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// `pattern_helper_rotate`: 3.10's `ROT_N` with `SWAP`s.
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    /// `pattern_helper_store_name`: keeps a capture under the working items.
    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternContext) {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return;
        };
        let rotations = (pc.on_top + pc.stores.len() as isize + 1).max(0) as usize;
        self.rotate(rotations);
        pc.stores.push(name.to_string());
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc);
        pc.allow_irrefutable = saved;
    }

    /// `compiler_pattern`.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) {
        self.set_loc(p.pos);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.expr(value);
                self.add_compare(CmpOp::Eq);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(value.into());
                self.add_compare(CmpOp::Is);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar { name } => self.store_capture(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => self.store_capture(name.as_deref(), pc),
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(inner, pc);
                    pc.on_top -= 1;
                    self.store_capture(name.as_deref(), pc);
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc),
        }
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &[pvm_syntax::ast::Identifier],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs > 0 {
            for q in kwd_patterns {
                self.set_loc(q.pos);
            }
            self.set_loc(p.pos);
        }
        self.expr(cls);
        let names = kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += (nargs + nattrs) as isize - 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.subpattern(q, pc);
        }
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return;
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Constant::Int(size as i64));
            self.add_compare(CmpOp::GtE);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        for k in keys {
            self.expr(k);
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.emit(Opcode::MATCH_KEYS, 0);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size as isize - 1;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc);
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                self.emit(Opcode::BUILD_MAP, 0);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::DICT_UPDATE, 2);
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
                let mut left = size;
                while left > 0 {
                    self.emit(Opcode::COPY, 1 + left as u32);
                    left -= 1;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::DELETE_SUBSCR, 0);
                }
                self.store_capture(Some(name), pc);
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
    }

    fn pattern_or(&mut self, alternatives: &'a [Pattern], pc: &mut PatternContext) {
        let end = self.new_block();
        let size = alternatives.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.set_loc(alt.pos);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc);
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(control) if nstores > 0 && nstores == control.len() => {
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &control[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            break;
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
                Some(_) => {}
            }
            self.jump(Opcode::JUMP, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Opcode::JUMP);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top.max(0) as usize + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0);
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if matches!(q.kind, PatternKind::MatchStar { .. }) {
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int(size as i64));
                self.add_compare(CmpOp::Eq);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int(size as i64 - 1));
                self.add_compare(CmpOp::GtE);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            pc.on_top += 1;
            for (i, q) in patterns.iter().enumerate() {
                if is_wildcard(q) || i == star {
                    continue;
                }
                self.emit(Opcode::COPY, 1);
                if i < star {
                    self.load_const(Constant::Int(i as i64));
                } else {
                    self.emit(Opcode::GET_LEN, 0);
                    self.load_const(Constant::Int((size - i) as i64));
                    self.emit(Opcode::BINARY_OP, nb::SUBTRACT);
                }
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.subpattern(q, pc);
            }
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
        } else {
            match star {
                Some(i) => self.emit(Opcode::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32),
                None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            }
            pc.on_top += size as isize;
            for q in patterns {
                pc.on_top -= 1;
                self.subpattern(q, pc);
            }
        }
    }
}
