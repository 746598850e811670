//! The `_bisect` module: binary search and sorted insertion, native
//! because programs call them in inner loops. Comparisons use only `<`,
//! in CPython's order, with keys applied to the sequence's items.

use crate::native;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Fills in the `_bisect` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("bisect_right", bisect_right),
        ("bisect_left", bisect_left),
        ("insort_right", insort_right),
        ("insort_left", insort_left),
    ];
    vm.add_functions(module, FUNCTIONS);
    Ok(())
}

/// The parsed arguments `(a, x, lo=0, hi=None, *, key=None)`.
struct Search {
    seq: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Value,
}

/// Parses the arguments of `name`; `hi` None (or -1) means `len(a)`.
fn parse(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Search> {
    let npos = args.values.len() - args.nkw();
    if npos > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 4 positional arguments ({npos} given)"
        )));
    }
    let [seq, x, lo, hi, key] =
        native::keywords(vm, args, name, ["a", "x", "lo", "hi", "key"], 0, 2)?;
    let lo = if lo.is_null() {
        0
    } else {
        cargs::ssize(vm, &lo)?
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = if hi.is_null() || hi.is_none() {
        -1
    } else if cargs::has_index(vm, &hi) {
        cargs::ssize(vm, &hi)?
    } else {
        let tn = vm.type_name(&hi);
        return Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")));
    };
    let hi = if hi == -1 { vm.len(&seq)? as i64 } else { hi };
    let key = if key.is_null() { Value::None } else { key };
    Ok(Search {
        seq,
        x,
        lo,
        hi,
        key,
    })
}

/// The item at `i` of the sequence (`PySequence_GetItem`).
fn item_at(vm: &mut Vm, seq: &Value, i: i64) -> PyResult<Value> {
    if let Some(Payload::List(l)) = seq.payload() {
        if let Some(v) = usize::try_from(i)
            .ok()
            .and_then(|i| l.borrow().get(i).cloned())
        {
            return Ok(v);
        }
    }
    vm.get_item(seq, &Value::Int(i))
}

/// The insertion point of `s.x` in `s.seq[lo:hi]`: after equal items
/// when `right`, before them otherwise.
fn search(vm: &mut Vm, s: &Search, x: &Value, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = item_at(vm, &s.seq, mid)?;
        if !s.key.is_none() {
            item = vm.call(&s.key, [item])?;
        }
        let go_left = if right {
            vm.lt(x, &item)?
        } else {
            !vm.lt(&item, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `bisect_right(a, x, lo=0, hi=None, *, key=None)`.
fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = parse(vm, &args, "bisect_right")?;
    Ok(Value::Int(search(vm, &s, &s.x, true)?))
}

/// `bisect_left(a, x, lo=0, hi=None, *, key=None)`.
fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = parse(vm, &args, "bisect_left")?;
    Ok(Value::Int(search(vm, &s, &s.x, false)?))
}

/// Inserts `x` where the search puts `key(x)` (or x): `list.insert` for
/// lists, the sequence's own `insert` otherwise.
fn insort(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, args, name)?;
    let probe = if s.key.is_none() {
        s.x.clone()
    } else {
        vm.call(&s.key, [s.x.clone()])?
    };
    let at = search(vm, &s, &probe, right)?;
    vm.call_method(&s.seq, "insert", vec![Value::Int(at), s.x.clone()])?;
    Ok(Value::None)
}

/// `insort_right(a, x, lo=0, hi=None, *, key=None)`.
fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, &args, "insort_right", true)
}

/// `insort_left(a, x, lo=0, hi=None, *, key=None)`.
fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, &args, "insort_left", false)
}
