//! count, cycle and repeat.

use super::{next_of, Class, NativeIter};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::ops::BinOp;
use pvm_vm::payload::{Extension, NativeKind, Payload};
use pvm_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// The classes of this file.
pub(super) fn classes() -> Vec<Class> {
    vec![
        Class {
            name: "count",
            new: count_new,
            next: next_of::<Count>,
            subclassable: true,
            extra: &[("__repr__", count_repr, NativeKind::Method)],
        },
        Class {
            name: "cycle",
            new: cycle_new,
            next: next_of::<Cycle>,
            subclassable: true,
            extra: &[],
        },
        Class {
            name: "repeat",
            new: repeat_new,
            next: next_of::<Repeat>,
            subclassable: true,
            extra: &[
                ("__repr__", repeat_repr, NativeKind::Method),
                ("__length_hint__", repeat_length_hint, NativeKind::Method),
            ],
        },
    ]
}

/// The short name of `v`'s class, as CPython's reprs of these use it.
fn short_name(vm: &Vm, v: &Value) -> String {
    pvm_vm::types::name(vm.type_of(v))
}

/// Whether `v` is a number (`PyNumber_Check`): an int, float or complex,
/// or an object with `__index__`, `__int__`, `__float__` or `__complex__`.
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(
            v.payload(),
            Some(Payload::Int(_) | Payload::Float(_) | Payload::Complex(..))
        )
    {
        return true;
    }
    let ty = vm.type_of(v).clone();
    ["__index__", "__int__", "__float__", "__complex__"]
        .iter()
        .any(|name| vm.lookup_special(&ty, name).is_some())
}

/// `count(start=0, step=1)`: the next value and the step.
struct Count {
    next: RefCell<Value>,
    step: Value,
}

impl Extension for Count {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.next.borrow());
        visit(&self.step);
    }
}

impl NativeIter for Count {
    const CLASS: &'static str = "itertools.count";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        let current = self.next.borrow().clone();
        // Small ints step without the operator protocol.
        let following = match (&current, &self.step) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binary_op(&current, &self.step, BinOp::Add, false)?,
        };
        super::set(&self.next, following);
        Ok(Some(current))
    }
}

/// `count.__new__(cls, start=0, step=1)`.
fn count_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "count")?;
    let [start, step] = cargs::keywords(vm, &args, "count", ["start", "step"], 0, 0)?;
    let start = if start.is_null() {
        Value::Int(0)
    } else {
        start
    };
    let step = if step.is_null() { Value::Int(1) } else { step };
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    let state = Count {
        next: RefCell::new(start),
        step,
    };
    Ok(vm.new_extension(&cls, state))
}

/// `repr(count)`: `count(n)`, with the step unless it is the int 1.
fn count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<Count>(vm, &args, Count::CLASS, "__repr__")?;
    let name = short_name(vm, &args.values[0]);
    let next = me.next.borrow().clone();
    let start = vm.repr(&next)?;
    let unit_step = match &me.step {
        Value::Int(1) | Value::Bool(true) => true,
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => *b == num_bigint::BigInt::from(1),
            _ => false,
        },
        _ => false,
    };
    let s = if unit_step {
        format!("{name}({start})")
    } else {
        let step = vm.repr(&me.step)?;
        format!("{name}({start}, {step})")
    };
    Ok(vm.new_str(s))
}

/// `cycle(iterable)`: the source (Null once exhausted), the items seen,
/// and where the replay is.
struct Cycle {
    it: RefCell<Value>,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

impl Extension for Cycle {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it.borrow());
        self.saved.borrow().iter().for_each(visit);
    }
}

impl NativeIter for Cycle {
    const CLASS: &'static str = "itertools.cycle";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        if let Some(item) = super::next_in(vm, &self.it)? {
            self.saved.borrow_mut().push(item.clone());
            return Ok(Some(item));
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.index.get() % saved.len();
        self.index.set((i + 1) % saved.len());
        Ok(Some(saved[i].clone()))
    }
}

/// `cycle.__new__(cls, iterable)`.
fn cycle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "cycle")?;
    let v = cargs::positional(vm, &args, "cycle", 1, 1)?;
    let it = vm.iter(&v[0])?;
    let state = Cycle {
        it: RefCell::new(it),
        saved: RefCell::new(Vec::new()),
        index: Cell::new(0),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `repeat(object[, times])`: the object and the repetitions left (-1:
/// forever).
struct Repeat {
    object: Value,
    left: Cell<i64>,
}

impl Extension for Repeat {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.object);
    }
}

impl NativeIter for Repeat {
    const CLASS: &'static str = "itertools.repeat";

    fn step(&self, _vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        match self.left.get() {
            0 => Ok(None),
            n => {
                if n > 0 {
                    self.left.set(n - 1);
                }
                Ok(Some(self.object.clone()))
            }
        }
    }
}

/// `repeat.__new__(cls, object, times=None)`; a negative count is 0.
fn repeat_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "repeat")?;
    let [object, times] = cargs::keywords(vm, &args, "repeat", ["object", "times"], 0, 1)?;
    let left = if times.is_null() {
        -1
    } else {
        cargs::ssize(vm, &times)?.max(0)
    };
    let state = Repeat {
        object,
        left: Cell::new(left),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `repr(repeat)`: `repeat(obj)` or `repeat(obj, left)`.
fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<Repeat>(vm, &args, Repeat::CLASS, "__repr__")?;
    let name = short_name(vm, &args.values[0]);
    let object = vm.repr(&me.object)?;
    let s = match me.left.get() {
        -1 => format!("{name}({object})"),
        n => format!("{name}({object}, {n})"),
    };
    Ok(vm.new_str(s))
}

/// `repeat.__length_hint__()`: the repetitions left; an endless repeat
/// has no length.
fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<Repeat>(vm, &args, Repeat::CLASS, "__length_hint__")?;
    match me.left.get() {
        -1 => Err(vm.type_error("len() of unsized object")),
        n => Ok(Value::Int(n)),
    }
}
