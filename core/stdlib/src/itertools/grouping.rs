//! groupby (with its `_grouper` groups) and tee (with the `_tee`
//! iterators and the `_tee_dataobject` blocks they share).

use super::{class_named, next_in, next_of, same, set, Class, NativeIter};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// The classes of this file.
pub(super) fn classes() -> Vec<Class> {
    vec![
        Class {
            name: "groupby",
            new: groupby_new,
            next: next_of::<GroupBy>,
            subclassable: true,
            extra: &[],
        },
        Class {
            name: "_grouper",
            new: no_new,
            next: next_of::<Grouper>,
            subclassable: false,
            extra: &[],
        },
        Class {
            name: "_tee",
            new: tee_new,
            next: next_of::<Tee>,
            subclassable: false,
            extra: &[("__copy__", tee_copy, NativeKind::Method)],
        },
        Class {
            name: "_tee_dataobject",
            new: no_new,
            next: no_next,
            subclassable: false,
            extra: &[],
        },
    ]
}

/// `__new__` of the helper classes Python code does not create.
fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "itertools")?;
    let name = pvm_vm::types::name(&cls);
    Err(vm.type_error(format!("cannot create 'itertools.{name}' instances")))
}

/// `__next__` of `_tee_dataobject`, which is not an iterator.
fn no_next(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("'itertools._tee_dataobject' object is not an iterator"))
}

/// `groupby(iterable, key=None)`: the source, the key function, the key
/// of the group being handed out, the current item and its key (Null
/// before reading), and the address of the one live group.
struct GroupBy {
    it: RefCell<Value>,
    key: Value,
    target: RefCell<Value>,
    current_key: RefCell<Value>,
    current: RefCell<Value>,
    group: Cell<usize>,
}

impl Extension for GroupBy {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it.borrow());
        visit(&self.key);
        visit(&self.target.borrow());
        visit(&self.current_key.borrow());
        visit(&self.current.borrow());
    }
}

impl GroupBy {
    /// Reads the next item and its key; false when the source is done.
    fn advance(&self, vm: &mut Vm) -> PyResult<bool> {
        let Some(item) = next_in(vm, &self.it)? else {
            return Ok(false);
        };
        let key = if self.key.is_none() {
            item.clone()
        } else {
            vm.call(&self.key, [item.clone()])?
        };
        set(&self.current, item);
        set(&self.current_key, key);
        Ok(true)
    }
}

impl NativeIter for GroupBy {
    const CLASS: &'static str = "itertools.groupby";

    fn step(&self, vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        self.group.set(0);
        // Skip the rest of the current group.
        loop {
            let current_key = self.current_key.borrow().clone();
            if !current_key.is_null() {
                let target = self.target.borrow().clone();
                if target.is_null() || !same(vm, &target, &current_key)? {
                    break;
                }
            }
            if !self.advance(vm)? {
                return Ok(None);
            }
        }
        let key = self.current_key.borrow().clone();
        set(&self.target, key.clone());
        let cls = class_named(vm, "_grouper")?;
        let grouper = vm.new_extension(
            &cls,
            Grouper {
                parent: this.clone(),
                key: key.clone(),
            },
        );
        self.group.set(grouper.as_obj().map_or(0, |o| o.addr()));
        Ok(Some(vm.new_pair(key, grouper)))
    }
}

/// `groupby.__new__(cls, iterable, key=None)`.
fn groupby_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "groupby")?;
    let [iterable, key] = cargs::keywords(vm, &args, "groupby", ["iterable", "key"], 0, 1)?;
    let it = vm.iter(&iterable)?;
    let state = GroupBy {
        it: RefCell::new(it),
        key: if key.is_null() { Value::None } else { key },
        target: RefCell::new(Value::Null),
        current_key: RefCell::new(Value::Null),
        current: RefCell::new(Value::Null),
        group: Cell::new(0),
    };
    Ok(vm.new_extension(&cls, state))
}

/// A group of groupby: the groupby object and the group's key.
struct Grouper {
    parent: Value,
    key: Value,
}

impl Extension for Grouper {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.parent);
        visit(&self.key);
    }
}

impl NativeIter for Grouper {
    const CLASS: &'static str = "itertools._grouper";

    fn step(&self, vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let Some(parent) = pvm_vm::extension::state::<GroupBy>(&self.parent) else {
            return Ok(None);
        };
        // Only the newest group gives items; an older one is finished.
        let me = this.as_obj().map_or(0, |o| o.addr());
        if parent.group.get() != me {
            return Ok(None);
        }
        if parent.current.borrow().is_null() && !parent.advance(vm)? {
            return Ok(None);
        }
        let current_key = parent.current_key.borrow().clone();
        if !same(vm, &self.key, &current_key)? {
            return Ok(None);
        }
        let item = parent.current.replace(Value::Null);
        Ok(Some(item))
    }
}

/// How many items one `_tee_dataobject` block holds (CPython's LINKCELLS).
const BLOCK: usize = 57;

/// A block of items read from the source a tee shares: the source, the
/// items read so far into this block, the next block (Null until
/// needed), and whether a read is running (a source that reads the tee
/// itself must not re-enter).
struct TeeData {
    it: Value,
    items: RefCell<Vec<Value>>,
    next: RefCell<Value>,
    running: Cell<bool>,
}

impl Extension for TeeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        self.items.borrow().iter().for_each(&mut *visit);
        visit(&self.next.borrow());
    }
}

/// A new data block over the iterator `it`.
fn new_block(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let cls = class_named(vm, "_tee_dataobject")?;
    let data = TeeData {
        it,
        items: RefCell::new(Vec::new()),
        next: RefCell::new(Value::Null),
        running: Cell::new(false),
    };
    Ok(vm.new_extension(&cls, data))
}

/// A tee iterator: the block it reads and its position there.
struct Tee {
    data: RefCell<Value>,
    index: Cell<usize>,
}

impl Extension for Tee {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.data.borrow());
    }
}

impl NativeIter for Tee {
    const CLASS: &'static str = "itertools._tee";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        if self.index.get() >= BLOCK {
            let data = self.data.borrow().clone();
            let Some(block) = pvm_vm::extension::state::<TeeData>(&data) else {
                return Ok(None);
            };
            let mut next = block.next.borrow().clone();
            if next.is_null() {
                next = new_block(vm, block.it.clone())?;
                set(&block.next, next.clone());
            }
            set(&self.data, next);
            self.index.set(0);
        }
        let data = self.data.borrow().clone();
        let Some(block) = pvm_vm::extension::state::<TeeData>(&data) else {
            return Ok(None);
        };
        let i = self.index.get();
        let known = block.items.borrow().get(i).cloned();
        let item = match known {
            Some(v) => v,
            None => {
                if block.running.get() {
                    return Err(vm.new_error("RuntimeError", "cannot re-enter the tee iterator"));
                }
                block.running.set(true);
                let r = vm.next(&block.it);
                block.running.set(false);
                match r? {
                    Some(v) => {
                        block.items.borrow_mut().push(v.clone());
                        v
                    }
                    None => return Ok(None),
                }
            }
        };
        self.index.set(i + 1);
        Ok(Some(item))
    }
}

/// A tee over `iterable`: a copy of it when it is a tee already.
fn tee_from(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    let it = vm.iter(iterable)?;
    if let Some(t) = pvm_vm::extension::state::<Tee>(&it) {
        return copy_of(vm, &it, t);
    }
    let data = new_block(vm, it)?;
    let cls = class_named(vm, "_tee")?;
    let state = Tee {
        data: RefCell::new(data),
        index: Cell::new(0),
    };
    Ok(vm.new_extension(&cls, state))
}

/// A new tee at the same position as `t` (the object `v`).
fn copy_of(vm: &mut Vm, v: &Value, t: &Tee) -> PyResult<Value> {
    let cls = vm.type_of(v).clone();
    let state = Tee {
        data: RefCell::new(t.data.borrow().clone()),
        index: Cell::new(t.index.get()),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `_tee(iterable)`.
fn tee_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::new_class(vm, &args, "_tee")?;
    let v = cargs::positional(vm, &args, "_tee", 1, 1)?;
    tee_from(vm, &v[0])
}

/// `_tee.__copy__()`.
fn tee_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<Tee>(vm, &args, Tee::CLASS, "__copy__")?;
    cargs::noargs(vm, &args, ("_tee", "__copy__"))?;
    copy_of(vm, &args.values[0], me)
}

/// `tee(iterable, n=2)`: n independent iterators over one source.
pub(super) fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = native::positional(vm, &args, "itertools.tee", 1, 2)?;
    let n = match v.get(1) {
        Some(n) => cargs::ssize(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(vec![]));
    }
    let it = vm.iter(&v[0])?;
    let copy_key = vm.intern("__copy__");
    let (first, copier) = match vm.get_attr_opt(&it, &copy_key)? {
        Some(copier) => (it, copier),
        None => {
            let first = tee_from(vm, &it)?;
            let copier = vm.get_attr(&first, &copy_key)?;
            (first, copier)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(vm.call(&copier, [])?);
    }
    Ok(vm.new_tuple(out))
}
