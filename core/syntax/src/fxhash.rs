//! A fast non-cryptographic hasher (the Fx hash of rustc) for the
//! parser's token cache and the compiler's tables (names, constants, AST
//! node addresses).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hasher state.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        // The tail in 4-, 2- and 1-byte reads: a copy of a variable-length
        // tail into a buffer calls memcpy, and names are mostly short.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = 0u64;
            let mut at = 0;
            if rest.len() >= 4 {
                word = u64::from(u32::from_le_bytes(rest[..4].try_into().expect("4 bytes")));
                at = 4;
            }
            if rest.len() - at >= 2 {
                let half = u16::from_le_bytes(rest[at..at + 2].try_into().expect("2 bytes"));
                word |= u64::from(half) << (8 * at);
                at += 2;
            }
            if at < rest.len() {
                word |= u64::from(rest[at]) << (8 * at);
            }
            self.add(word);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The Fx hash of a string's bytes (the key name tables file names under).
#[inline]
pub fn str_hash(text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(text.as_bytes());
    h.finish()
}

/// Builds [`FxHasher`]s.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;

/// A `HashMap` with the Fx hash.
pub type FxHashMap<K, V> = HashMap<K, V, FxBuildHasher>;

/// A `HashSet` with the Fx hash.
pub type FxHashSet<K> = HashSet<K, FxBuildHasher>;
