//! The `_heapq` module: the heap operations on lists, in CPython's
//! order of comparisons (only `<`), with its checks for lists that change
//! size while a comparison runs Python code. merge, nlargest and
//! nsmallest are Python (python/heapq.py).

use crate::native::{one, positional};
use pvm_vm::args::Args;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;

/// Fills in the `_heapq` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("heapify", heapify),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("_heapify_max", heapify_max),
    ];
    vm.add_functions(module, FUNCTIONS);
    Ok(())
}

/// The items of a list argument, or "name() argument N must be list".
fn list_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => {
            let tn = crate::native::arg_type_name(vm, v);
            Err(vm.type_error(format!("{what} must be list, not {tn}")))
        }
    }
}

/// Which order a heap keeps: the least item first, or the greatest.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

impl Order {
    /// Whether `a` must sit above `b` in the heap (`a < b` for a
    /// min-heap, `b < a` for a max-heap).
    fn before(self, vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        match self {
            Order::Min => vm.lt(a, b),
            Order::Max => vm.lt(b, a),
        }
    }
}

/// Errors unless the list still has `size` items after a comparison.
fn check_size(vm: &mut Vm, heap: &RefCell<Vec<Value>>, size: usize) -> PyResult<()> {
    if heap.borrow().len() != size {
        return Err(vm.new_error("RuntimeError", "list changed size during iteration"));
    }
    Ok(())
}

/// The item at `i`, or IndexError if a comparison shrank the list.
fn at(vm: &mut Vm, heap: &RefCell<Vec<Value>>, i: usize) -> PyResult<Value> {
    match heap.borrow().get(i) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.index_error("index out of range")),
    }
}

/// Moves the item at `pos` up towards `start` until its parent is not
/// after it.
fn sift_down(
    vm: &mut Vm,
    heap: &RefCell<Vec<Value>>,
    start: usize,
    mut pos: usize,
    order: Order,
) -> PyResult<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let item = at(vm, heap, pos)?;
        let parent = at(vm, heap, parent_pos)?;
        let up = order.before(vm, &item, &parent)?;
        check_size(vm, heap, size)?;
        if !up {
            break;
        }
        heap.borrow_mut().swap(parent_pos, pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf, always taking the child that
/// comes first, then back up to where it belongs.
fn sift_up(vm: &mut Vm, heap: &RefCell<Vec<Value>>, mut pos: usize, order: Order) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let left = at(vm, heap, child)?;
            let right = at(vm, heap, child + 1)?;
            let left_first = order.before(vm, &left, &right)?;
            check_size(vm, heap, end)?;
            if !left_first {
                child += 1;
            }
        }
        heap.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos, order)
}

/// `heappush(heap, item)`.
fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_heapq.heappush", 2, 2)?;
    let heap = list_arg(vm, &v[0], "heappush() argument 1")?;
    heap.borrow_mut().push(v[1].clone());
    let last = heap.borrow().len() - 1;
    sift_down(vm, heap, 0, last, Order::Min)?;
    Ok(Value::None)
}

/// `heappop(heap)` and `_heappop_max(heap)`: removes and returns the top.
fn pop_top(vm: &mut Vm, args: &Args, name: &str, order: Order) -> PyResult<Value> {
    let v = one(vm, args, &format!("_heapq.{name}"))?;
    let heap = list_arg(vm, v, &format!("{name}() argument"))?;
    let Some(last) = heap.borrow_mut().pop() else {
        return Err(vm.index_error("index out of range"));
    };
    if heap.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], last);
    sift_up(vm, heap, 0, order)?;
    Ok(top)
}

/// `heappop(heap)`.
fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_top(vm, &args, "heappop", Order::Min)
}

/// `_heappop_max(heap)`.
fn heappop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_top(vm, &args, "_heappop_max", Order::Max)
}

/// `heapreplace(heap, item)` and `_heapreplace_max`: pops the top, then
/// pushes `item`.
fn replace_top(vm: &mut Vm, args: &Args, name: &str, order: Order) -> PyResult<Value> {
    let v = positional(vm, args, &format!("_heapq.{name}"), 2, 2)?;
    let heap = list_arg(vm, &v[0], &format!("{name}() argument 1"))?;
    let top = match heap.borrow_mut().first_mut() {
        Some(slot) => std::mem::replace(slot, v[1].clone()),
        None => return Err(vm.index_error("index out of range")),
    };
    sift_up(vm, heap, 0, order)?;
    Ok(top)
}

/// `heapreplace(heap, item)`.
fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_top(vm, &args, "heapreplace", Order::Min)
}

/// `_heapreplace_max(heap, item)`.
fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_top(vm, &args, "_heapreplace_max", Order::Max)
}

/// `heappushpop(heap, item)`: pushes `item`, then pops the top (item
/// itself when it would be the top).
fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_heapq.heappushpop", 2, 2)?;
    let heap = list_arg(vm, &v[0], "heappushpop() argument 1")?;
    let item = v[1].clone();
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(item);
    };
    if !vm.lt(&top, &item)? {
        return Ok(item);
    }
    let top = match heap.borrow_mut().first_mut() {
        Some(slot) => std::mem::replace(slot, item),
        None => return Err(vm.index_error("index out of range")),
    };
    sift_up(vm, heap, 0, Order::Min)?;
    Ok(top)
}

/// `heapify(heap)` and `_heapify_max(heap)`: orders a list into a heap
/// in place, sifting every parent from the last one back to the root.
fn make_heap(vm: &mut Vm, args: &Args, name: &str, order: Order) -> PyResult<Value> {
    let v = one(vm, args, &format!("_heapq.{name}"))?;
    let heap = list_arg(vm, v, &format!("{name}() argument"))?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i, order)?;
    }
    Ok(Value::None)
}

/// `heapify(heap)`.
fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_heap(vm, &args, "heapify", Order::Min)
}

/// `_heapify_max(heap)`.
fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_heap(vm, &args, "_heapify_max", Order::Max)
}
