//! Packing and unpacking single items, with the range checks and
//! messages of the functions `_struct.c` uses for each byte order (on a
//! little-endian machine `<` and `=` share the native integer packers
//! where the sizes agree).

use super::layout::Order;
use super::struct_error;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pvm_vm::payload::Payload;
use pvm_vm::{PyResult, Value, Vm};

/// How an integer code checks its range.
enum IntRule {
    /// `np_byte`-style: any C long, then a named range ("byte format
    /// requires -128 <= number <= 127").
    Named(&'static str),
    /// A C long, then "'h' format requires -32768 <= number <= 32767".
    Signed,
    /// A C unsigned long, then "'I' format requires 0 <= number <= N".
    Unsigned,
    /// A C long long: "argument out of range" past it.
    Long,
    /// A C unsigned long long: "argument out of range" past it.
    ULong,
    /// Big-endian q/Q (and P): "int too large to convert" past the range.
    TooLarge { signed: bool },
    /// A pointer: any value from -2**63 to 2**64-1.
    Pointer,
}

/// The rule for integer code `kind` in `order`.
fn int_rule(order: Order, kind: u8) -> IntRule {
    let std_little = order == Order::Little;
    match (kind, order) {
        (b'b', _) => IntRule::Named("byte"),
        (b'B', _) => IntRule::Named("ubyte"),
        (b'h', Order::Native | Order::Little) => IntRule::Named("short"),
        (b'H', Order::Native | Order::Little) => IntRule::Named("ushort"),
        (b'h' | b'i', _) => IntRule::Signed,
        (b'H' | b'I', _) => IntRule::Unsigned,
        (b'l', _) if std_little || order == Order::Big => IntRule::Signed,
        (b'L', _) if std_little || order == Order::Big => IntRule::Unsigned,
        (b'q' | b'Q', Order::Big) => IntRule::TooLarge {
            signed: kind == b'q',
        },
        (b'l' | b'q' | b'n', _) => IntRule::Long,
        (b'L' | b'Q' | b'N', _) => IntRule::ULong,
        _ => IntRule::Pointer,
    }
}

/// The integer value of a pack argument (ints and `__index__`), or
/// "required argument is not an integer"; None when it is beyond i128.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    if !pvm_vm::builtins::cargs::has_index(vm, v) {
        return Err(struct_error(vm, "required argument is not an integer"));
    }
    let i = vm.index_value(v)?;
    Ok(match &i {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        _ => match i.payload() {
            Some(Payload::Int(b)) => b.to_i128(),
            _ => None,
        },
    })
}

/// The value of an integer that must be within a C type, or the
/// struct.error `msg`.
fn need(vm: &mut Vm, x: Option<i128>, msg: &str) -> PyResult<i128> {
    match x {
        Some(x) => Ok(x),
        None => Err(struct_error(vm, msg)),
    }
}

/// Writes `x` (already range-checked) into `out` in `order`'s byte order.
fn put_int(order: Order, x: i128, out: &mut [u8]) {
    let le = (x as u128).to_le_bytes();
    let n = out.len();
    if order == Order::Big {
        for (o, b) in out.iter_mut().zip(le[..n].iter().rev()) {
            *o = *b;
        }
    } else {
        out.copy_from_slice(&le[..n]);
    }
}

/// Packs the integer code `kind` (`out.len()` bytes).
fn pack_int(vm: &mut Vm, order: Order, kind: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let x = int_arg(vm, v)?;
    let bits = out.len() as u32 * 8;
    let (smin, smax) = (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1);
    let umax = (1i128 << bits) - 1;
    let in_long = x.filter(|x| i64::try_from(*x).is_ok());
    let in_ulong = x.filter(|x| u64::try_from(*x).is_ok());
    let (value, limit) = match int_rule(order, kind) {
        IntRule::Named(name) => {
            let (lo, hi) = if name.starts_with('u') {
                (0, umax)
            } else {
                (smin, smax)
            };
            let msg = format!("{name} format requires {lo} <= number <= {hi}");
            (
                need(vm, in_long, "argument out of range")?,
                Some((lo, hi, msg)),
            )
        }
        IntRule::Signed => {
            let msg = format!(
                "'{}' format requires {smin} <= number <= {smax}",
                kind as char
            );
            (
                need(vm, in_long, "argument out of range")?,
                Some((smin, smax, msg)),
            )
        }
        IntRule::Unsigned => {
            let msg = format!("'{}' format requires 0 <= number <= {umax}", kind as char);
            (
                need(vm, in_ulong, "argument out of range")?,
                Some((0, umax, msg)),
            )
        }
        IntRule::Long => (need(vm, in_long, "argument out of range")?, None),
        IntRule::ULong => (need(vm, in_ulong, "argument out of range")?, None),
        IntRule::TooLarge { signed } => {
            let fits = if signed { in_long } else { in_ulong };
            (need(vm, fits, "int too large to convert")?, None)
        }
        IntRule::Pointer => {
            let fits = x.filter(|x| (i64::MIN as i128..=u64::MAX as i128).contains(x));
            (need(vm, fits, "int too large to convert")?, None)
        }
    };
    if let Some((lo, hi, msg)) = limit {
        if value < lo || value > hi {
            return Err(struct_error(vm, &msg));
        }
    }
    put_int(order, value, out);
    Ok(())
}

/// The float value of a pack argument, or "required argument is not a
/// float" (whatever the conversion raised).
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match pvm_vm::builtins::numbers::to_f64(vm, v) {
        Ok(f) => Ok(f),
        Err(_) => Err(struct_error(vm, "required argument is not a float")),
    }
}

/// IEEE 754 binary16 bits of `x`, rounding half to even (CPython's
/// `PyFloat_Pack2`); None when it is too large.
fn half_bits(x: f64) -> Option<u16> {
    let sign = (x.is_sign_negative() as u16) << 15;
    if x == 0.0 {
        return Some(sign);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let ax = x.abs();
    if ax < f64::MIN_POSITIVE {
        // Far below half precision's smallest subnormal: a signed zero.
        return Some(sign);
    }
    // ax = f * 2**e with 1 <= f < 2, read from the bits.
    let b = ax.to_bits();
    let e = ((b >> 52) & 0x7ff) as i32 - 1023;
    let f = f64::from_bits((b & ((1 << 52) - 1)) | (1023 << 52));
    if e >= 16 {
        return None;
    }
    let (mut exp, mantissa) = if e < -25 {
        (0, 0.0)
    } else if e < -14 {
        (0, f * 2f64.powi(14 + e))
    } else {
        (e + 15, f - 1.0)
    };
    let scaled = mantissa * 1024.0;
    let mut bits = scaled as u16;
    let rest = scaled - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            exp += 1;
            if exp == 31 {
                return None;
            }
        }
    }
    Some(sign | (exp as u16) << 10 | bits)
}

/// The value of binary16 bits (CPython's `PyFloat_Unpack2`).
fn half_value(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if negative {
        -x
    } else {
        x
    }
}

/// Writes `bytes` (little-endian) in `order`'s byte order.
fn put_bytes(order: Order, bytes: &[u8], out: &mut [u8]) {
    out.copy_from_slice(bytes);
    if order == Order::Big {
        out.reverse();
    }
}

/// Whether `v` is a bytes (or bytes subclass) object.
fn is_bytes(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Bytes(_)))
}

/// Packs one value of code `kind` into `out` (the code's bytes).
pub fn pack_item(vm: &mut Vm, order: Order, kind: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match kind {
        b'c' => {
            let data = match v.payload() {
                Some(Payload::Bytes(b)) if is_bytes(v) && b.len() == 1 => b[0],
                _ => {
                    return Err(struct_error(
                        vm,
                        "char format requires a bytes object of length 1",
                    ))
                }
            };
            out[0] = data;
        }
        b's' | b'p' => {
            let data = match v.payload() {
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                Some(Payload::Bytes(b)) if is_bytes(v) => b.to_vec(),
                _ => {
                    let msg = format!("argument for '{}' must be a bytes object", kind as char);
                    return Err(struct_error(vm, &msg));
                }
            };
            if kind == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if let Some((count, rest)) = out.split_first_mut() {
                let n = data.len().min(rest.len());
                rest[..n].copy_from_slice(&data[..n]);
                *count = n.min(255) as u8;
            }
        }
        b'?' => out[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = float_arg(vm, v)?;
            let Some(h) = half_bits(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put_bytes(order, &h.to_le_bytes(), out);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            // Native floats are a C cast; standard ones refuse overflow.
            if order != Order::Native && y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put_bytes(order, &y.to_le_bytes(), out);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put_bytes(order, &x.to_le_bytes(), out);
        }
        _ => pack_int(vm, order, kind, v, out)?,
    }
    Ok(())
}

/// Unpacks one value of code `kind` from `data` (the code's bytes).
pub fn unpack_item(vm: &mut Vm, order: Order, kind: u8, data: &[u8]) -> Value {
    let mut le = data.to_vec();
    if order == Order::Big {
        le.reverse();
    }
    match kind {
        b'c' => vm.new_bytes(data.to_vec()),
        b's' => vm.new_bytes(data.to_vec()),
        b'p' => {
            let Some((&count, rest)) = data.split_first() else {
                return vm.new_bytes(Vec::new());
            };
            let n = (count as usize).min(rest.len());
            vm.new_bytes(rest[..n].to_vec())
        }
        b'?' => Value::Bool(data[0] != 0),
        b'e' => Value::Float(half_value(u16::from_le_bytes([le[0], le[1]]))),
        b'f' => Value::Float(f32::from_le_bytes([le[0], le[1], le[2], le[3]]) as f64),
        b'd' => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&le);
            Value::Float(f64::from_le_bytes(b))
        }
        _ => {
            let signed = matches!(kind, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let mut b = [0u8; 16];
            b[..le.len()].copy_from_slice(&le);
            let negative = signed && le.last().is_some_and(|x| x & 0x80 != 0);
            if negative {
                for x in &mut b[le.len()..] {
                    *x = 0xff;
                }
            }
            let x = i128::from_le_bytes(b);
            match i64::try_from(x) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_int_big(BigInt::from(x)),
            }
        }
    }
}
