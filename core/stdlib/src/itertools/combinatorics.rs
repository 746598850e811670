//! product, permutations, combinations and combinations_with_replacement:
//! index vectors over the input tuples, in CPython's (lexicographic)
//! order. Each reads its inputs whole when created.

use super::{next_of, Class, NativeIter};
use crate::native;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
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
        class("product", product_new, next_of::<Product>),
        class("permutations", permutations_new, next_of::<Arrangements>),
        class("combinations", combinations_new, next_of::<Arrangements>),
        class(
            "combinations_with_replacement",
            cwr_new,
            next_of::<Arrangements>,
        ),
    ]
}

/// `product(*iterables, repeat=1)`: the pools, the index into each, and
/// whether the first tuple was given / the end reached.
struct Product {
    pools: Vec<Vec<Value>>,
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    done: Cell<bool>,
}

impl Extension for Product {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(visit);
    }
}

impl NativeIter for Product {
    const CLASS: &'static str = "itertools.product";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let mut indices = self.indices.borrow_mut();
        if !self.started.get() {
            self.started.set(true);
            if self.pools.iter().any(Vec::is_empty) {
                self.done.set(true);
                return Ok(None);
            }
        } else {
            // Odometer: bump the last index, carrying leftwards.
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    self.done.set(true);
                    return Ok(None);
                }
                i -= 1;
                indices[i] += 1;
                if indices[i] < self.pools[i].len() {
                    break;
                }
                indices[i] = 0;
            }
        }
        let row = self
            .pools
            .iter()
            .zip(indices.iter())
            .map(|(pool, &i)| pool[i].clone())
            .collect();
        drop(indices);
        Ok(Some(vm.new_tuple(row)))
    }
}

/// The items of an iterable, as a tuple would hold them.
fn pool_of(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    match iterable.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => vm.to_vec(iterable),
    }
}

/// `product.__new__(cls, *iterables, repeat=1)`.
fn product_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "product")?;
    let mut repeat = 1;
    for (name, v) in args.kwargs() {
        if name != "repeat" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for product()"
            )));
        }
        let v = v.clone();
        repeat = cargs::ssize(vm, &v)?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::new();
    for iterable in &args.pos()[1..] {
        pools.push(pool_of(vm, iterable)?);
    }
    let total = pools.len().saturating_mul(repeat as usize);
    if pools.len().checked_mul(repeat as usize).is_none() || total > isize::MAX as usize / 64 {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
    let state = Product {
        indices: RefCell::new(vec![0; pools.len()]),
        pools,
        started: Cell::new(false),
        done: Cell::new(false),
    };
    Ok(vm.new_extension(&cls, state))
}

/// Which selections an [`Arrangements`] iterator gives.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Permutations,
    Combinations,
    WithReplacement,
}

/// permutations, combinations and combinations_with_replacement: the
/// pool, the size r, the index vector, the cycle counters (permutations
/// only), and whether the first selection was given / the end reached.
struct Arrangements {
    kind: Kind,
    pool: Vec<Value>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    started: Cell<bool>,
    done: Cell<bool>,
}

impl Extension for Arrangements {
    super::next_item!();

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(visit);
    }
}

impl Arrangements {
    fn new(kind: Kind, pool: Vec<Value>, r: usize) -> Arrangements {
        let n = pool.len();
        let (indices, cycles, empty) = match kind {
            Kind::Permutations => (
                (0..n).collect(),
                (n.saturating_sub(r) + 1..=n).rev().collect(),
                r > n,
            ),
            Kind::Combinations => ((0..r).collect(), Vec::new(), r > n),
            Kind::WithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
        };
        Arrangements {
            kind,
            pool,
            r,
            indices: RefCell::new(indices),
            cycles: RefCell::new(cycles),
            started: Cell::new(false),
            done: Cell::new(empty),
        }
    }

    /// Moves the indices to the next selection; false after the last.
    fn advance(&self) -> bool {
        let (n, r) = (self.pool.len(), self.r);
        let mut indices = self.indices.borrow_mut();
        match self.kind {
            Kind::Permutations => {
                let mut cycles = self.cycles.borrow_mut();
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        // Rotate indices[i..] left by one.
                        indices[i..].rotate_left(1);
                        cycles[i] = n - i;
                    } else {
                        let j = n - cycles[i];
                        indices.swap(i, j);
                        return true;
                    }
                }
                false
            }
            Kind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                    return false;
                };
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                    return false;
                };
                let v = indices[i] + 1;
                indices[i..].iter_mut().for_each(|x| *x = v);
                true
            }
        }
    }
}

impl NativeIter for Arrangements {
    const CLASS: &'static str = "itertools.permutations";

    fn step(&self, vm: &mut Vm, _this: &Value) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        if self.started.get() {
            if !self.advance() {
                self.done.set(true);
                return Ok(None);
            }
        } else {
            self.started.set(true);
        }
        let row = self.indices.borrow()[..self.r]
            .iter()
            .map(|&i| self.pool[i].clone())
            .collect();
        Ok(Some(vm.new_tuple(row)))
    }
}

/// A non-negative r ("r must be non-negative").
fn size_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = cargs::ssize(vm, v)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

/// `permutations.__new__(cls, iterable, r=None)`.
fn permutations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "permutations")?;
    let [iterable, r] = cargs::keywords(vm, &args, "permutations", ["iterable", "r"], 0, 1)?;
    let pool = pool_of(vm, &iterable)?;
    let r = if r.is_null() || r.is_none() {
        pool.len()
    } else {
        let is_int = matches!(r, Value::Int(_) | Value::Bool(_))
            || matches!(r.payload(), Some(Payload::Int(_)));
        if !is_int {
            return Err(vm.type_error("Expected int as r"));
        }
        size_arg(vm, &r)?
    };
    let state = Arrangements::new(Kind::Permutations, pool, r);
    Ok(vm.new_extension(&cls, state))
}

/// The `(iterable, r)` arguments of the two combinations classes.
fn combination_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Vec<Value>, usize)> {
    let [iterable, r] = cargs::keywords(vm, args, name, ["iterable", "r"], 0, 2)?;
    let pool = pool_of(vm, &iterable)?;
    Ok((pool, size_arg(vm, &r)?))
}

/// `combinations.__new__(cls, iterable, r)`.
fn combinations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "combinations")?;
    let (pool, r) = combination_args(vm, &args, "combinations")?;
    let state = Arrangements::new(Kind::Combinations, pool, r);
    Ok(vm.new_extension(&cls, state))
}

/// `combinations_with_replacement.__new__(cls, iterable, r)`.
fn cwr_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "combinations_with_replacement")?;
    let (pool, r) = combination_args(vm, &args, "combinations_with_replacement")?;
    let state = Arrangements::new(Kind::WithReplacement, pool, r);
    Ok(vm.new_extension(&cls, state))
}
