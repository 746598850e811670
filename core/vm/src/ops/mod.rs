//! The abstract object protocol: operators, comparisons, truth, hashing,
//! `repr`/`str`, lengths, subscripts and containment, with CPython's
//! dispatch rules (reflected operands, NotImplemented, subclasses first).
//! Built-in operands take native fast paths; user classes go through
//! their special methods.

pub mod num;
pub mod seq;
pub mod sets;

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::{self, is_heap_type};
use crate::value::Value;
use crate::{PyResult, Vm};

/// A binary operator (`BINARY_OP`'s `NB_*` argument, modulo in-place).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`.
    Add,
    /// `&`.
    And,
    /// `//`.
    FloorDiv,
    /// `<<`.
    LShift,
    /// `@`.
    MatMul,
    /// `*`.
    Mul,
    /// `%`.
    Mod,
    /// `|`.
    Or,
    /// `**`.
    Pow,
    /// `>>`.
    RShift,
    /// `-`.
    Sub,
    /// `/`.
    TrueDiv,
    /// `^`.
    Xor,
}

impl BinOp {
    /// The operator of an `NB_*` number (in-place ones fold onto binary ones).
    pub fn from_nb(nb: u32) -> (BinOp, bool) {
        const OPS: [BinOp; 13] = [
            BinOp::Add,
            BinOp::And,
            BinOp::FloorDiv,
            BinOp::LShift,
            BinOp::MatMul,
            BinOp::Mul,
            BinOp::Mod,
            BinOp::Or,
            BinOp::Pow,
            BinOp::RShift,
            BinOp::Sub,
            BinOp::TrueDiv,
            BinOp::Xor,
        ];
        let i = nb as usize;
        (OPS[i % 13], i >= 13)
    }

    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "** or pow()",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }

    /// The special methods: `__op__`, `__rop__`, `__iop__`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }

    /// The special method's stem (`add` for `__add__`).
    pub fn stem(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::And => "and",
            BinOp::FloorDiv => "floordiv",
            BinOp::LShift => "lshift",
            BinOp::MatMul => "matmul",
            BinOp::Mul => "mul",
            BinOp::Mod => "mod",
            BinOp::Or => "or",
            BinOp::Pow => "pow",
            BinOp::RShift => "rshift",
            BinOp::Sub => "sub",
            BinOp::TrueDiv => "truediv",
            BinOp::Xor => "xor",
        }
    }
}

/// A rich comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `==`.
    Eq,
    /// `!=`.
    Ne,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
}

impl CmpOp {
    /// From `COMPARE_OP`'s argument.
    pub fn from_arg(arg: u32) -> CmpOp {
        match arg {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            _ => CmpOp::Ge,
        }
    }

    /// The operator with operands swapped.
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// The special method name.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Applies the operator to an ordering.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

/// Whether a value is NotImplemented.
pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

fn is_heap_value(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if is_heap_type(o.ty()))
}

impl Vm {
    /// `a op b` (or `a op= b` when `inplace`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let r = num::small_int_op(self, *x, *y, op)?;
            if r.is_null() {
                return Err(self.binop_type_error(a, b, op, inplace));
            }
            return Ok(r);
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            let r = num::float_op(self, *x, *y, op)?;
            if r.is_null() {
                return Err(self.binop_type_error(a, b, op, inplace));
            }
            return Ok(r);
        }
        if !is_heap_value(a) && !is_heap_value(b) {
            if inplace {
                let r = seq::native_inplace(self, a, b, op)?;
                if !r.is_null() {
                    return Ok(r);
                }
            }
            let r = self.native_binary(a, b, op)?;
            if !r.is_null() {
                return Ok(r);
            }
            // Built-in special methods beyond the native table (`int | str`).
            let typeish = |v: &Value| {
                matches!(v.payload(), Some(Payload::Type(_)))
                    || v.as_obj().is_some_and(|o| {
                        o.ty().is(&self.t.union) || o.ty().is(&self.t.generic_alias)
                    })
            };
            if op == BinOp::Or && (typeish(a) || typeish(b)) {
                let r = self.binary_dunder(a, b, op)?;
                if !r.is_null() {
                    return Ok(r);
                }
            }
            return Err(self.binop_type_error(a, b, op, inplace));
        }
        if inplace {
            let ta = self.type_of(a).clone();
            if let Some(f) = self.lookup_special(&ta, op.dunders().2) {
                let r = self.call(&f, [a.clone(), b.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let r = self.binary_dunder(a, b, op)?;
        if !r.is_null() {
            return Ok(r);
        }
        Err(self.binop_type_error(a, b, op, inplace))
    }

    /// The built-in meaning of `a op b`; Null when the operands do not support it.
    pub fn native_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = num::binary(self, a, b, op) {
            return r;
        }
        seq::native_binary(self, a, b, op)
    }

    /// `a op b` through `__op__` / `__rop__`; Null when both decline.
    fn binary_dunder(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let ta = self.type_of(a).clone();
        let tb = self.type_of(b).clone();
        let (name, rname, _) = op.dunders();
        let fa = self.lookup_special(&ta, name);
        let fb = if ta.is(&tb) {
            None
        } else {
            self.lookup_special(&tb, rname)
        };
        let mut fb = fb;
        if let Some(f) = &fb {
            if types::is_subtype(&tb, &ta) {
                let r = self.call(f, [b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
                fb = None;
            }
        }
        if let Some(f) = fa {
            let r = self.call(&f, [a.clone(), b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(f) = fb {
            let r = self.call(&f, [b.clone(), a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Ok(Value::Null)
    }

    fn binop_type_error(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> ObjRef {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && !inplace && a.as_str().is_some() && b.as_str().is_none() {
            return self.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if op == BinOp::Add
            && matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        {
            return self.type_error(format!("can't concat {tb} to {ta}"));
        }
        if op == BinOp::Add
            && matches!(a.payload(), Some(Payload::List(_)))
            && !is_heap_value(a)
            && !inplace
        {
            return self.type_error(format!("can only concatenate list (not \"{tb}\") to list"));
        }
        if op == BinOp::Add && matches!(a.payload(), Some(Payload::Tuple(_))) && !is_heap_value(a) {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            ));
        }
        if op == BinOp::Mul {
            let seq_a = matches!(
                a.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            );
            let seq_b = matches!(
                b.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            );
            if seq_a || seq_b {
                let other = if seq_a { tb.clone() } else { ta.clone() };
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{other}'"
                ));
            }
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary_op(&mut self, v: &Value, which: &str) -> PyResult<Value> {
        match (v, which) {
            (Value::Int(i), "-") => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => self.new_int_big(-num_bigint::BigInt::from(*i)),
                })
            }
            (Value::Int(i), "+") => return Ok(Value::Int(*i)),
            (Value::Int(i), "~") => return Ok(Value::Int(!*i)),
            (Value::Bool(b), _) => return self.unary_op(&Value::Int(*b as i64), which),
            (Value::Float(f), "-") => return Ok(Value::Float(-f)),
            (Value::Float(f), "+") => return Ok(Value::Float(*f)),
            _ => {}
        }
        if !is_heap_value(v) {
            match v.payload() {
                Some(Payload::Int(b)) => {
                    return Ok(match which {
                        "-" => self.new_int_big(-b),
                        "+" => self.new_int_big(b.clone()),
                        _ => self.new_int_big(!b),
                    })
                }
                Some(Payload::Complex(r, i)) if which != "~" => {
                    let (r, i) = if which == "-" { (-r, -i) } else { (*r, *i) };
                    return Ok(self.new_complex(r, i));
                }
                _ => {}
            }
        }
        let name = match which {
            "-" => "__neg__",
            "+" => "__pos__",
            _ => "__invert__",
        };
        let ty = self.type_of(v).clone();
        match self.lookup_special(&ty, name) {
            Some(f) => self.call(&f, [v.clone()]),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("bad operand type for unary {which}: '{tn}'")))
            }
        }
    }

    /// A complex value.
    pub fn new_complex(&self, r: f64, i: f64) -> Value {
        Value::Obj(ObjRef::new(self.t.complex.clone(), Payload::Complex(r, i)))
    }

    /// `a op b` as a value (`COMPARE_OP`).
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if !is_heap_value(a) && !is_heap_value(b) {
            if let Some(r) = seq::native_compare(self, a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        self.compare_dunder(a, b, op)
    }

    fn compare_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        self.enter_native()?;
        let r = self.compare_dunder_inner(a, b, op);
        self.native_depth -= 1;
        r
    }

    fn compare_dunder_inner(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let ta = self.type_of(a).clone();
        let tb = self.type_of(b).clone();
        let mut tried_reflected = false;
        if !ta.is(&tb) && types::is_subtype(&tb, &ta) {
            if let Some(f) = self.lookup_special(&tb, op.swapped().dunder()) {
                tried_reflected = true;
                let r = self.call(&f, [b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.lookup_special(&ta, op.dunder()) {
            let r = self.call(&f, [a.clone(), b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !tried_reflected {
            if let Some(f) = self.lookup_special(&tb, op.swapped().dunder()) {
                let r = self.call(&f, [b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{na}' and '{nb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::hashing::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `a < b` as a bool (sorting, min).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            // Sorting's common keys, without the generic comparison.
            (Value::Obj(x), Value::Obj(y)) if !is_heap_type(x.ty()) && !is_heap_type(y.ty()) => {
                match (&x.payload, &y.payload) {
                    (Payload::Str(p), Payload::Str(q)) => {
                        return Ok(crate::surrogates::compare_strs(p, q).is_lt())
                    }
                    (Payload::Tuple(p), Payload::Tuple(q)) => return self.tuple_lt(p, q),
                    _ => {}
                }
            }
            _ => {}
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        self.truthy(&r)
    }

    /// `x < y` for two tuples: the first items that differ decide (the
    /// same items are skipped by identity, as CPython's comparison does).
    fn tuple_lt(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y) {
            match (p, q) {
                (Value::Int(a), Value::Int(b)) if a == b => continue,
                (Value::Int(a), Value::Int(b)) => return Ok(a < b),
                (Value::Obj(a), Value::Obj(b)) if a.is(b) => continue,
                _ => {
                    if !self.eq(p, q)? {
                        return self.lt(p, q);
                    }
                }
            }
        }
        Ok(x.len() < y.len())
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => {
                if is_heap_type(o.ty()) {
                    return self.truthy_dunder(v);
                }
                match &o.payload {
                    Payload::Str(s) => !s.as_str().is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    Payload::Set(s) => !s.borrow().is_empty(),
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::ByteArray(b) => !b.borrow().is_empty(),
                    Payload::Range(r) => !r.is_empty(),
                    Payload::Int(_) => true,
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
                    Payload::DictView(d, _) => match &d.payload {
                        Payload::Dict(d) => !d.borrow().is_empty(),
                        _ => true,
                    },
                    _ => true,
                }
            }
        })
    }

    fn truthy_dunder(&mut self, v: &Value) -> PyResult<bool> {
        let ty = self.type_of(v).clone();
        if let Some(f) = self.lookup_special(&ty, "__bool__") {
            let r = self.call(&f, [v.clone()])?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => {
                    let tn = self.type_name(&other);
                    Err(self.type_error(format!("__bool__ should return bool, returned {tn}")))
                }
            };
        }
        if let Some(f) = self.lookup_special(&ty, "__len__") {
            let r = self.call(&f, [v.clone()])?;
            let n = self.len_result(&r)?;
            return Ok(n != 0);
        }
        Ok(true)
    }

    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if *i >= 0 => Ok(*i as usize),
            Value::Bool(b) => Ok(*b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            other => {
                let tn = self.type_name(other);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(Payload::MemoryView(m)) = v.payload() {
            return crate::builtins::memoryview::hash(self, m);
        }
        if let Some(h) = crate::hashing::fast_hash(v) {
            return Ok(h);
        }
        let ty = self.type_of(v).clone();
        if is_heap_type(&ty) {
            match self.lookup_special(&ty, "__hash__") {
                Some(Value::None) | None => {}
                Some(f) => {
                    if let Some(Payload::Native(n)) = f.payload() {
                        if n.name == "__hash__"
                            && n.owner.as_ref().is_some_and(|o| o.is(&self.object))
                        {
                            return Ok(crate::hashing::hash_addr(
                                v.as_obj().map_or(0, |o| o.addr()),
                            ));
                        }
                    }
                    let r = self.call(&f, [v.clone()])?;
                    // An int result within the hash range is kept as is (so
                    // `__hash__` may return another object's hash); -1 is
                    // reserved for errors.
                    return match &r {
                        Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                        Value::Bool(b) => Ok(*b as i64),
                        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                            Ok(crate::hashing::fast_hash(&r).unwrap_or(0))
                        }
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
            }
        } else if let Some(Payload::Set(_)) = v.payload() {
            if ty.is(&self.t.frozenset) {
                return Ok(seq::frozenset_hash(self, v));
            }
        } else if let Some(Payload::Tuple(items)) = v.payload() {
            let mut hashes = Vec::with_capacity(items.len());
            for item in items.iter() {
                hashes.push(self.hash(item)?);
            }
            return Ok(pvm_compiler::pyhash::combine_tuple_hashes(&hashes));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("unhashable type: '{tn}'")))
    }

    /// Guards native recursion (repr of nested containers, comparisons).
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.enter_native_while("")
    }

    /// [`Vm::enter_native`] whose RecursionError message ends with `what`
    /// (CPython's `Py_EnterRecursiveCall(" while calling a Python object")`).
    pub fn enter_native_while(&mut self, what: &str) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth + self.frames.len() > self.recursion_limit + 50 {
            self.native_depth -= 1;
            return Err(self.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        Ok(())
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None => return Ok("None".into()),
            Value::Bool(true) => return Ok("True".into()),
            Value::Bool(false) => return Ok("False".into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(pvm_syntax::pyrepr::repr_float(*f)),
            Value::Null => return Ok("<NULL>".into()),
            Value::Obj(_) => {}
        }
        let ty = self.type_of(v).clone();
        if !is_heap_type(&ty) {
            self.enter_native()?;
            let r = crate::builtins::repr::native_repr(self, v);
            self.native_depth -= 1;
            return r;
        }
        let f = self
            .lookup_special(&ty, "__repr__")
            .expect("object defines __repr__");
        let r = self.call(&f, [v.clone()])?;
        match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = self.type_name(&r);
                Err(self.type_error(format!("__repr__ returned non-string (type {tn})")))
            }
        }
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Obj(o) = v {
            if let Payload::Str(s) = &o.payload {
                if !is_heap_type(o.ty()) {
                    return Ok(s.as_str().to_string());
                }
            }
        }
        let ty = self.type_of(v).clone();
        if !is_heap_type(&ty) && !types::data(&ty).has(types::EXCEPTION) {
            return self.repr(v);
        }
        let f = self
            .lookup_special(&ty, "__str__")
            .expect("object defines __str__");
        let r = self.call(&f, [v.clone()])?;
        match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = self.type_name(&r);
                Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
            }
        }
    }

    /// `str(v)` as a str value (no copy for exact strs).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if matches!(o.payload, Payload::Str(_)) && !is_heap_type(o.ty()) {
                return Ok(v.clone());
            }
        }
        let s = self.str(v)?;
        Ok(self.new_str(s))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(Payload::Range(r)) = v.payload() {
            if r.len() > i64::MAX as i128 {
                return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
            }
        }
        if let Value::Obj(o) = v {
            if !is_heap_type(o.ty()) {
                if let Some(n) = seq::native_len(o) {
                    return Ok(n);
                }
            }
        }
        let ty = self.type_of(v).clone();
        match self.lookup_special(&ty, "__len__") {
            Some(f) => {
                let r = self.call(&f, [v.clone()])?;
                self.len_result(&r)
            }
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("object of type '{tn}' has no len()")))
            }
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if !is_heap_value(obj) {
            let r = seq::native_get_item(self, obj, key)?;
            if !r.is_null() {
                return Ok(r);
            }
        }
        let ty = self.type_of(obj).clone();
        if let Some(f) = self.lookup_special(&ty, "__getitem__") {
            let args = crate::args::Args::new([key.clone()]);
            return self.call_special(f, obj.clone(), &ty, args);
        }
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                if let Some(f) = self.lookup_special(o, "__class_getitem__") {
                    let f = self.descr_get(&f, &Value::None, o)?;
                    return self.call(&f, [key.clone()]);
                }
                let name = types::name(o);
                return Err(self.type_error(format!("type '{name}' is not subscriptable")));
            }
        }
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    /// `obj[key] = value` (value Null: `del obj[key]`).
    pub fn set_item(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if !is_heap_value(obj) && seq::native_set_item(self, obj, key, &value)? {
            return Ok(());
        }
        let ty = self.type_of(obj).clone();
        let name = if value.is_null() {
            "__delitem__"
        } else {
            "__setitem__"
        };
        if let Some(f) = self.lookup_special(&ty, name) {
            let mut args = vec![key.clone()];
            if !value.is_null() {
                args.push(value);
            }
            self.call_special(f, obj.clone(), &ty, crate::args::Args::new(args))?;
            return Ok(());
        }
        let tn = self.type_name(obj);
        Err(self.type_error(if value.is_null() {
            format!("'{tn}' object doesn't support item deletion")
        } else {
            format!("'{tn}' object does not support item assignment")
        }))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !is_heap_value(container) {
            if let Some(r) = seq::native_contains(self, container, item)? {
                return Ok(r);
            }
        }
        let ty = self.type_of(container).clone();
        if let Some(f) = self.lookup_special(&ty, "__contains__") {
            let r = self.call(&f, [container.clone(), item.clone()])?;
            return self.truthy(&r);
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) => {
                if self.error_is(&e, "TypeError") {
                    let tn = self.type_name(container);
                    return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
                }
                return Err(e);
            }
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let f = self.get_attr_str(obj, name)?;
        self.call(&f, args)
    }

    /// `operator.index(v)` as an i64 (IndexError-style overflow message).
    pub fn index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b)
                    if !is_heap_type(o.ty())
                        || self
                            .lookup_special(&o.ty().clone(), "__index__")
                            .is_some_and(|f| matches!(f.payload(), Some(Payload::Native(_)))) =>
                {
                    use num_traits::ToPrimitive;
                    match b.to_i64() {
                        Some(i) => Ok(i),
                        None => {
                            let tn = self.type_name(v);
                            Err(self.index_error(format!(
                                "cannot fit '{tn}' into an index-sized integer"
                            )))
                        }
                    }
                }
                _ => {
                    let r = self.index_value(v)?;
                    self.index(&r)
                }
            },
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `operator.index(v)` as an int value.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && !is_heap_type(o.ty()) => {
                Ok(v.clone())
            }
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                let Payload::Int(b) = &o.payload else {
                    unreachable!()
                };
                Ok(self.new_int_big(b.clone()))
            }
            _ => {
                let ty = self.type_of(v).clone();
                if let Some(f) = self.lookup_special(&ty, "__index__") {
                    let r = self.call(&f, [v.clone()])?;
                    if num::as_bigint(&r).is_some() && !matches!(r, Value::Bool(_)) {
                        return Ok(r);
                    }
                    let tn = self.type_name(&r);
                    return Err(self.type_error(format!("__index__ returned non-int (type {tn})")));
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }
}
