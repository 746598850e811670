//! The `_random` module: the Mersenne Twister behind `random`
//! (python/random.py), with CPython's seeding, state tuples and
//! messages, plus private helpers random.py needs while `os`, `operator`
//! and `hashlib` are not there to import.

mod helpers;
mod mt;

use mt::{Mt, N};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use pvm_vm::args::Args;
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::types;
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;

/// The state of a `_random.Random` instance (boxed once, with the object).
struct RandomState {
    mt: RefCell<Mt>,
}

impl Extension for RandomState {}

/// Fills in the `_random` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let methods: &[(&'static str, NativeFn, NativeKind)] = &[
        ("__new__", random_new, NativeKind::StaticMethod),
        ("__init__", random_init, NativeKind::Method),
        ("random", random_random, NativeKind::Method),
        ("seed", random_seed, NativeKind::Method),
        ("getstate", random_getstate, NativeKind::Method),
        ("setstate", random_setstate, NativeKind::Method),
        ("getrandbits", random_getrandbits, NativeKind::Method),
    ];
    let cls = vm.new_extension_type("Random", "_random", vec![], methods);
    let doc =
        vm.new_str("Random() -> create a random number generator with its own internal state.");
    vm.set_type_attr(&cls, "__doc__", doc);
    vm.set_attr_direct(module, "Random", Value::Obj(cls));
    let doc = vm.new_str("Module implements the Mersenne Twister random number generator.");
    vm.set_attr_direct(module, "__doc__", doc);
    vm.add_functions(module, helpers::FUNCTIONS);
    Ok(())
}

/// Whether `t` is `_random.Random` itself: the class whose own `__new__`
/// is [`random_new`] (found by address: every built-in type has a native
/// `__new__` of its own, and a Python class may copy ours).
fn is_random_base(vm: &mut Vm, t: &ObjRef) -> bool {
    match vm.lookup_special(t, "__new__") {
        Some(Value::Obj(f)) => match &f.payload {
            Payload::Native(n) => {
                n.func as usize == random_new as NativeFn as usize
                    && n.owner.as_ref().is_some_and(|o| o.is(t))
            }
            _ => false,
        },
        _ => false,
    }
}

/// `Random.__new__(cls, *args, **kwargs)`: an unseeded generator (all
/// zeros, as CPython's generic allocation leaves it); `__init__` seeds.
fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "_random.Random.__new__(X): X is not a type object ({tn})"
            )));
        }
        None => return Err(vm.type_error("_random.Random.__new__(): not enough arguments")),
    };
    let mro = types::data(&cls).mro.borrow().clone();
    if !mro.iter().any(|t| is_random_base(vm, t)) {
        let n = types::name(&cls);
        return Err(vm.type_error(format!(
            "_random.Random.__new__({n}): {n} is not a subtype of _random.Random"
        )));
    }
    let state = RandomState {
        mt: RefCell::new(Mt::zeroed()),
    };
    Ok(vm.new_extension(&cls, state))
}

/// The generator of `v`, or CPython's error for a receiver of another type.
fn this<'a>(vm: &mut Vm, v: &'a Value, method: &str) -> PyResult<&'a RandomState> {
    match pvm_vm::extension::state::<RandomState>(v) {
        Some(s) => Ok(s),
        None => Err(pvm_vm::builtins::cargs::foreign_receiver(
            vm,
            v,
            "_random.Random",
            method,
        )),
    }
}

/// Checks a method's argument count (the receiver not counted) with
/// CPython's messages for argument-clinic methods of `_random.Random`.
fn check_args(vm: &mut Vm, args: &Args, method: &str, max: usize) -> PyResult<()> {
    if args.pos().is_empty() {
        return Err(vm.type_error(format!(
            "unbound method Random.{method}() needs an argument"
        )));
    }
    if args.nkw() > 0 {
        return Err(vm.type_error(format!("Random.{method}() takes no keyword arguments")));
    }
    let given = args.values.len().saturating_sub(1);
    let msg = match max {
        0 if given > 0 => format!("Random.{method}() takes no arguments ({given} given)"),
        1 if given != 1 && method != "seed" => {
            format!("Random.{method}() takes exactly one argument ({given} given)")
        }
        1 if given > 1 => format!("{method} expected at most 1 argument, got {given}"),
        _ => return Ok(()),
    };
    Err(vm.type_error(msg))
}

/// `Random.__init__(self, [n])`: seeds like `seed(n)`. Keywords are
/// refused unless a Python subclass defines its own `__init__`.
fn random_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(me) = pos.first() else {
        return Err(
            vm.type_error("descriptor '__init__' of '_random.Random' object needs an argument")
        );
    };
    this(vm, me, "__init__")?;
    if args.nkw() > 0 {
        let ty = vm.type_of(me).clone();
        let native_init = match vm.lookup_special(&ty, "__init__") {
            Some(Value::Obj(f)) => match &f.payload {
                Payload::Native(n) => n.owner.as_ref().is_some_and(|o| is_random_base(vm, o)),
                _ => false,
            },
            _ => false,
        };
        if native_init {
            return Err(vm.type_error("Random() takes no keyword arguments"));
        }
    }
    if pos.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let arg = pos.get(1).cloned().unwrap_or(Value::None);
    seed_with(vm, me, &arg)?;
    Ok(Value::None)
}

/// `Random.random()`: a float in [0, 1).
fn random_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, &args, "random", 0)?;
    let st = this(vm, &args.values[0], "random")?;
    let f = st.mt.borrow_mut().random();
    Ok(Value::Float(f))
}

/// `Random.seed([n])`: int seeds use every bit of `abs(n)`, None takes
/// OS entropy, anything else its hash.
fn random_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, &args, "seed", 1)?;
    let arg = args.values.get(1).cloned().unwrap_or(Value::None);
    seed_with(vm, &args.values[0], &arg)?;
    Ok(Value::None)
}

/// Seeds the generator `me` from `arg`. The key is computed first: a
/// `__hash__` written in Python may use the generator itself.
fn seed_with(vm: &mut Vm, me: &Value, arg: &Value) -> PyResult<()> {
    this(vm, me, "seed")?;
    let key = seed_key(vm, arg)?;
    let st = this(vm, me, "seed")?;
    st.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

/// The `init_by_array` key for a seed: the 32-bit words of `abs(n)`,
/// least significant first, for an int; of the hash (as an unsigned
/// 64-bit number) for other objects; OS entropy for None.
fn seed_key(vm: &mut Vm, arg: &Value) -> PyResult<Vec<u32>> {
    let magnitude: BigUint = match arg {
        Value::None => return Ok(helpers::entropy_key()),
        Value::Int(i) => BigUint::from(i.unsigned_abs()),
        Value::Bool(b) => BigUint::from(*b as u32),
        Value::Obj(o) => match &o.payload {
            // int subclasses too: CPython applies int.__abs__, never theirs.
            Payload::Int(b) => b.magnitude().clone(),
            _ => BigUint::from(vm.hash(arg)? as u64),
        },
        _ => BigUint::from(vm.hash(arg)? as u64),
    };
    let mut key = magnitude.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    Ok(key)
}

/// `Random.getstate()`: 624 words and the index, as ints in a tuple.
fn random_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, &args, "getstate", 0)?;
    let st = this(vm, &args.values[0], "getstate")?;
    let mt = st.mt.borrow();
    let mut items: Vec<Value> = Vec::with_capacity(N + 1);
    items.extend(mt.words.iter().map(|&w| Value::Int(w as i64)));
    items.push(Value::Int(mt.index as i64));
    drop(mt);
    Ok(vm.new_tuple(items))
}

/// `Random.setstate(state)`: restores what `getstate()` returned.
fn random_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, &args, "setstate", 1)?;
    this(vm, &args.values[0], "setstate")?;
    let items: Vec<Value> = match args.values[1].payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(&items) {
        *w = state_word(vm, v)?;
    }
    // The index goes through __index__ (CPython's PyLong_AsLong).
    let index = vm.index_value(&items[N])?;
    let index = match pvm_vm::ops::num::as_bigint(&index).and_then(|b| b.to_i64()) {
        Some(i) => i,
        None => return Err(vm.overflow_error("Python int too large to convert to C long")),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let st = this(vm, &args.values[0], "setstate")?;
    let mut mt = st.mt.borrow_mut();
    mt.words = words;
    mt.index = index as usize;
    Ok(Value::None)
}

/// One state word: an int (no `__index__`) in the unsigned long range,
/// kept modulo 2**32, as CPython's setstate converts it.
fn state_word(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let b = match v {
        Value::Int(i) if *i >= 0 => return Ok(*i as u32),
        Value::Bool(b) => return Ok(*b as u32),
        Value::Int(i) => BigInt::from(*i),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.clone(),
            _ => return Err(vm.type_error("an integer is required")),
        },
        _ => return Err(vm.type_error("an integer is required")),
    };
    if b.is_negative() {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    match b.to_u64() {
        Some(u) => Ok(u as u32),
        None => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
    }
}

/// `Random.getrandbits(k)`: an int of `k` random bits, filled 32 bits at
/// a time from the least significant word (the last word keeps its top bits).
fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, &args, "getrandbits", 1)?;
    this(vm, &args.values[0], "getrandbits")?;
    let k = match &args.values[1] {
        Value::Int(i) => *i,
        v => {
            let i = vm.index_value(v)?;
            pvm_vm::ops::num::as_bigint(&i)
                .and_then(|b| b.to_i64())
                .unwrap_or(i64::MAX)
        }
    };
    let Ok(k) = i32::try_from(k) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let st = this(vm, &args.values[0], "getrandbits")?;
    let mut mt = st.mt.borrow_mut();
    let k = k as u32;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int((mt.next_u32() >> (32 - k)) as i64));
    }
    if k <= 64 {
        let lo = mt.next_u32() as u64;
        let hi = (mt.next_u32() >> (64 - k)) as u64;
        let v = (hi << 32) | lo;
        drop(mt);
        return Ok(match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int_big(BigInt::from(v)),
        });
    }
    let nwords = (k as usize).div_ceil(32);
    let mut words: Vec<u32> = (0..nwords).map(|_| mt.next_u32()).collect();
    drop(mt);
    let spare = nwords as u32 * 32 - k;
    if let Some(last) = words.last_mut() {
        *last >>= spare;
    }
    Ok(vm.new_int_big(BigInt::from_biguint(Sign::Plus, BigUint::new(words))))
}
