//! Private functions of `_random` that random.py imports instead of
//! `math`, `os.urandom`, `operator.index` and `hashlib.sha512`, so the
//! module stands alone. The float functions call the platform libm
//! through Rust's f64 methods, as CPython's math module does, and raise
//! math's errors, so results and exceptions are the same.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pvm_vm::args::Args;
use pvm_vm::builtins::numbers::to_f64;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{PyResult, Value, Vm};
use sha2::{Digest, Sha512};
use std::io::Read;

/// The helpers, as (name, function) for `Vm::add_functions`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_log", log),
    ("_exp", exp),
    ("_sqrt", sqrt),
    ("_cos", cos),
    ("_sin", sin),
    ("_acos", acos),
    ("_isfinite", isfinite),
    ("_index", index),
    ("_sha512", sha512),
    ("_urandom", urandom),
];

fn domain_error(vm: &mut Vm) -> pvm_vm::ObjRef {
    vm.value_error("math domain error")
}

/// The one float argument of `name`.
fn one_float(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let vals = args.check(vm, name, 1, 1)?;
    let v = vals[0].clone();
    to_f64(vm, &v)
}

/// math.log's natural logarithm of one argument: ints (even past the
/// float range) are taken exactly, not through float().
fn ln_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let big = match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(b) = big {
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(f.ln());
        }
        // Too large for a float: log(m * 2**e) = log(m) + e*log(2).
        let shift = b.bits().saturating_sub(64);
        let top = (&b >> shift).to_u64().unwrap_or(u64::MAX) as f64;
        return Ok(top.ln() + std::f64::consts::LN_2 * shift as f64);
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(x.ln())
}

/// `log(x[, base])` as math.log computes it.
fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let vals = args.check(vm, "log", 1, 2)?.to_vec();
    let num = ln_of(vm, &vals[0])?;
    if let Some(base) = vals.get(1) {
        let den = ln_of(vm, base)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(vm.float(num / den));
    }
    Ok(vm.float(num))
}

/// `exp(x)`: OverflowError when a finite argument overflows.
fn exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "exp")?;
    let r = x.exp();
    if x.is_finite() && r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.float(r))
}

/// `sqrt(x)`: ValueError below zero.
fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(domain_error(vm));
    }
    Ok(vm.float(x.sqrt()))
}

/// `cos(x)`: ValueError for infinities.
fn cos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "cos")?;
    if x.is_infinite() {
        return Err(domain_error(vm));
    }
    Ok(vm.float(x.cos()))
}

/// `sin(x)`: ValueError for infinities.
fn sin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "sin")?;
    if x.is_infinite() {
        return Err(domain_error(vm));
    }
    Ok(vm.float(x.sin()))
}

/// `acos(x)`: ValueError outside [-1, 1].
fn acos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "acos")?;
    if x.abs() > 1.0 {
        return Err(domain_error(vm));
    }
    Ok(vm.float(x.acos()))
}

/// `isfinite(x)`.
fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, &args, "isfinite")?;
    Ok(Value::Bool(x.is_finite()))
}

/// `operator.index(v)`.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let vals = args.check(vm, "index", 1, 1)?;
    let v = vals[0].clone();
    vm.index_value(&v)
}

/// The SHA-512 digest of bytes or a bytearray, as bytes.
fn sha512(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let vals = args.check(vm, "sha512", 1, 1)?;
    let digest = match vals[0].payload() {
        Some(Payload::Bytes(b)) => Sha512::digest(b),
        Some(Payload::ByteArray(b)) => Sha512::digest(b.borrow().as_slice()),
        _ => {
            let tn = vm.type_name(&vals[0]);
            return Err(vm.type_error(format!(
                "object supporting the buffer API required, not '{tn}'"
            )));
        }
    };
    Ok(vm.new_bytes(digest.to_vec()))
}

/// Fills `buf` from the OS's entropy source.
fn os_random(buf: &mut [u8]) -> std::io::Result<()> {
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

/// `os.urandom(n)`.
fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let vals = args.check(vm, "urandom", 1, 1)?;
    let v = vals[0].clone();
    let n = vm.index(&v)?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative argument not allowed"));
    };
    // A size no allocator can give is a MemoryError, not an abort.
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(vm.new_error("MemoryError", ""));
    }
    buf.resize(n, 0);
    if let Err(e) = os_random(&mut buf) {
        return Err(vm.new_error("OSError", e.to_string()));
    }
    Ok(vm.new_bytes(buf))
}

/// The key `seed(None)` uses: 624 words of OS entropy, or, when the OS
/// has none to give, the time, the process id and a stack address.
pub fn entropy_key() -> Vec<u32> {
    let mut buf = vec![0u8; super::mt::N * 4];
    if os_random(&mut buf).is_ok() {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let marker = 0u8;
    let addr = &marker as *const u8 as usize as u64;
    vec![
        now as u32,
        (now >> 32) as u32,
        std::process::id(),
        addr as u32,
        (addr >> 32) as u32,
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn entropy_key_is_long_enough() {
        assert!(super::entropy_key().len() >= 5);
    }
}
