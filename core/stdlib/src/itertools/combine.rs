//! The iterators over several inputs: chain (and chain.from_iterable),
//! zip_longest and pairwise.

use super::{clear, next_in, next_of, set, Class, NativeIter};
use crate::native;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// The classes of this file.
pub(super) fn classes() -> Vec<Class> {
    vec![
        Class {
            name: "chain",
            new: chain_new,
            next: next_of::<Chain>,
            subclassable: true,
            extra: &[
                (
                    "from_iterable",
                    chain_from_iterable,
                    NativeKind::ClassMethod,
                ),
                (
                    "__class_getitem__",
                    chain_class_getitem,
                    NativeKind::ClassMethod,
                ),
            ],
        },
        Class {
            name: "zip_longest",
            new: zip_longest_new,
            next: next_of::<ZipLongest>,
            subclassable: true,
            extra: &[],
        },
        Class {
            name: "pairwise",
            new: pairwise_new,
            next: next_of::<Pairwise>,
            subclassable: true,
            extra: &[],
        },
    ]
}

/// `chain(*iterables)`: the iterator over the iterables (Null when they
/// are used up) and the iterator of the current one (Null between).
struct Chain {
    source: RefCell<Value>,
    active: RefCell<Value>,
}

impl Extension for Chain {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.source.borrow());
        visit(&self.active.borrow());
    }
}

impl NativeIter for Chain {
    const CLASS: &'static str = "itertools.chain";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        loop {
            if let Some(item) = next_in(vm, &self.active)? {
                return Ok(Some(item));
            }
            let Some(iterable) = next_in(vm, &self.source)? else {
                return Ok(None);
            };
            let it = vm.iter(&iterable)?;
            set(&self.active, it);
        }
    }
}

/// A chain of class `cls` over the iterables `source` gives.
fn new_chain(vm: &mut Vm, cls: &pvm_vm::ObjRef, source: Value) -> Value {
    let state = Chain {
        source: RefCell::new(source),
        active: RefCell::new(Value::Null),
    };
    vm.new_extension(cls, state)
}

/// `chain.__new__(cls, *iterables)`.
fn chain_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "chain")?;
    native::no_kwargs(vm, &args, "chain")?;
    let iterables = vm.new_tuple(args.values[1..].to_vec());
    let source = vm.iter(&iterables)?;
    Ok(new_chain(vm, &cls, source))
}

/// `chain.from_iterable(iterable)`: a chain over the iterables it gives.
fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "chain")?;
    let iterable = cargs::one(vm, &args, ("chain", "from_iterable"))?;
    let source = vm.iter(&iterable)?;
    Ok(new_chain(vm, &cls, source))
}

/// `chain[T]`.
fn chain_class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let item = cargs::one(vm, &args, ("chain", "__class_getitem__"))?;
    pvm_vm::builtins::functions::generic_alias(vm, args.values[0].clone(), item)
}

/// `zip_longest(*iterables, fillvalue=None)`: the iterators (Null once
/// exhausted), how many still give items, and the fill value.
struct ZipLongest {
    its: Vec<RefCell<Value>>,
    active: Cell<usize>,
    fill: Value,
}

impl Extension for ZipLongest {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.its.iter().for_each(|it| visit(&it.borrow()));
        visit(&self.fill);
    }
}

impl NativeIter for ZipLongest {
    const CLASS: &'static str = "itertools.zip_longest";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        if self.its.is_empty() || self.active.get() == 0 {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(self.its.len());
        for slot in &self.its {
            if slot.borrow().is_null() {
                row.push(self.fill.clone());
                continue;
            }
            match next_in(vm, slot)? {
                Some(item) => row.push(item),
                None => {
                    self.active.set(self.active.get() - 1);
                    if self.active.get() == 0 {
                        return Ok(None);
                    }
                    row.push(self.fill.clone());
                }
            }
        }
        Ok(Some(vm.new_tuple(row)))
    }
}

/// `zip_longest.__new__(cls, *iterables, fillvalue=None)`.
fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "zip_longest")?;
    let mut fill = Value::None;
    for (name, v) in args.kwargs() {
        if name != "fillvalue" {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut its = Vec::new();
    for iterable in &args.pos()[1..] {
        its.push(RefCell::new(vm.iter(iterable)?));
    }
    let state = ZipLongest {
        active: Cell::new(its.len()),
        its,
        fill,
    };
    Ok(vm.new_extension(&cls, state))
}

/// `pairwise(iterable)`: the source (Null when done) and the item kept
/// from the previous pair.
struct Pairwise {
    it: RefCell<Value>,
    old: RefCell<Value>,
}

impl Extension for Pairwise {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it.borrow());
        visit(&self.old.borrow());
    }
}

impl NativeIter for Pairwise {
    const CLASS: &'static str = "itertools.pairwise";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        let mut old = self.old.borrow().clone();
        if old.is_null() {
            match next_in(vm, &self.it)? {
                Some(first) => {
                    set(&self.old, first.clone());
                    old = first;
                }
                None => return Ok(None),
            }
        }
        let Some(new) = next_in(vm, &self.it)? else {
            clear(&self.old);
            return Ok(None);
        };
        set(&self.old, new.clone());
        Ok(Some(vm.new_pair(old, new)))
    }
}

/// `pairwise.__new__(cls, iterable)`.
fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "pairwise")?;
    let v = cargs::positional(vm, &args, "pairwise", 1, 1)?;
    let it = vm.iter(&v[0])?;
    let state = Pairwise {
        it: RefCell::new(it),
        old: RefCell::new(Value::Null),
    };
    Ok(vm.new_extension(&cls, state))
}
