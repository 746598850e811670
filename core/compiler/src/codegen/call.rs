//! Calls (`compiler_call`, `maybe_optimize_method_call`,
//! `compiler_call_helper`): `PUSH_NULL`/`LOAD_METHOD`, `PRECALL`/`CALL`
//! with `KW_NAMES`, or `CALL_FUNCTION_EX` with star arguments.

use super::expr::TUPLE;
use super::{Compiler, STACK_USE_GUIDELINE};
use crate::code::Constant;
use crate::opcode::Opcode;
use crate::symtable::SymbolFlags;
use pvm_syntax::ast::{Expr, ExprContext, ExprKind, Keyword};

impl<'a> Compiler<'a> {
    /// `compiler_call`.
    pub(super) fn call(&mut self, e: &'a Expr) {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        else {
            return;
        };
        if self.method_call(e, func, args, keywords) {
            return;
        }
        self.set_loc(func.pos);
        self.emit(Opcode::PUSH_NULL, 0);
        self.set_loc(e.pos);
        self.expr(func);
        self.call_helper(0, args, keywords);
    }

    /// `is_import_originated`: a module-level name bound by an import.
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => self
                .table
                .module()
                .flags(id)
                .intersects(SymbolFlags::IMPORT),
            _ => false,
        }
    }

    /// `maybe_optimize_method_call`: `obj.meth(...)` with `LOAD_METHOD`.
    fn method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> bool {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return false;
        };
        if self.is_import_originated(value) {
            return false;
        }
        let (nargs, nkw) = (args.len(), keywords.len());
        if nargs + nkw + usize::from(nkw != 0) >= STACK_USE_GUIDELINE {
            return false;
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return false;
        }
        self.expr(value);
        self.set_loc(func.pos);
        self.update_start_location_to_match_attr(func, attr);
        self.emit_name(Opcode::LOAD_METHOD, attr);
        for a in args {
            self.expr(a);
        }
        if nkw > 0 {
            for k in keywords {
                self.expr(&k.value);
            }
            self.kw_names(keywords);
        }
        self.set_loc(e.pos);
        self.update_start_location_to_match_attr(func, attr);
        let n = (nargs + nkw) as u32;
        self.emit(Opcode::PRECALL, n);
        self.emit(Opcode::CALL, n);
        true
    }

    /// `compiler_call_simple_kw_helper`: `KW_NAMES` with the keyword names.
    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.as_deref().unwrap_or_default().to_string()))
            .collect();
        let i = self.add_const(Constant::Tuple(names));
        self.emit(Opcode::KW_NAMES, i);
    }

    /// `compiler_call_helper`: the arguments and the call, with `n` arguments already pushed.
    pub(super) fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) {
        let (nelts, nkw) = (args.len(), keywords.len());
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a);
            }
            if nkw > 0 {
                for k in keywords {
                    self.expr(&k.value);
                }
                self.kw_names(keywords);
            }
            let total = n + (nelts + nkw) as u32;
            self.emit(Opcode::PRECALL, total);
            self.emit(Opcode::CALL, total);
            return;
        }
        match args {
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if n == 0 => self.expr(value),
            _ => self.starunpack(args, n, TUPLE),
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i]);
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value);
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..]);
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(nkw > 0));
    }

    /// `compiler_subkwargs`: a dict of named keyword arguments.
    fn subkwargs(&mut self, keywords: &'a [Keyword]) {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in keywords {
                self.expr(&k.value);
            }
            let keys = keywords
                .iter()
                .map(|k| Constant::Str(k.arg.as_deref().unwrap_or_default().to_string()))
                .collect();
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return;
        }
        if big {
            self.emit_noline(Opcode::BUILD_MAP, 0);
        }
        for k in keywords {
            self.load_const(Constant::Str(
                k.arg.as_deref().unwrap_or_default().to_string(),
            ));
            self.expr(&k.value);
            if big {
                self.emit_noline(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
    }
}
