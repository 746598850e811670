//! The iterators over one input: accumulate, compress, dropwhile,
//! takewhile, filterfalse, starmap and islice.

use super::{clear, next_in, next_of, set, Class, NativeIter};
use crate::native;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::ops::BinOp;
use pvm_vm::payload::{Extension, Payload};
use pvm_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// The classes of this file.
pub(super) fn classes() -> Vec<Class> {
    let class = |name, new, next| Class {
        name,
        new,
        next,
        subclassable: true,
        extra: &[],
    };
    vec![
        class("accumulate", accumulate_new, next_of::<Accumulate>),
        class("compress", compress_new, next_of::<Compress>),
        class("dropwhile", dropwhile_new, next_of::<DropWhile>),
        class("takewhile", takewhile_new, next_of::<TakeWhile>),
        class("filterfalse", filterfalse_new, next_of::<FilterFalse>),
        class("starmap", starmap_new, next_of::<StarMap>),
        class("islice", islice_new, next_of::<ISlice>),
    ]
}

/// `accumulate(iterable, func=None, *, initial=None)`: the source, the
/// function (None: `+`), the running total (Null before the first) and
/// the initial value still to give.
struct Accumulate {
    it: RefCell<Value>,
    func: Value,
    total: RefCell<Value>,
    initial: RefCell<Value>,
}

impl Extension for Accumulate {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it.borrow());
        visit(&self.func);
        visit(&self.total.borrow());
        visit(&self.initial.borrow());
    }
}

impl NativeIter for Accumulate {
    const CLASS: &'static str = "itertools.accumulate";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        let initial = self.initial.replace(Value::Null);
        if !initial.is_null() {
            set(&self.total, initial.clone());
            return Ok(Some(initial));
        }
        let Some(item) = next_in(vm, &self.it)? else {
            return Ok(None);
        };
        let total = self.total.borrow().clone();
        let new = if total.is_null() {
            item
        } else if self.func.is_none() || self.func.is_null() {
            vm.binary_op(&total, &item, BinOp::Add, false)?
        } else {
            vm.call(&self.func, [total, item])?
        };
        set(&self.total, new.clone());
        Ok(Some(new))
    }
}

/// `accumulate.__new__(cls, iterable, func=None, *, initial=None)`.
fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "accumulate")?;
    let npos = args.values.len() - args.nkw() - 1;
    if npos > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({npos} given)"
        )));
    }
    let [iterable, func, initial] = cargs::keywords(
        vm,
        &args,
        "accumulate",
        ["iterable", "func", "initial"],
        0,
        1,
    )?;
    let it = vm.iter(&iterable)?;
    let initial = if initial.is_none() {
        Value::Null
    } else {
        initial
    };
    let state = Accumulate {
        it: RefCell::new(it),
        func: if func.is_null() { Value::None } else { func },
        total: RefCell::new(Value::Null),
        initial: RefCell::new(initial),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `compress(data, selectors)`.
struct Compress {
    data: RefCell<Value>,
    selectors: RefCell<Value>,
}

impl Extension for Compress {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.data.borrow());
        visit(&self.selectors.borrow());
    }
}

impl NativeIter for Compress {
    const CLASS: &'static str = "itertools.compress";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        loop {
            let Some(datum) = next_in(vm, &self.data)? else {
                return Ok(None);
            };
            let Some(selector) = next_in(vm, &self.selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&selector)? {
                return Ok(Some(datum));
            }
        }
    }
}

/// `compress.__new__(cls, data, selectors)`.
fn compress_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "compress")?;
    let [data, selectors] = cargs::keywords(vm, &args, "compress", ["data", "selectors"], 0, 2)?;
    let data = vm.iter(&data)?;
    let selectors = vm.iter(&selectors)?;
    let state = Compress {
        data: RefCell::new(data),
        selectors: RefCell::new(selectors),
    };
    Ok(vm.new_extension(&cls, state))
}

/// The two arguments of the predicate iterators: (function, iterator).
fn predicate_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    let v = cargs::positional(vm, args, name, 2, 2)?;
    let it = vm.iter(&v[1])?;
    Ok((v[0].clone(), it))
}

/// `dropwhile(predicate, iterable)`.
struct DropWhile {
    func: Value,
    it: RefCell<Value>,
    dropping: Cell<bool>,
}

impl Extension for DropWhile {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it.borrow());
    }
}

impl NativeIter for DropWhile {
    const CLASS: &'static str = "itertools.dropwhile";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        loop {
            let Some(item) = next_in(vm, &self.it)? else {
                return Ok(None);
            };
            if !self.dropping.get() {
                return Ok(Some(item));
            }
            let verdict = vm.call(&self.func, [item.clone()])?;
            if !vm.truthy(&verdict)? {
                self.dropping.set(false);
                return Ok(Some(item));
            }
        }
    }
}

/// `dropwhile.__new__(cls, predicate, iterable)`.
fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "dropwhile")?;
    let (func, it) = predicate_args(vm, &args, "dropwhile")?;
    let state = DropWhile {
        func,
        it: RefCell::new(it),
        dropping: Cell::new(true),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `takewhile(predicate, iterable)`.
struct TakeWhile {
    func: Value,
    it: RefCell<Value>,
    stopped: Cell<bool>,
}

impl Extension for TakeWhile {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it.borrow());
    }
}

impl NativeIter for TakeWhile {
    const CLASS: &'static str = "itertools.takewhile";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let Some(item) = next_in(vm, &self.it)? else {
            return Ok(None);
        };
        let verdict = vm.call(&self.func, [item.clone()])?;
        if vm.truthy(&verdict)? {
            return Ok(Some(item));
        }
        self.stopped.set(true);
        Ok(None)
    }
}

/// `takewhile.__new__(cls, predicate, iterable)`.
fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "takewhile")?;
    let (func, it) = predicate_args(vm, &args, "takewhile")?;
    let state = TakeWhile {
        func,
        it: RefCell::new(it),
        stopped: Cell::new(false),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `filterfalse(function or None, iterable)`.
struct FilterFalse {
    func: Value,
    it: RefCell<Value>,
}

impl Extension for FilterFalse {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it.borrow());
    }
}

impl NativeIter for FilterFalse {
    const CLASS: &'static str = "itertools.filterfalse";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        loop {
            let Some(item) = next_in(vm, &self.it)? else {
                return Ok(None);
            };
            let verdict = if self.func.is_none() {
                vm.truthy(&item)?
            } else {
                let r = vm.call(&self.func, [item.clone()])?;
                vm.truthy(&r)?
            };
            if !verdict {
                return Ok(Some(item));
            }
        }
    }
}

/// `filterfalse.__new__(cls, function, iterable)`.
fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "filterfalse")?;
    let (func, it) = predicate_args(vm, &args, "filterfalse")?;
    let state = FilterFalse {
        func,
        it: RefCell::new(it),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `starmap(function, iterable)`.
struct StarMap {
    func: Value,
    it: RefCell<Value>,
}

impl Extension for StarMap {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it.borrow());
    }
}

impl NativeIter for StarMap {
    const CLASS: &'static str = "itertools.starmap";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        let Some(item) = next_in(vm, &self.it)? else {
            return Ok(None);
        };
        let call_args = match item.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vm.to_vec(&item)?,
        };
        Ok(Some(vm.call(&self.func, call_args)?))
    }
}

/// `starmap.__new__(cls, function, iterable)`.
fn starmap_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "starmap")?;
    let (func, it) = predicate_args(vm, &args, "starmap")?;
    let state = StarMap {
        func,
        it: RefCell::new(it),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `islice(iterable, [start,] stop[, step])`: the source (Null when done),
/// the index of the next item to give, the bound (-1: none), the step,
/// and how many items were read.
struct ISlice {
    it: RefCell<Value>,
    next: Cell<i64>,
    stop: i64,
    step: i64,
    count: Cell<i64>,
}

impl Extension for ISlice {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it.borrow());
    }
}

impl NativeIter for ISlice {
    const CLASS: &'static str = "itertools.islice";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        // Skip to the next index to give.
        while self.count.get() < self.next.get() {
            if next_in(vm, &self.it)?.is_none() {
                return Ok(None);
            }
            self.count.set(self.count.get() + 1);
        }
        if self.stop != -1 && self.count.get() >= self.stop {
            clear(&self.it);
            return Ok(None);
        }
        let Some(item) = next_in(vm, &self.it)? else {
            return Ok(None);
        };
        self.count.set(self.count.get() + 1);
        let old = self.next.get();
        let mut next = old.saturating_add(self.step);
        if next < old || (self.stop != -1 && next > self.stop) {
            next = self.stop;
        }
        self.next.set(next);
        Ok(Some(item))
    }
}

/// An index argument of islice: None, or an int in 0..=sys.maxsize (-1
/// when it is neither, as `PyNumber_AsSsize_t` failing gives).
fn islice_index(vm: &mut Vm, v: &Value, none: i64) -> PyResult<i64> {
    if v.is_none() {
        return Ok(none);
    }
    if !cargs::has_index(vm, v) {
        return Ok(-1);
    }
    match cargs::ssize(vm, v) {
        Ok(i) => Ok(i),
        Err(e) if vm.error_is(&e, "OverflowError") || vm.error_is(&e, "TypeError") => Ok(-1),
        Err(e) => Err(e),
    }
}

/// `islice.__new__(cls, iterable, stop)` or `(cls, iterable, start, stop[, step])`.
fn islice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let cls = native::new_class(vm, &args, "islice")?;
    let v = cargs::positional(vm, &args, "islice", 2, 4)?;
    let (start, stop) = if v.len() == 2 {
        (0, islice_index(vm, &v[1], -1)?)
    } else {
        (islice_index(vm, &v[1], 0)?, islice_index(vm, &v[2], -1)?)
    };
    if stop == -1 && !v[v.len().min(3) - 1].is_none() {
        return Err(vm.value_error(STOP));
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(INDICES));
    }
    let step = match v.get(3) {
        Some(s) if !s.is_none() => islice_index(vm, s, 1)?,
        _ => 1,
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&v[0])?;
    let state = ISlice {
        it: RefCell::new(it),
        next: Cell::new(start),
        stop,
        step,
        count: Cell::new(0),
    };
    Ok(vm.new_extension(&cls, state))
}
