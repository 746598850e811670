//! Private functions of `_random` that random.py imports instead of
//! `os.urandom`, `operator.index` and `hashlib.sha512`, which PVM does
//! not have yet, and the OS entropy behind `seed(None)`.

use pvm_vm::args::Args;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{PyResult, Value, Vm};
use sha2::{Digest, Sha512};
use std::io::Read;

/// The helpers, as (name, function) for `Vm::add_functions`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_index", index),
    ("_sha512", sha512),
    ("_urandom", urandom),
];

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
