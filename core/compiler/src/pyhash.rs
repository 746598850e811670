//! CPython 3.11's `hash()` of constants and the iteration order of a
//! frozenset built from them, so that frozenset constants list their
//! items in CPython's order. Strings and bytes hash with SipHash-1-3 under
//! a zero key, which is CPython's `PYTHONHASHSEED=0`; with a random seed
//! CPython's own order changes from run to run.

use crate::code::Constant;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `_PyHASH_BITS`.
const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS`.
const MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`.
const HASH_INF: i64 = 314_159;
/// `_PyHASH_IMAG`.
const HASH_IMAG: u64 = 1_000_003;

/// `hash(c)`, or None for constants whose hash depends on an address.
pub fn hash(c: &Constant) -> Option<i64> {
    Some(match c {
        Constant::Bool(b) => i64::from(*b),
        Constant::Int(i) => hash_int(&BigInt::from(*i)),
        Constant::BigInt(b) => hash_int(b),
        Constant::Float(f) => hash_float(*f)?,
        Constant::Complex { real, imag } => {
            let r = hash_float(*real)? as u64;
            let i = hash_float(*imag)? as u64;
            fix(r.wrapping_add(HASH_IMAG.wrapping_mul(i)) as i64)
        }
        Constant::Str(s) => hash_str(&s.chars().map(|c| c as u32).collect::<Vec<_>>()),
        Constant::SurrogateStr(cps) => hash_str(cps),
        Constant::Bytes(b) => hash_bytes(b),
        Constant::Tuple(items) => hash_tuple(items)?,
        _ => return None,
    })
}

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash()` of an int.
pub fn hash_int(i: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let abs = (if i.sign() == Sign::Minus {
        -i
    } else {
        i.clone()
    }) % m;
    let v = abs.to_i64().unwrap_or(0);
    fix(if i.sign() == Sign::Minus { -v } else { v })
}

/// `_Py_HashDouble` (None for nan, whose hash is its address).
pub fn hash_float(v: f64) -> Option<i64> {
    if !v.is_finite() {
        if v.is_infinite() {
            return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
        }
        return None;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    let x = (x as i64).wrapping_mul(sign);
    Some(fix(x))
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * f64::powi(2.0, 64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7FF << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash()` of a str given as code points.
pub fn hash_str(cps: &[u32]) -> i64 {
    let max = cps.iter().copied().max().unwrap_or(0);
    let mut data = Vec::with_capacity(cps.len() * 4);
    for &c in cps {
        if max < 0x100 {
            data.push(c as u8);
        } else if max < 0x10000 {
            data.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            data.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&data)
}

/// `_Py_HashBytes` with SipHash-1-3 and a zero key.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix(siphash13(0, 0, data) as i64)
}

fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut b: u64 = (src.len() as u64) << 56;
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = src.chunks_exact(8);
    for chunk in &mut chunks {
        let mi = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        v3 ^= mi;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let mut t = [0u8; 8];
    let rest = chunks.remainder();
    t[..rest.len()].copy_from_slice(rest);
    b |= u64::from_le_bytes(t);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `tuplehash` (xxHash-based).
fn hash_tuple(items: &[Constant]) -> Option<i64> {
    let hashes: Option<Vec<i64>> = items.iter().map(hash).collect();
    Some(combine_tuple_hashes(&hashes?))
}

/// `tuplehash` of a tuple whose items hash to `hashes`.
pub fn combine_tuple_hashes(hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// The iteration order of a frozenset whose distinct `items` are added in
/// this order (CPython's open-addressing table); None if a hash is unknown.
pub fn set_order(items: Vec<Constant>) -> Result<Vec<Constant>, Vec<Constant>> {
    let hashes: Option<Vec<i64>> = items.iter().map(hash).collect();
    let Some(hashes) = hashes else {
        return Err(items);
    };
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut used = 0usize;
    let insert = |table: &mut Vec<Option<usize>>, idx: usize, h: u64| {
        let mask = table.len() - 1;
        let mut perturb = h;
        let mut i = (h as usize) & mask;
        loop {
            if table[i].is_none() {
                table[i] = Some(idx);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].is_none() {
                        table[i + j] = Some(idx);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    };
    for (idx, &h) in hashes.iter().enumerate() {
        insert(&mut table, idx, h as u64);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for slot in old.into_iter().flatten() {
                insert(&mut table, slot, hashes[slot] as u64);
            }
        }
    }
    let mut items: Vec<Option<Constant>> = items.into_iter().map(Some).collect();
    Ok(table
        .into_iter()
        .flatten()
        .map(|i| items[i].take().expect("each item once"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_like_cpython_with_seed_zero() {
        assert_eq!(hash(&Constant::Str("a".into())), Some(4644417185603328019));
        assert_eq!(
            hash(&Constant::Str("abcdefghij".into())),
            Some(-829746140550000655)
        );
        assert_eq!(
            hash(&Constant::Bytes(b"xy".to_vec())),
            Some(3581425560630879266)
        );
        assert_eq!(hash(&Constant::Str("é".into())), Some(6047309291227476195));
        assert_eq!(
            hash(&Constant::Str("\u{20ac}".into())),
            Some(-5529981157763016009)
        );
        assert_eq!(hash(&Constant::Float(1.5)), Some(1152921504606846977));
        assert_eq!(
            hash(&Constant::Tuple(vec![Constant::Int(1), Constant::Int(2)])),
            Some(-3550055125485641917)
        );
        assert_eq!(hash(&Constant::Int(-1)), Some(-2));
    }

    #[test]
    fn sets_iterate_in_cpython_order() {
        let items = vec![
            Constant::Int(1),
            Constant::Int(2),
            Constant::Int(3),
            Constant::Str("a".into()),
        ];
        let order = set_order(items).unwrap();
        assert_eq!(order[0], Constant::Str("a".into()));
    }
}
