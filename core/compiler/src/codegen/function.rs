//! Definitions: `def` and `async def` (`compiler_function`), `lambda`,
//! `class` (`compiler_class`), with defaults, keyword-only defaults,
//! annotations and decorators.

use super::{Compiler, UnitKind};
use crate::code::Constant;
use crate::opcode::Opcode;
use crate::symtable::mangle;
use pvm_syntax::ast::{Arg, Arguments, Expr, ExprContext, ExprKind, Stmt, StmtKind};

impl<'a> Compiler<'a> {
    /// `compiler_function`.
    pub(super) fn function(&mut self, s: &'a Stmt) {
        let (name, args, body, decorators, returns, is_async) = match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, false),
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, true),
            _ => return,
        };
        for d in decorators {
            self.expr(d);
        }
        let firstlineno = decorators.first().map_or(s.pos.lineno, |d| d.pos.lineno);
        let mut flags = self.default_arguments(args);
        if self.annotations(args, returns.as_deref()) {
            flags |= 0x04;
        }
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        let scope = self.scope_id(s.pos);
        if let Some(code) = self.reused(scope, firstlineno) {
            self.make_closure(code, flags);
            self.apply_decorators(decorators);
            self.nameop(name, ExprContext::Store);
            return;
        }
        self.enter_scope(name, kind, scope, firstlineno);
        let docstring = match body.first().map(|st| &st.kind) {
            Some(StmtKind::Expr { value }) if crate::future::has_docstring(body) => {
                match &value.kind {
                    ExprKind::Constant { value, .. } => Some(Constant::from(value)),
                    _ => None,
                }
            }
            _ => None,
        };
        let has_doc = docstring.is_some();
        self.add_const(docstring.unwrap_or(Constant::None));
        self.set_arg_counts(args);
        self.stmts(&body[usize::from(has_doc)..]);
        let code = self.exit_scope(true);
        self.make_closure(code, flags);
        self.apply_decorators(decorators);
        self.nameop(name, ExprContext::Store);
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = args.args.len() as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// `compiler_apply_decorators`: calls them innermost first, each at its own location.
    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        if decorators.is_empty() {
            return;
        }
        let saved = self.loc();
        for d in decorators.iter().rev() {
            self.set_loc(d.pos);
            self.emit(Opcode::PRECALL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.restore_loc(saved);
    }

    /// `compiler_default_arguments`: pushes defaults; returns the `MAKE_FUNCTION` flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> u32 {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d);
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= 0x01;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                let mangled = mangle(self.ur().private.as_deref(), &arg.arg).into_owned();
                keys.push(Constant::Str(mangled));
                self.expr(default);
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= 0x02;
        }
        flags
    }

    /// `compiler_visit_argannotation`.
    fn arg_annotation(&mut self, name: &str, annotation: Option<&'a Expr>, count: &mut u32) {
        let Some(annotation) = annotation else {
            return;
        };
        let mangled = mangle(self.ur().private.as_deref(), name).into_owned();
        self.load_const(Constant::Str(mangled));
        if self.future.annotations {
            self.annotation_string(annotation);
        } else if let ExprKind::Starred { value, .. } = &annotation.kind {
            self.expr(value);
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.expr(annotation);
        }
        *count += 2;
    }

    fn arg_annotations(&mut self, args: &'a [Arg], count: &mut u32) {
        for a in args {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), count);
        }
    }

    /// `compiler_visit_annotations`: pushes the annotation tuple; false if there is none.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> bool {
        let mut count = 0;
        self.arg_annotations(&args.args, &mut count);
        self.arg_annotations(&args.posonlyargs, &mut count);
        if let Some(v) = &args.vararg {
            self.arg_annotation(&v.arg, v.annotation.as_deref(), &mut count);
        }
        self.arg_annotations(&args.kwonlyargs, &mut count);
        if let Some(k) = &args.kwarg {
            self.arg_annotation(&k.arg, k.annotation.as_deref(), &mut count);
        }
        self.arg_annotation("return", returns, &mut count);
        if count > 0 {
            self.emit(Opcode::BUILD_TUPLE, count);
        }
        count > 0
    }

    /// An annotation under `from __future__ import annotations`: its source as a str.
    pub(super) fn annotation_string(&mut self, annotation: &Expr) {
        let text = crate::unparse::unparse(annotation);
        self.load_const(Constant::Str(text));
    }

    /// `compiler_lambda`.
    pub(super) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) {
        let flags = self.default_arguments(args);
        let scope = self.scope_id(e.pos);
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, e.pos.lineno);
        self.add_const(Constant::None);
        self.set_arg_counts(args);
        self.expr(body);
        let code = if self.ur().scope.generator {
            self.exit_scope(false)
        } else {
            self.emit(Opcode::RETURN_VALUE, 0);
            self.exit_scope(true)
        };
        self.make_closure(code, flags);
    }

    /// `compiler_class`.
    pub(super) fn class(&mut self, s: &'a Stmt) {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } = &s.kind
        else {
            return;
        };
        for d in decorator_list {
            self.expr(d);
        }
        let firstlineno = decorator_list
            .first()
            .map_or(s.pos.lineno, |d| d.pos.lineno);
        let scope = self.scope_id(s.pos);
        let code = match self.reused(scope, firstlineno) {
            Some(code) => code,
            None => self.class_body(name, scope, firstlineno, body).into(),
        };
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(name.to_string()));
        self.call_helper(2, bases, keywords);
        self.apply_decorators(decorator_list);
        self.nameop(name, ExprContext::Store);
    }

    /// The code object of a class body.
    fn class_body(
        &mut self,
        name: &str,
        scope: crate::symtable::ScopeId,
        firstlineno: u32,
        body: &'a [Stmt],
    ) -> crate::code::CodeObject {
        self.enter_scope(name, UnitKind::Class, scope, firstlineno);
        self.u().private = Some(name.to_string());
        self.nameop("__name__", ExprContext::Load);
        self.nameop("__module__", ExprContext::Store);
        let qualname = self.ur().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.nameop("__qualname__", ExprContext::Store);
        self.body(body);
        self.unset_loc();
        if self.ur().scope.needs_class_closure {
            let i = self.u().cellvars.add("__class__");
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            self.nameop("__classcell__", ExprContext::Store);
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        self.exit_scope(true)
    }
}
