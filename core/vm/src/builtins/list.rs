//! `list`: constructor and methods, including the stable sort.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::List(_)) => Ok(o.clone()),
        _ => Err(crate::builtins::cargs::wrong_receiver(
            vm, args, "list", name,
        )),
    }
}

fn items(o: &ObjRef) -> &RefCell<Vec<Value>> {
    match &o.payload {
        Payload::List(l) => l,
        _ => unreachable!("not a list"),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("list.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(crate::builtins::type_::new_instance(vm, &cls)))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__init__")?;
    if args.nkw() > 0 {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    let new = match args.values.get(1) {
        Some(v) => vm.to_vec(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *items(&l).borrow_mut(), new);
    drop(old);
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "append")?;
    args.no_kwargs(vm, "list.append")?;
    if args.values.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.values.len() - 1
        )));
    }
    items(&l).borrow_mut().push(args.values[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "extend")?;
    let a = args.check(vm, "extend", 2, 2)?;
    let new = vm.to_vec(&a[1])?;
    items(&l).borrow_mut().extend(new);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "insert")?;
    let a = args.check(vm, "insert", 3, 3)?;
    let i = vm.index(&a[1])?;
    let mut v = items(&l).borrow_mut();
    let len = v.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    v.insert(at, a[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "pop")?;
    let a = args.check(vm, "pop", 1, 2)?;
    let len = items(&l).borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = if a.len() == 2 { vm.index(&a[1])? } else { -1 };
    match crate::ops::seq::norm_index(i, len) {
        Some(j) => Ok(items(&l).borrow_mut().remove(j)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn find(vm: &mut Vm, l: &ObjRef, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let v = items(l).borrow();
            if i >= stop.min(v.len()) {
                return Ok(None);
            }
            v[i].clone()
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "remove")?;
    let a = args.check(vm, "remove", 2, 2)?;
    match find(vm, &l, &a[1], 0, usize::MAX)? {
        Some(i) => {
            let old = items(&l).borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn bounds(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match a.get(2) {
        Some(v) => norm(vm.index(v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(vm.index(v)?),
        None => len,
    };
    Ok((start, stop))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "index")?;
    let a = args.check(vm, "index", 2, 4)?;
    let len = items(&l).borrow().len();
    let (start, stop) = bounds(vm, a, len)?;
    match find(vm, &l, &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&a[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "count")?;
    let a = args.check(vm, "count", 2, 2)?;
    let snapshot = items(&l).borrow().clone();
    let mut n = 0;
    for item in &snapshot {
        if vm.eq(item, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "clear")?;
    let old = std::mem::take(&mut *items(&l).borrow_mut());
    crate::object::drop_backwards(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "copy")?;
    let v = items(&l).borrow().clone();
    Ok(vm.new_list(v))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    items(&l).borrow_mut().reverse();
    Ok(Value::None)
}

/// CPython's `merge_compute_minrun`.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run starting at `lo` (reversed in place when strictly
/// descending), as CPython's `count_run` finds it, comparisons included.
fn count_run(vm: &mut Vm, v: &mut [(Value, Value)], lo: usize) -> PyResult<usize> {
    let hi = v.len();
    if lo + 1 >= hi {
        return Ok(hi - lo);
    }
    let mut n = 2;
    if vm.lt(&v[lo + 1].0, &v[lo].0)? {
        while lo + n < hi && vm.lt(&v[lo + n].0, &v[lo + n - 1].0)? {
            n += 1;
        }
        v[lo..lo + n].reverse();
    } else {
        while lo + n < hi && !vm.lt(&v[lo + n].0, &v[lo + n - 1].0)? {
            n += 1;
        }
    }
    Ok(n)
}

/// CPython's `binarysort`: extends the sorted prefix `lo..start` to `lo..hi`.
fn binary_sort(
    vm: &mut Vm,
    v: &mut [(Value, Value)],
    lo: usize,
    hi: usize,
    start: usize,
) -> PyResult<()> {
    for s in start..hi {
        let (mut l, mut r) = (lo, s);
        while l < r {
            let p = l + ((r - l) >> 1);
            if vm.lt(&v[s].0, &v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=s].rotate_right(1);
    }
    Ok(())
}

/// Stable sort with a fallible `less than`: CPython's runs and binary
/// insertion (so short lists compare exactly as CPython does), then merges.
fn merge_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let n = v.len();
    if n <= 1 {
        return Ok(v);
    }
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut len = count_run(vm, &mut v, lo)?;
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_sort(vm, &mut v, lo, lo + force, lo + len)?;
            len = force;
        }
        runs.push((lo, lo + len));
        lo += len;
    }
    let mut parts: Vec<Vec<(Value, Value)>> = Vec::with_capacity(runs.len());
    for (a, b) in runs.iter().rev() {
        parts.push(v.drain(*a..*b).collect());
    }
    parts.reverse();
    while parts.len() > 1 {
        let mut next = Vec::with_capacity(parts.len() / 2 + 1);
        let mut it = parts.into_iter();
        while let Some(left) = it.next() {
            match it.next() {
                Some(right) => next.push(merge(vm, left, right)?),
                None => next.push(left),
            }
        }
        parts = next;
    }
    Ok(parts.pop().unwrap_or_default())
}

fn merge(
    vm: &mut Vm,
    left: Vec<(Value, Value)>,
    right: Vec<(Value, Value)>,
) -> PyResult<Vec<(Value, Value)>> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut li = left.into_iter().peekable();
    let mut ri = right.into_iter().peekable();
    while let (Some(l), Some(r)) = (li.peek(), ri.peek()) {
        if vm.lt(&r.0, &l.0)? {
            out.push(ri.next().expect("peeked"));
        } else {
            out.push(li.next().expect("peeked"));
        }
    }
    out.extend(li);
    out.extend(ri);
    Ok(out)
}

/// `list.sort(*, key=None, reverse=False)`.
pub fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "sort")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = v.clone(),
            "reverse" => reverse = vm.truthy(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for sort()"))
                )
            }
        }
    }
    let values = std::mem::take(&mut *items(&l).borrow_mut());
    let mut keyed = Vec::with_capacity(values.len());
    for v in values.iter() {
        let k = if key.is_none() {
            v.clone()
        } else {
            match vm.call(&key, [v.clone()]) {
                Ok(k) => k,
                Err(e) => {
                    *items(&l).borrow_mut() = values;
                    return Err(e);
                }
            }
        };
        keyed.push((k, v.clone()));
    }
    // reverse=True is: reverse, stable sort, reverse (keeps equal keys in order).
    let mut keyed = keyed;
    if reverse {
        keyed.reverse();
    }
    let result = if keyed.iter().all(|(k, _)| matches!(k, Value::Int(_))) {
        keyed.sort_by_key(|(k, _)| if let Value::Int(i) = k { *i } else { 0 });
        Ok(keyed)
    } else if keyed
        .iter()
        .all(|(k, _)| k.as_str().is_some() && !crate::types::is_heap_type(vm.type_of(k)))
    {
        // Byte order is Python's order unless a key holds a lone
        // surrogate (crate::surrogates): one scan keeps the common sort fast.
        let surrogates = keyed
            .iter()
            .any(|(k, _)| crate::surrogates::contains(k.as_str().unwrap_or("")));
        if surrogates {
            keyed.sort_by(|a, b| {
                crate::surrogates::compare(a.0.as_str().unwrap_or(""), b.0.as_str().unwrap_or(""))
            });
        } else {
            keyed.sort_by(|a, b| a.0.as_str().unwrap_or("").cmp(b.0.as_str().unwrap_or("")));
        }
        Ok(keyed)
    } else {
        merge_sort(vm, keyed)
    };
    let result = result.map(|mut r| {
        if reverse {
            r.reverse();
        }
        r
    });
    match result {
        Ok(sorted) => {
            let modified = !items(&l).borrow().is_empty();
            *items(&l).borrow_mut() = sorted.into_iter().map(|(_, v)| v).collect();
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *items(&l).borrow_mut() = values;
            Err(e)
        }
    }
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__reversed__")?;
    let n = items(&l).borrow().len() as isize;
    let t = vm.t.list_reverseiterator.clone();
    Ok(vm.new_iter(
        &t,
        crate::iter::IterState::ListReverse {
            list: l,
            index: n - 1,
        },
    ))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__iadd__", 2, 2)?;
    crate::ops::seq::native_inplace(vm, &a[0], &a[1], crate::ops::BinOp::Add)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__imul__", 2, 2)?;
    crate::ops::seq::native_inplace(vm, &a[0], &a[1], crate::ops::BinOp::Mul)
}

/// Installs `list`'s methods.
pub fn install(vm: &mut Vm) {
    let list = vm.t.list.clone();
    vm.add_methods(
        &list,
        &[
            ("__new__", list_new, NativeKind::StaticMethod),
            ("__init__", list_init, NativeKind::Method),
            ("append", append, NativeKind::Method),
            ("extend", extend, NativeKind::Method),
            ("insert", insert, NativeKind::Method),
            ("pop", pop, NativeKind::Method),
            ("remove", remove, NativeKind::Method),
            ("index", index, NativeKind::Method),
            ("count", count, NativeKind::Method),
            ("clear", clear, NativeKind::Method),
            ("copy", copy, NativeKind::Method),
            ("reverse", reverse, NativeKind::Method),
            ("sort", list_sort, NativeKind::Method),
            ("__reversed__", reversed, NativeKind::Method),
            ("__iadd__", iadd, NativeKind::Method),
            ("__imul__", imul, NativeKind::Method),
        ],
    );
    let append_name = vm.intern("append");
    vm.list_append = crate::types::lookup_interned(&list, &append_name).unwrap_or(Value::Null);
    crate::builtins::slots::install_binops(vm, &list, &["__add__", "__mul__"]);
    crate::builtins::slots::install_compare(vm, &list);
    crate::builtins::slots::install_basic(vm, &list, false);
    crate::builtins::slots::install_container(vm, &list, true);
}
