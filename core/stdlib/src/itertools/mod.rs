//! The `itertools` module, native: every iterator class of CPython 3.11
//! with its argument errors, reprs where CPython has them, and the same
//! order of calls into Python (predicates, keys, `__eq__`), so programs
//! with side effects see the same sequence.
//!
//! Every class keeps its state in `Cell`/`RefCell` fields and never holds
//! a borrow while calling Python code. `infinite` has count, cycle and
//! repeat; `filters` the one-input iterators; `combine` chain, zip_longest
//! and pairwise; `grouping` groupby and tee; `combinatorics` product,
//! permutations and the combinations.

mod combinatorics;
mod combine;
mod filters;
mod grouping;
mod infinite;

use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::payload::{Extension, NativeFn, NativeKind};
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// The `Extension::next_item` of a [`NativeIter`] class: `next()` steps
/// it directly.
macro_rules! next_item {
    () => {
        fn next_item(
            &self,
            vm: &mut pvm_vm::Vm,
            this: &pvm_vm::Value,
        ) -> Option<pvm_vm::PyResult<Option<pvm_vm::Value>>> {
            Some(super::NativeIter::step(self, vm, this))
        }
    };
}
use next_item;

/// An itertools iterator: its class name and how it steps.
pub(crate) trait NativeIter: Extension + Sized {
    /// The class name in CPython's messages ("itertools.count").
    const CLASS: &'static str;
    /// The next item, or None when exhausted; `this` is the iterator
    /// object itself.
    fn step(&self, vm: &mut Vm, this: &Value) -> PyResult<Option<Value>>;
}

/// `__next__` of a [`NativeIter`] class.
fn next_of<T: NativeIter + 'static>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<T>(vm, &args, T::CLASS, "__next__")?;
    match me.step(vm, &args.values[0])? {
        Some(v) => Ok(v),
        None => Err(native::stop(vm)),
    }
}

/// `__iter__` of every iterator class: the iterator itself.
fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values.first().cloned().unwrap_or(Value::None))
}

/// One class of the module: its name, `__new__`, `__next__`, whether
/// Python code may subclass it, and any other methods.
struct Class {
    name: &'static str,
    new: NativeFn,
    next: NativeFn,
    subclassable: bool,
    extra: &'static native::Methods,
}

/// Fills in the `itertools` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let classes = [
        infinite::classes(),
        filters::classes(),
        combine::classes(),
        grouping::classes(),
        combinatorics::classes(),
    ];
    for class in classes.into_iter().flatten() {
        let mut methods: Vec<(&'static str, NativeFn, NativeKind)> = vec![
            ("__new__", class.new, NativeKind::StaticMethod),
            ("__iter__", iter_self, NativeKind::Method),
            ("__next__", class.next, NativeKind::Method),
        ];
        methods.extend_from_slice(class.extra);
        native::new_type(
            vm,
            module,
            class.name,
            "itertools",
            &methods,
            !class.subclassable,
        );
    }
    vm.add_functions(module, &[("tee", grouping::tee)]);
    let doc = vm.new_str(
        "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n",
    );
    vm.set_attr_direct(module, "__doc__", doc);
    Ok(())
}

/// The class `name` of the itertools module (for objects one iterator
/// makes of another class, such as groupby's groups).
fn class_named(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let module = pvm_vm::import::import_full(vm, "itertools")?;
    match vm.get_attr_str(&module, name)? {
        Value::Obj(o) => Ok(o),
        _ => Err(vm.type_error(format!("itertools.{name} is missing"))),
    }
}

/// Clears a value slot (the old value is dropped after the borrow ends).
fn clear(slot: &std::cell::RefCell<Value>) {
    let old = slot.replace(Value::Null);
    drop(old);
}

/// Sets a value slot.
fn set(slot: &std::cell::RefCell<Value>, v: Value) {
    let old = slot.replace(v);
    drop(old);
}

/// The next item of the iterator in `slot`; an exhausted iterator is
/// dropped (slot set to Null), as CPython clears its reference.
fn next_in(vm: &mut Vm, slot: &std::cell::RefCell<Value>) -> PyResult<Option<Value>> {
    let it = slot.borrow().clone();
    if it.is_null() {
        return Ok(None);
    }
    let item = vm.next(&it)?;
    if item.is_none() {
        clear(slot);
    }
    Ok(item)
}

/// `a == b` as `PyObject_RichCompareBool` does it (identity first).
fn same(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}
