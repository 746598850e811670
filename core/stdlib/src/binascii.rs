//! The `binascii` module (hex, base64, CRC-32 and CRC-CCITT) and the
//! checksums of `zlib` (`crc32`, `adler32`), with CPython 3.11's
//! argument conversions and `binascii.Error` messages.

use crate::modutil::{add_exception, buffer_arg, bytes_like, module_error};
use crate::native;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;
use pvm_vm::args::Args;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Fills in the `binascii` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", binascii_crc32),
        ("crc_hqx", crc_hqx),
    ];
    vm.add_functions(module, FUNCTIONS);
    let value_error = Value::Obj(vm.exc_type("ValueError"));
    add_exception(vm, module, "Error", "binascii.Error", &value_error)?;
    let exception = Value::Obj(vm.exc_type("Exception"));
    add_exception(vm, module, "Incomplete", "binascii.Incomplete", &exception)?;
    let doc = vm.new_str("Conversion between binary data and ASCII");
    vm.set_attr_direct(module, "__doc__", doc);
    Ok(())
}

/// Fills in the `zlib` module (its checksums only).
pub fn init_zlib(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(module, &[("crc32", zlib_crc32), ("adler32", adler32)]);
    Ok(())
}

/// A `binascii.Error`.
fn error(vm: &mut Vm, msg: &str) -> ObjRef {
    module_error(vm, "binascii", "Error", msg)
}

/// The bytes of an `a2b_*` argument: a bytes-like object or an ASCII str.
fn ascii_data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Str(s)) = v.payload() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{tn}'"
            )))
        }
    }
}

/// A C `unsigned int` taken bit-wise: the int's low 32 bits.
fn uint_mask(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let i = vm.index_value(v)?;
    let big = match &i {
        Value::Int(i) => return Ok(*i as u32),
        Value::Bool(b) => return Ok(*b as u32),
        _ => match i.payload() {
            Some(Payload::Int(b)) => b.clone(),
            _ => BigInt::from(0),
        },
    };
    Ok(big
        .mod_floor(&BigInt::from(1u64 << 32))
        .to_u32()
        .unwrap_or(0))
}

/// `hexlify(data, sep=..., bytes_per_sep=1)` and `b2a_hex`: what
/// `bytes.hex` gives, as bytes.
fn hex_common(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let [data, sep, per_sep] =
        native::keywords(vm, args, name, ["data", "sep", "bytes_per_sep"], 0, 1)?;
    let data = buffer_arg(vm, &data)?;
    let bytes = vm.new_bytes(data);
    let mut hex_args = Vec::new();
    if !sep.is_null() {
        hex_args.push(sep);
        if !per_sep.is_null() {
            hex_args.push(per_sep);
        }
    } else if !per_sep.is_null() {
        hex_args.push(Value::None);
        hex_args.push(per_sep);
    }
    let text = vm.call_method(&bytes, "hex", hex_args)?;
    Ok(vm.new_bytes(text.as_str().unwrap_or("").as_bytes().to_vec()))
}

/// `hexlify(data, sep=..., bytes_per_sep=1)`.
fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, &args, "hexlify")
}

/// `b2a_hex(data, sep=..., bytes_per_sep=1)`.
fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, &args, "b2a_hex")
}

/// Decodes hex digits (`unhexlify`, `a2b_hex`).
fn unhex_common(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let v = native::one(vm, args, name)?;
    let data = ascii_data(vm, v)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

/// `unhexlify(hexstr, /)`.
fn unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_common(vm, &args, "unhexlify")
}

/// `a2b_hex(hexstr, /)`.
fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_common(vm, &args, "a2b_hex")
}

/// The base64 alphabet.
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The value of a base64 digit.
fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&d| d == c).map(|p| p as u8)
}

/// `b2a_base64(data, /, *, newline=True)`.
fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [data, newline] = native::keywords(vm, &args, "b2a_base64", ["data", "newline"], 1, 1)?;
    let data = buffer_arg(vm, &data)?;
    let newline = if newline.is_null() {
        true
    } else {
        vm.truthy(&newline)?
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

/// `a2b_base64(data, /, *, strict_mode=False)`: skips other characters
/// unless strict, stops at the padding that completes a quad.
fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [data, strict] = native::keywords(vm, &args, "a2b_base64", ["data", "strict_mode"], 1, 1)?;
    let data = ascii_data(vm, &data)?;
    let strict = !strict.is_null() && vm.truthy(&strict)?;
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad_pos = 0;
    let mut left: u8 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(vm.new_bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push(left << 6 | v);
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(vm.new_bytes(out)),
        1 => {
            let msg = format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            );
            Err(error(vm, &msg))
        }
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// The CRC-32 (IEEE 802.3, as zlib computes it) of `data`, continuing
/// from `crc`.
pub(crate) fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// `crc32(data, crc=0, /)` of binascii and zlib.
fn crc32_call(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<Value> {
    let v = native::positional(vm, args, qual, 1, 2)?.to_vec();
    let data = buffer_arg(vm, &v[0])?;
    let start = match v.get(1) {
        Some(c) => uint_mask(vm, c)?,
        None => 0,
    };
    Ok(Value::Int(crc32(&data, start) as i64))
}

/// `binascii.crc32(data, crc=0, /)`.
fn binascii_crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crc32_call(vm, &args, "binascii.crc32")
}

/// `zlib.crc32(data, value=0, /)`.
fn zlib_crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crc32_call(vm, &args, "zlib.crc32")
}

/// `crc_hqx(data, crc, /)`: CRC-CCITT (XMODEM polynomial 0x1021).
fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = native::positional(vm, &args, "binascii.crc_hqx", 2, 2)?.to_vec();
    let data = buffer_arg(vm, &v[0])?;
    let mut crc = uint_mask(vm, &v[1])? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            } & 0xffff;
        }
    }
    Ok(Value::Int(crc as i64))
}

/// `zlib.adler32(data, value=1, /)`.
fn adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = native::positional(vm, &args, "zlib.adler32", 1, 2)?.to_vec();
    let data = buffer_arg(vm, &v[0])?;
    let start = match v.get(1) {
        Some(c) => uint_mask(vm, c)?,
        None => 1,
    };
    const MOD: u32 = 65521;
    let (mut a, mut b) = ((start & 0xffff) % MOD, (start >> 16) % MOD);
    // Reduce once per block so the sums never overflow.
    for block in data.chunks(5552) {
        for &x in block {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    Ok(Value::Int((b << 16 | a) as i64))
}
