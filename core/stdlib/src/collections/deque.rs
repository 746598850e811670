//! `collections.deque`: a double-ended queue with an optional maximum
//! length, and its forward and reverse iterators, with CPython's
//! messages. The items live in a `VecDeque`; no borrow of it is held
//! while Python code runs (comparisons, `__eq__` of items, `__repr__`),
//! and a mutation counter lets iterators and searches notice changes made
//! meanwhile, as CPython's `state` does.

use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::ops::CmpOp;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{ObjRef, PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// CPython's name of the class in descriptor errors.
const CLASS: &str = "collections.deque";

/// Registers `deque` and its iterator classes in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", deque_new, NativeKind::StaticMethod),
        ("__init__", deque_init, NativeKind::Method),
        ("append", append, NativeKind::Method),
        ("appendleft", appendleft, NativeKind::Method),
        ("pop", pop, NativeKind::Method),
        ("popleft", popleft, NativeKind::Method),
        ("extend", extend, NativeKind::Method),
        ("extendleft", extendleft, NativeKind::Method),
        ("clear", clear, NativeKind::Method),
        ("copy", copy, NativeKind::Method),
        ("__copy__", copy, NativeKind::Method),
        ("count", count, NativeKind::Method),
        ("index", index, NativeKind::Method),
        ("insert", insert, NativeKind::Method),
        ("remove", remove, NativeKind::Method),
        ("reverse", reverse, NativeKind::Method),
        ("rotate", rotate, NativeKind::Method),
        ("__len__", len, NativeKind::Method),
        ("__getitem__", getitem, NativeKind::Method),
        ("__setitem__", setitem, NativeKind::Method),
        ("__delitem__", delitem, NativeKind::Method),
        ("__contains__", contains, NativeKind::Method),
        ("__iter__", iter, NativeKind::Method),
        ("__reversed__", reversed, NativeKind::Method),
        ("__repr__", repr, NativeKind::Method),
        ("__eq__", eq, NativeKind::Method),
        ("__ne__", ne, NativeKind::Method),
        ("__lt__", lt, NativeKind::Method),
        ("__le__", le, NativeKind::Method),
        ("__gt__", gt, NativeKind::Method),
        ("__ge__", ge, NativeKind::Method),
        ("__add__", add, NativeKind::Method),
        ("__iadd__", iadd, NativeKind::Method),
        ("__mul__", mul, NativeKind::Method),
        ("__rmul__", mul, NativeKind::Method),
        ("__imul__", imul, NativeKind::Method),
        ("__reduce__", reduce, NativeKind::Method),
        ("__class_getitem__", class_getitem, NativeKind::ClassMethod),
    ];
    let ty = native::new_type(vm, module, "deque", "collections", methods, false);
    vm.set_type_attr(&ty, "__hash__", Value::None);
    native::add_property(vm, &ty, "maxlen", maxlen_get, maxlen_set);
    // `match` takes a deque for a sequence (Py_TPFLAGS_SEQUENCE).
    let td = pvm_vm::types::data(&ty);
    td.flags.set(td.flags.get() | pvm_vm::types::SEQUENCE);
    for (name, methods) in [
        ("_deque_iterator", ITER_METHODS),
        ("_deque_reverse_iterator", ITER_METHODS),
    ] {
        native::new_type(vm, module, name, "_collections", methods, true);
    }
}

/// The state of a deque.
struct Deque {
    items: RefCell<VecDeque<Value>>,
    /// None: unbounded.
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of size, so iterators notice.
    state: Cell<u64>,
}

impl Extension for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.borrow().iter().for_each(visit);
    }
}

impl Deque {
    fn new(maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Appends on the right, dropping from the left past maxlen (the
    /// dropped item is returned, to be freed after the borrow ends).
    fn push_back(&self, v: Value) -> Option<Value> {
        self.touch();
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => Some(v),
            Some(m) => {
                items.push_back(v);
                (items.len() > m).then(|| items.pop_front()).flatten()
            }
            None => {
                items.push_back(v);
                None
            }
        }
    }

    /// Appends on the left, dropping from the right past maxlen.
    fn push_front(&self, v: Value) -> Option<Value> {
        self.touch();
        let mut items = self.items.borrow_mut();
        match self.maxlen.get() {
            Some(0) => Some(v),
            Some(m) => {
                items.push_front(v);
                (items.len() > m).then(|| items.pop_back()).flatten()
            }
            None => {
                items.push_front(v);
                None
            }
        }
    }

    /// A copy of the items (to read while Python code may run).
    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Empties the deque; the old items are returned, to free outside
    /// the borrow (their `__del__` may touch the deque).
    fn take_all(&self) -> VecDeque<Value> {
        self.touch();
        std::mem::take(&mut *self.items.borrow_mut())
    }
}

/// The deque state of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Deque> {
    receiver::<Deque>(vm, args, CLASS, method)
}

/// The one argument of a METH_O method ("deque.append() takes exactly
/// one argument").
fn one_arg(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    cargs::one(vm, args, ("deque", method))
}

/// Checks a METH_NOARGS method.
fn no_args(vm: &mut Vm, args: &Args, method: &str) -> PyResult<()> {
    cargs::noargs(vm, args, ("deque", method))
}

/// The maxlen argument: None or a non-negative int.
fn maxlen_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if v.is_none() || v.is_null() {
        return Ok(None);
    }
    if !cargs::has_index(vm, v) || matches!(v, Value::Float(_)) {
        return Err(vm.type_error("an integer is required"));
    }
    let n = cargs::ssize(vm, v)?;
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque.
fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "deque")?;
    Ok(vm.new_extension(&cls, Deque::new(None)))
}

/// `deque.__init__(self, iterable=(), maxlen=None)`.
fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__init__")?;
    let [iterable, maxlen] = cargs::keywords(vm, &args, "deque", ["iterable", "maxlen"], 0, 0)?;
    let maxlen = maxlen_arg(vm, &maxlen)?;
    me.maxlen.set(maxlen);
    if me.len() > 0 {
        drop(me.take_all());
    }
    if !iterable.is_null() {
        extend_right(vm, &args.values[0], &iterable)?;
    }
    Ok(Value::None)
}

/// Appends every item of `iterable` on the right of the deque `d`.
fn extend_right(vm: &mut Vm, d: &Value, iterable: &Value) -> PyResult<()> {
    extend_with(vm, d, iterable, Deque::push_back)
}

/// Appends every item of `iterable` to `d` with `push` (a deque extended
/// with itself takes a copy first).
fn extend_with(
    vm: &mut Vm,
    d: &Value,
    iterable: &Value,
    push: fn(&Deque, Value) -> Option<Value>,
) -> PyResult<()> {
    let source = if iterable.is(d) {
        let items = deque_of(d).map(Deque::snapshot).unwrap_or_default();
        vm.new_list(items)
    } else {
        iterable.clone()
    };
    let it = vm.iter(&source)?;
    while let Some(item) = vm.next(&it)? {
        let Some(me) = deque_of(d) else {
            break;
        };
        drop(push(me, item));
    }
    Ok(())
}

/// The deque state of a value, if it is a deque.
fn deque_of(v: &Value) -> Option<&Deque> {
    pvm_vm::extension::state::<Deque>(v)
}

/// `append(x)`.
fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "append")?;
    let v = one_arg(vm, &args, "append")?;
    drop(me.push_back(v));
    Ok(Value::None)
}

/// `appendleft(x)`.
fn appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "appendleft")?;
    let v = one_arg(vm, &args, "appendleft")?;
    drop(me.push_front(v));
    Ok(Value::None)
}

/// `pop()` and `popleft()`.
fn pop_end(vm: &mut Vm, args: &Args, method: &str, left: bool) -> PyResult<Value> {
    let me = this(vm, args, method)?;
    no_args(vm, args, method)?;
    let item = {
        let mut items = me.items.borrow_mut();
        if left {
            items.pop_front()
        } else {
            items.pop_back()
        }
    };
    match item {
        Some(v) => {
            me.touch();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

/// `pop()`.
fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_end(vm, &args, "pop", false)
}

/// `popleft()`.
fn popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_end(vm, &args, "popleft", true)
}

/// `extend(iterable)`.
fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "extend")?;
    let it = one_arg(vm, &args, "extend")?;
    extend_right(vm, &args.values[0], &it)?;
    Ok(Value::None)
}

/// `extendleft(iterable)`: each item appended on the left in turn.
fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "extendleft")?;
    let it = one_arg(vm, &args, "extendleft")?;
    extend_with(vm, &args.values[0], &it, Deque::push_front)?;
    Ok(Value::None)
}

/// `clear()`.
fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "clear")?;
    no_args(vm, &args, "clear")?;
    drop(me.take_all());
    Ok(Value::None)
}

/// A copy of the deque `d`: a new deque for a deque, `type(d)(d[,
/// maxlen])` for a subclass (which must return a deque).
fn copy_of(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let Some(me) = deque_of(d) else {
        return Err(vm.type_error("deque expected"));
    };
    let ty = vm.type_of(d).clone();
    // The native class itself (immutable); a Python subclass is called.
    if pvm_vm::types::data(&ty).has(pvm_vm::types::IMMUTABLE) {
        let new = Deque::new(me.maxlen.get());
        *new.items.borrow_mut() = me.items.borrow().clone();
        return Ok(vm.new_extension(&ty, new));
    }
    let mut call_args = vec![d.clone()];
    if let Some(m) = me.maxlen.get() {
        call_args.push(Value::Int(m as i64));
    }
    let r = vm.call(&Value::Obj(ty), call_args)?;
    if deque_of(&r).is_none() {
        let (tn, rn) = (vm.type_name(d), vm.type_name(&r));
        return Err(vm.type_error(format!("{tn}() must return a deque, not {rn}")));
    }
    Ok(r)
}

/// `copy()` and `__copy__()`.
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "copy")?;
    no_args(vm, &args, "copy")?;
    copy_of(vm, &args.values[0])
}

/// Visits the items from `start` to `stop` comparing each with `x`
/// (identity first, as CPython); the index of the first equal one.
/// `mutated` is the error for a deque changed by a comparison.
fn find(
    vm: &mut Vm,
    me: &Deque,
    x: &Value,
    range: std::ops::Range<usize>,
    mutated: fn(&mut Vm) -> PyErr,
) -> PyResult<Option<usize>> {
    let state = me.state.get();
    for i in range {
        let Some(item) = me.items.borrow().get(i).cloned() else {
            break;
        };
        let equal = item.is(x) || vm.eq(&item, x)?;
        if me.state.get() != state {
            return Err(mutated(vm));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// The RuntimeError of a deque changed while it was being read.
fn mutated_iteration(vm: &mut Vm) -> PyErr {
    vm.new_error("RuntimeError", "deque mutated during iteration")
}

/// `count(x)`.
fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, "count")?;
    let state = me.state.get();
    let mut n = 0;
    for i in 0..me.len() {
        let Some(item) = me.items.borrow().get(i).cloned() else {
            break;
        };
        if item.is(&x) || vm.eq(&item, &x)? {
            n += 1;
        }
        if me.state.get() != state {
            return Err(mutated_iteration(vm));
        }
    }
    Ok(Value::Int(n))
}

/// A start or stop of `index`: an int, clamped as a slice bound.
fn bound(vm: &mut Vm, v: &Value, len: usize, default: usize) -> PyResult<usize> {
    if v.is_null() {
        return Ok(default);
    }
    if v.is_none() || !cargs::has_index(vm, v) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = cargs::slice_index(vm, v)?.unwrap_or(0);
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

/// `index(x[, start[, stop]])`.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "index")?;
    let v = cargs::varargs(vm, &args, ("deque", "index"), 1, 3)?;
    let len = me.len();
    let start = bound(vm, v.get(1).unwrap_or(&Value::Null), len, 0)?;
    let stop = bound(vm, v.get(2).unwrap_or(&Value::Null), len, len)?;
    match find(vm, me, &v[0], start..stop.max(start), mutated_iteration)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&v[0])?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

/// `insert(i, x)`: like list.insert; a full bounded deque refuses.
fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "insert")?;
    let v = cargs::varargs(vm, &args, ("deque", "insert"), 2, 2)?;
    let i = cargs::ssize(vm, &v[0])?;
    let len = me.len();
    if me.maxlen.get() == Some(len) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let len = len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    me.touch();
    me.items.borrow_mut().insert(at, v[1].clone());
    Ok(Value::None)
}

/// `remove(x)`: deletes the first item equal to x.
fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "remove")?;
    let found = find(vm, me, &x, 0..me.len(), |vm| {
        vm.index_error("deque mutated during iteration")
    })?;
    let Some(i) = found else {
        let r = vm.repr(&x)?;
        return Err(vm.value_error(format!("{r} is not in deque")));
    };
    me.touch();
    let old = me.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

/// `reverse()`, in place.
fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "reverse")?;
    no_args(vm, &args, "reverse")?;
    me.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

/// `rotate(n=1)`: n steps to the right (to the left when negative).
fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "rotate")?;
    native::no_kwargs(vm, &args, "deque.rotate")?;
    let v = &args.values[1..];
    if v.len() > 1 {
        let msg = pvm_vm::args::count_message("deque.rotate", 0, 1, v.len());
        return Err(vm.type_error(msg));
    }
    let n = match v.first() {
        Some(n) => cargs::ssize(vm, n)?,
        None => 1,
    };
    let mut items = me.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

/// `len(d)`.
fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__len__")?;
    Ok(Value::Int(me.len() as i64))
}

/// The position of item `i` (negative from the end), or "deque index
/// out of range".
fn position(vm: &mut Vm, me: &Deque, key: &Value) -> PyResult<usize> {
    if !cargs::has_index(vm, key) {
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let i = cargs::ssize(vm, key)?;
    let len = me.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(i as usize)
}

/// `d[i]`.
fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__getitem__")?;
    let key = cargs::wrapper_one(vm, &args, "__getitem__")?;
    let i = position(vm, me, &key)?;
    let item = me.items.borrow().get(i).cloned();
    item.ok_or_else(|| vm.index_error("deque index out of range"))
}

/// `d[i] = x`.
fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__setitem__")?;
    let v = cargs::positional(vm, &args, ("deque", "__setitem__"), 2, 2)?;
    let i = position(vm, me, &v[0])?;
    let old = me
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, v[1].clone()));
    drop(old);
    Ok(Value::None)
}

/// `del d[i]`.
fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__delitem__")?;
    let key = cargs::wrapper_one(vm, &args, "__delitem__")?;
    let i = position(vm, me, &key)?;
    me.touch();
    let old = me.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

/// `x in d`.
fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__contains__")?;
    let x = cargs::wrapper_one(vm, &args, "__contains__")?;
    let found = find(vm, me, &x, 0..me.len(), mutated_iteration)?;
    Ok(Value::Bool(found.is_some()))
}

/// `repr(d)`: `deque([...])`, `, maxlen=N)` when bounded; a deque inside
/// itself prints as `[...]`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let d = &args.values[0];
    let addr = d.as_obj().map_or(0, |o| o.addr());
    let ty = vm.type_of(d).clone();
    let name = pvm_vm::types::name(&ty);
    let items = me.snapshot();
    let maxlen = me.maxlen.get();
    let s = native::repr_guard(vm, addr, "[...]", |vm| {
        let inner = native::join_reprs(vm, &items)?;
        Ok(match maxlen {
            Some(m) => format!("{name}([{inner}], maxlen={m})"),
            None => format!("{name}([{inner}])"),
        })
    })?;
    Ok(vm.new_str(s))
}

/// Compares two deques as sequences (CPython's deque_richcompare):
/// NotImplemented unless both are deques.
fn compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let me = this(vm, args, op.dunder())?;
    let other = cargs::wrapper_one(vm, args, op.dunder())?;
    let Some(them) = deque_of(&other) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let same = args.values[0].is(&other);
    let (a, b) = (me.snapshot(), them.snapshot());
    match op {
        CmpOp::Eq if same || a.len() != b.len() => return Ok(Value::Bool(same)),
        CmpOp::Ne if same || a.len() != b.len() => return Ok(Value::Bool(!same)),
        _ => {}
    }
    for (x, y) in a.iter().zip(&b) {
        if !(x.is(y) || vm.eq(x, y)?) {
            return vm.compare(x, y, op);
        }
    }
    Ok(Value::Bool(op.test(a.len().cmp(&b.len()))))
}

/// Defines the six comparison methods.
macro_rules! comparisons {
    ($($fname:ident = $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                compare(vm, &args, CmpOp::$op)
            }
        )*
    };
}

comparisons! {
    eq = Eq;
    ne = Ne;
    lt = Lt;
    le = Le;
    gt = Gt;
    ge = Ge;
}

/// `d + other`: a copy of d extended with the deque other.
fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__add__")?;
    let other = cargs::wrapper_one(vm, &args, "__add__")?;
    if deque_of(&other).is_none() {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{tn}\") to deque"
        )));
    }
    let new = copy_of(vm, &args.values[0])?;
    extend_right(vm, &new, &other)?;
    Ok(new)
}

/// `d += iterable`.
fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iadd__")?;
    let other = cargs::wrapper_one(vm, &args, "__iadd__")?;
    extend_right(vm, &args.values[0], &other)?;
    Ok(args.values[0].clone())
}

/// Repeats the items of `me` in place `n` times; a bounded deque keeps
/// the last maxlen items of the repetition (without building the rest).
fn repeat_in_place(vm: &mut Vm, me: &Deque, n: i64) -> PyResult<()> {
    let len = me.len();
    if n <= 0 || len == 0 {
        drop(me.take_all());
        return Ok(());
    }
    let total = (len as u128) * (n as u128);
    let keep = match me.maxlen.get() {
        Some(m) => total.min(m as u128),
        None => total,
    };
    if keep > (isize::MAX as u128) / 16 {
        return Err(vm.new_error("MemoryError", ""));
    }
    let items = me.snapshot();
    let skip = total - keep;
    let new: VecDeque<Value> = (0..keep)
        .map(|k| items[((skip + k) % len as u128) as usize].clone())
        .collect();
    me.touch();
    let old = std::mem::replace(&mut *me.items.borrow_mut(), new);
    drop(old);
    Ok(())
}

/// The repeat count of `d * n`: None lets a Python class's `__rmul__`
/// answer; other operands get the sequence-repeat error.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if !cargs::has_index(vm, v) {
        if cargs::defer_to_class(vm, v) {
            return Ok(None);
        }
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    Ok(Some(cargs::ssize(vm, v)?))
}

/// `d * n` and `n * d`.
fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__mul__")?;
    let n = cargs::wrapper_one(vm, &args, "__mul__")?;
    let Some(n) = repeat_count(vm, &n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let new = copy_of(vm, &args.values[0])?;
    if let Some(d) = deque_of(&new) {
        repeat_in_place(vm, d, n)?;
    }
    Ok(new)
}

/// `d *= n`.
fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__imul__")?;
    let n = cargs::wrapper_one(vm, &args, "__imul__")?;
    let Some(n) = repeat_count(vm, &n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    repeat_in_place(vm, me, n)?;
    Ok(args.values[0].clone())
}

/// `d.__reduce__()`: `(type, () or ((), maxlen), __dict__ or None,
/// iter(d))`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__reduce__")?;
    let d = args.values[0].clone();
    let ty = Value::Obj(vm.type_of(&d).clone());
    let init = match me.maxlen.get() {
        Some(m) => {
            let empty = vm.new_tuple(vec![]);
            vm.new_pair(empty, Value::Int(m as i64))
        }
        None => vm.new_tuple(vec![]),
    };
    let dict = match d.as_obj().and_then(|o| o.dict.borrow().clone()) {
        Some(dict) if pvm_vm::ops::seq::native_len(&dict) != Some(0) => Value::Obj(dict),
        _ => Value::None,
    };
    let it = vm.iter(&d)?;
    Ok(vm.new_tuple(vec![ty, init, dict, it]))
}

/// `deque[T]`.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let item = cargs::one(vm, &args, "deque.__class_getitem__")?;
    pvm_vm::builtins::functions::generic_alias(vm, args.values[0].clone(), item)
}

/// `d.maxlen`.
fn maxlen_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "maxlen")?;
    Ok(me
        .maxlen
        .get()
        .map_or(Value::None, |m| Value::Int(m as i64)))
}

/// `d.maxlen = x`: a getset without setter in CPython.
fn maxlen_set(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.attribute_error(format!(
        "attribute 'maxlen' of '{CLASS}' objects is not writable"
    )))
}

// ---------------------------------------------------------------------------
// Iterators

/// The methods of both iterator classes.
const ITER_METHODS: &native::Methods = &[
    ("__iter__", iter_self, NativeKind::Method),
    ("__next__", iter_next, NativeKind::Method),
    ("__length_hint__", iter_length_hint, NativeKind::Method),
];

/// A deque iterator: the deque, how many items are left, the next
/// position (from the left, or from the right when reversed), and the
/// deque's state when it began.
struct DequeIter {
    deque: Value,
    left: Cell<usize>,
    pos: Cell<usize>,
    reverse: bool,
    state: u64,
}

impl Extension for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }

    fn next_item(&self, vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
}

/// A new iterator over the deque `d`.
fn new_iter(vm: &mut Vm, d: &Value, reverse: bool) -> PyResult<Value> {
    let Some(me) = deque_of(d) else {
        return Err(vm.type_error("deque expected"));
    };
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    let module = pvm_vm::import::import_full(vm, "_collections")?;
    let Value::Obj(ty) = vm.get_attr_str(&module, name)? else {
        return Err(vm.type_error("deque iterator type missing"));
    };
    let state = DequeIter {
        deque: d.clone(),
        left: Cell::new(me.len()),
        pos: Cell::new(0),
        reverse,
        state: me.state.get(),
    };
    Ok(vm.new_extension(&ty, state))
}

/// `iter(d)`.
fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    new_iter(vm, &args.values[0], false)
}

/// `reversed(d)`.
fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__reversed__")?;
    no_args(vm, &args, "__reversed__")?;
    new_iter(vm, &args.values[0], true)
}

/// The iterator state of a method's receiver.
fn iter_state<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a DequeIter> {
    receiver::<DequeIter>(vm, args, "_collections._deque_iterator", "__next__")
}

/// `iter(it)`: the iterator itself.
fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_state(vm, &args)?;
    Ok(args.values[0].clone())
}

impl DequeIter {
    /// The next item (None at the end); RuntimeError if the deque changed
    /// size.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(d) = deque_of(&self.deque) else {
            return Ok(None);
        };
        if d.state.get() != self.state {
            self.left.set(0);
            return Err(mutated_iteration(vm));
        }
        if self.left.get() == 0 {
            return Ok(None);
        }
        let items = d.items.borrow();
        let i = if self.reverse {
            items.len().checked_sub(self.pos.get() + 1)
        } else {
            Some(self.pos.get())
        };
        let item = i.and_then(|i| items.get(i).cloned());
        drop(items);
        self.pos.set(self.pos.get() + 1);
        self.left.set(self.left.get() - 1);
        Ok(item)
    }
}

/// `next(it)`.
fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_state(vm, &args)?;
    match it.step(vm)? {
        Some(v) => Ok(v),
        None => Err(native::stop(vm)),
    }
}

/// `it.__length_hint__()`: the items left.
fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_state(vm, &args)?;
    Ok(Value::Int(it.left.get() as i64))
}
