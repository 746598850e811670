//! Expressions (`compiler_visit_expr` and friends): operators, compares
//! and conditional jumps, displays and unpacking, f-strings, attributes,
//! subscripts, `yield` and `await`.

use super::{Compiler, STACK_USE_GUIDELINE};
use crate::code::Constant;
use crate::constfold::{self, Folded, FormatPart};
use crate::ir::{BlockId, Loc};
use crate::opcode::Opcode;
use pvm_syntax::ast::{BoolOp, CmpOp, Expr, ExprContext, ExprKind, Pos, UnaryOp};

/// How a display is built (`starunpack_helper`'s opcodes).
#[derive(Clone, Copy)]
pub(super) struct Display {
    pub build: Opcode,
    pub add: Opcode,
    pub extend: Opcode,
    pub tuple: bool,
}

/// A list, or a tuple built through a list.
pub(super) const LIST: Display = Display {
    build: Opcode::BUILD_LIST,
    add: Opcode::LIST_APPEND,
    extend: Opcode::LIST_EXTEND,
    tuple: false,
};

/// A tuple (built through a list when it has stars or is big).
pub(super) const TUPLE: Display = Display {
    build: Opcode::BUILD_LIST,
    add: Opcode::LIST_APPEND,
    extend: Opcode::LIST_EXTEND,
    tuple: true,
};

/// A set.
const SET: Display = Display {
    build: Opcode::BUILD_SET,
    add: Opcode::SET_ADD,
    extend: Opcode::SET_UPDATE,
    tuple: false,
};

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    /// `compiler_visit_expr`: compiles `e` at its location, then restores the location.
    pub(super) fn expr(&mut self, e: &'a Expr) {
        let saved = self.loc();
        self.set_loc(e.pos);
        self.expr1(e);
        self.restore_loc(saved);
    }

    fn expr1(&mut self, e: &'a Expr) {
        if let Some(folded) = self.folds.get(e).cloned() {
            match folded {
                Folded::Const(c) => self.load_const(c),
                Folded::ListAsTuple => {
                    if let ExprKind::List { elts, .. } = &e.kind {
                        self.starunpack(elts, 0, TUPLE);
                    }
                }
                Folded::InvertedCompare => self.inverted_compare(e),
                Folded::Format(parts) => self.format_parts(&parts),
            }
            return;
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.emit(Opcode::COPY, 1);
                self.expr(target);
            }
            ExprKind::BoolOp { op, values } => self.boolop(*op, values),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left);
                self.expr(right);
                self.emit(Opcode::BINARY_OP, super::stmt::binary_op_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand);
                let op = match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false);
                self.expr(body);
                self.jump_noline(Opcode::JUMP, end);
                self.use_next_block(next);
                self.expr(orelse);
                self.use_next_block(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set { elts } => self.starunpack(elts, 0, SET),
            ExprKind::GeneratorExp { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. } => self.comprehension(e),
            ExprKind::Yield { value } => {
                match value {
                    Some(v) => self.expr(v),
                    None => self.load_const(Constant::None),
                }
                self.yield_value();
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value);
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.yield_from(false);
            }
            ExprKind::Await { value } => {
                self.expr(value);
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from(true);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Constant { value, .. } => self.load_const(value.into()),
            ExprKind::JoinedStr { values } => self.joined_str(values),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value);
                let mut oparg = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec);
                    oparg |= 4;
                }
                self.emit(Opcode::FORMAT_VALUE, oparg);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value);
                self.update_start_location_to_match_attr(e, attr);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_ATTR,
                    ExprContext::Store => Opcode::STORE_ATTR,
                    ExprContext::Del => Opcode::DELETE_ATTR,
                };
                self.emit_name(op, attr);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                let op = match ctx {
                    ExprContext::Load => Opcode::BINARY_SUBSCR,
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                };
                self.expr(value);
                self.expr(slice);
                self.emit(op, 0);
            }
            ExprKind::Starred { .. } => {
                // Rejected by the checks before codegen.
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(x) => self.expr(x),
                    None => self.load_const(Constant::None),
                }
                match upper {
                    Some(x) => self.expr(x),
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = step {
                    n += 1;
                    self.expr(x);
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx),
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts),
                ExprContext::Load => self.starunpack(elts, 0, LIST),
                ExprContext::Del => {
                    for x in elts {
                        self.expr(x);
                    }
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts),
                ExprContext::Load => self.starunpack(elts, 0, TUPLE),
                ExprContext::Del => {
                    for x in elts {
                        self.expr(x);
                    }
                }
            },
        }
    }

    /// `update_start_location_to_match_attr`: a multi-line attribute
    /// access is located at its attribute name.
    pub(super) fn update_start_location_to_match_attr(&mut self, attr_expr: &Expr, attr: &str) {
        let end_line = attr_expr.pos.end_lineno as i32;
        let end_col = attr_expr.pos.end_col_offset as i32;
        let loc = &mut self.u().loc;
        if loc.line != end_line {
            loc.line = end_line;
            let len = attr.chars().count() as i32;
            if len <= end_col {
                loc.col = end_col - len;
            } else {
                loc.col = -1;
                loc.end_col = -1;
            }
            loc.end_line = loc.end_line.max(loc.line);
            if loc.line == loc.end_line {
                loc.end_col = loc.end_col.max(loc.col);
            }
        }
    }

    /// `addop_yield`.
    pub(super) fn yield_value(&mut self) {
        let scope = self.ur().scope;
        if scope.generator && scope.coroutine {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0);
        }
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, 1);
    }

    /// `compiler_add_yield_from`: the `SEND` loop of `yield from` and `await`.
    pub(super) fn yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.jump(Opcode::SEND, exit);
        self.use_next_block(resume);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.jump(Opcode::JUMP_NO_INTERRUPT, start);
        self.use_next_block(exit);
    }

    /// `compiler_boolop`.
    fn boolop(&mut self, op: BoolOp, values: &'a [Expr]) {
        let jump = match op {
            BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
            BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_block();
        let (last, rest) = values.split_last().expect("a bool op has values");
        for v in rest {
            self.expr(v);
            self.jump(jump, end);
            let next = self.new_block();
            self.use_next_block(next);
        }
        self.expr(last);
        self.use_next_block(end);
    }

    /// `compiler_addcompare`.
    pub(super) fn add_compare(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::COMPARE_OP, 2),
            CmpOp::NotEq => (Opcode::COMPARE_OP, 3),
            CmpOp::Lt => (Opcode::COMPARE_OP, 0),
            CmpOp::LtE => (Opcode::COMPARE_OP, 1),
            CmpOp::Gt => (Opcode::COMPARE_OP, 4),
            CmpOp::GtE => (Opcode::COMPARE_OP, 5),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opcode, arg);
    }

    /// `compiler_compare`.
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) {
        self.expr(left);
        let n = ops.len() - 1;
        if n == 0 {
            self.expr(&comparators[0]);
            self.add_compare(ops[0]);
            return;
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.expr(&comparators[i]);
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.add_compare(ops[i]);
            self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.expr(&comparators[n]);
        self.add_compare(ops[n]);
        let end = self.new_block();
        self.jump_noline(Opcode::JUMP, end);
        self.use_next_block(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.use_next_block(end);
    }

    /// `not (a in b)` after the optimizer: `a not in b`, located at the compare.
    fn inverted_compare(&mut self, e: &'a Expr) {
        let ExprKind::UnaryOp { operand, .. } = &e.kind else {
            return;
        };
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &operand.kind
        else {
            return;
        };
        self.set_loc(operand.pos);
        self.expr(left);
        self.expr(&comparators[0]);
        self.add_compare(constfold::invert(ops[0]).unwrap_or(ops[0]));
    }

    /// The position an inverted compare takes (the compare's own).
    fn inverted_compare_pos(e: &Expr) -> Pos {
        match &e.kind {
            ExprKind::UnaryOp { operand, .. } => operand.pos,
            _ => e.pos,
        }
    }

    /// `compiler_jump_if`: jumps to `next` when `e` is `cond`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) {
        match self.folds.get(e) {
            Some(Folded::InvertedCompare) => {
                self.set_loc(Self::inverted_compare_pos(e));
                self.expr(e);
                self.jump(jump_op(cond), next);
                return;
            }
            Some(_) => {
                self.expr(e);
                self.jump(jump_op(cond), next);
                return;
            }
            None => {}
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let (last, rest) = values.split_last().expect("a bool op has values");
                for v in rest {
                    self.jump_if(v, next2, cond2);
                }
                self.jump_if(last, next, cond);
                if next2 != next {
                    self.use_next_block(next2);
                }
                return;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false);
                self.jump_if(body, next, cond);
                self.jump_noline(Opcode::JUMP, end);
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond);
                self.use_next_block(end);
                return;
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.set_loc(e.pos);
                let n = ops.len() - 1;
                if n > 0 {
                    let cleanup = self.new_block();
                    self.expr(left);
                    for i in 0..n {
                        self.expr(&comparators[i]);
                        self.emit(Opcode::SWAP, 2);
                        self.emit(Opcode::COPY, 2);
                        self.add_compare(ops[i]);
                        self.jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                    }
                    self.expr(&comparators[n]);
                    self.add_compare(ops[n]);
                    self.jump(jump_op(cond), next);
                    let end = self.new_block();
                    self.jump_noline(Opcode::JUMP, end);
                    self.use_next_block(cleanup);
                    self.emit(Opcode::POP_TOP, 0);
                    if !cond {
                        self.jump_noline(Opcode::JUMP, next);
                    }
                    self.use_next_block(end);
                    return;
                }
            }
            _ => {}
        }
        self.expr(e);
        self.jump(jump_op(cond), next);
    }

    /// `starunpack_helper`: a display (or positional arguments) with
    /// `pushed` items already on the stack.
    pub(super) fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, d: Display) {
        let n = elts.len();
        if n > 2 {
            if let Some(items) = self.all_constants(elts) {
                if d.tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                } else {
                    let folded = if d.add == Opcode::SET_ADD {
                        constfold::frozenset(items)
                    } else {
                        Constant::Tuple(items)
                    };
                    self.emit(d.build, pushed);
                    self.load_const(folded);
                    self.emit(d.extend, 1);
                    if d.tuple {
                        self.emit(Opcode::LIST_TO_TUPLE, 0);
                    }
                }
                return;
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for x in elts {
                self.expr(x);
            }
            let op = if d.tuple {
                Opcode::BUILD_TUPLE
            } else {
                d.build
            };
            self.emit(op, n as u32 + pushed);
            return;
        }
        let mut built = false;
        if big {
            self.emit(d.build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.emit(d.build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value);
                self.emit(d.extend, 1);
            } else {
                self.expr(x);
                if built {
                    self.emit(d.add, 1);
                }
            }
        }
        if d.tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
    }

    /// The constants of `elts` if all are constants (`are_all_items_const`).
    pub(super) fn all_constants(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        elts.iter().map(|x| self.folds.constant(x)).collect()
    }

    /// `unpack_helper` + `assignment_helper`: unpacks TOS into targets.
    pub(super) fn assignment_helper(&mut self, elts: &'a [Expr]) {
        let n = elts.len();
        match elts.iter().position(is_starred) {
            Some(i) => self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32),
            None => self.emit(Opcode::UNPACK_SEQUENCE, n as u32),
        }
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => self.expr(value),
                _ => self.expr(x),
            }
        }
    }

    /// `compiler_subdict`: keys `begin..end` of a dict display.
    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], begin: usize, end: usize) {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let consts: Option<Vec<Constant>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(|k| self.folds.constant(k)))
                .collect();
            if let Some(consts) = consts {
                for v in &values[begin..end] {
                    self.expr(v);
                }
                self.load_const(Constant::Tuple(consts));
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return;
            }
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k);
            }
            self.expr(&values[i]);
            if big {
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
    }

    /// `compiler_dict`.
    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i);
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&values[i]);
                self.emit(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1);
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n);
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
    }

    /// `compiler_joined_str`.
    fn joined_str(&mut self, values: &'a [Expr]) {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str(String::new()));
            self.emit_name(Opcode::LOAD_METHOD, "join");
            self.emit(Opcode::BUILD_LIST, 0);
            for v in values {
                self.expr(v);
                self.emit(Opcode::LIST_APPEND, 1);
            }
            self.emit(Opcode::PRECALL, 1);
            self.emit(Opcode::CALL, 1);
        } else {
            for v in values {
                self.expr(v);
            }
            if values.len() != 1 {
                self.emit(Opcode::BUILD_STRING, values.len() as u32);
            }
        }
    }

    /// The f-string the optimizer made of a `%` format.
    fn format_parts(&mut self, parts: &[FormatPart<'a>]) {
        let many = parts.len() > STACK_USE_GUIDELINE;
        if many {
            self.load_const(Constant::Str(String::new()));
            self.emit_name(Opcode::LOAD_METHOD, "join");
            self.emit(Opcode::BUILD_LIST, 0);
        }
        for part in parts {
            let saved = self.loc();
            match part {
                FormatPart::Literal(s) => {
                    self.restore_loc(Loc::NONE);
                    self.load_const(Constant::Str(s.clone()));
                }
                FormatPart::Value {
                    value,
                    conversion,
                    spec,
                } => {
                    self.set_loc(value.pos);
                    self.expr(value);
                    let mut oparg = match conversion {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        self.restore_loc(Loc::NONE);
                        self.load_const(Constant::Str(spec.clone()));
                        self.set_loc(value.pos);
                        oparg |= 4;
                    }
                    self.emit(Opcode::FORMAT_VALUE, oparg);
                }
            }
            self.restore_loc(saved);
            if many {
                self.emit(Opcode::LIST_APPEND, 1);
            }
        }
        if many {
            self.emit(Opcode::PRECALL, 1);
            self.emit(Opcode::CALL, 1);
        } else if parts.len() != 1 {
            self.emit(Opcode::BUILD_STRING, parts.len() as u32);
        }
    }
}

/// The pseudo jump taken when the condition is `cond`.
fn jump_op(cond: bool) -> Opcode {
    if cond {
        Opcode::POP_JUMP_IF_TRUE
    } else {
        Opcode::POP_JUMP_IF_FALSE
    }
}
