//! MT19937, the Mersenne Twister, with the seeding CPython's `_random`
//! uses (Matsumoto and Nishimura's 2002 `init_by_array`), so a seed gives
//! the very sequence CPython gives.

/// Words of state.
pub const N: usize = 624;
/// The twist's middle offset.
const M: usize = 397;
/// The twist matrix's last row.
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;

/// The generator: 624 words and the index of the next one to temper.
pub struct Mt {
    /// The state words.
    pub words: [u32; N],
    /// The next word to use; `N` means the block is used up.
    pub index: usize,
}

impl Mt {
    /// An all-zero state at index 0, what `_random.Random.__new__` makes
    /// before any seeding (CPython allocates zeroed memory).
    pub fn zeroed() -> Mt {
        Mt {
            words: [0; N],
            index: 0,
        }
    }

    /// Knuth's linear recurrence from one 32-bit seed.
    fn init_genrand(&mut self, seed: u32) {
        self.words[0] = seed;
        for i in 1..N {
            let prev = self.words[i - 1];
            self.words[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words (an empty key acts as `[0]`).
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let w = &mut self.words;
        let (mut i, mut j) = (1usize, 0usize);
        // First pass: mix every key word in, at least N times over.
        for _ in 0..N.max(key.len()) {
            let prev = w[i - 1];
            w[i] = (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        // Second pass: diffuse once more without the key.
        for _ in 0..N - 1 {
            let prev = w[i - 1];
            w[i] =
                (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
        }
        // The top bit set guarantees a non-zero state.
        w[0] = UPPER;
    }

    /// Regenerates the whole block of N words.
    fn twist(&mut self) {
        let w = &mut self.words;
        for k in 0..N {
            let y = (w[k] & UPPER) | (w[(k + 1) % N] & LOWER);
            let mag = if y & 1 == 0 { 0 } else { MATRIX_A };
            w[k] = w[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next 32-bit output.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits: 27 bits from one output and
    /// 26 from the next, as `genrand_res53` builds it.
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs() {
        // The reference implementation's published first outputs for
        // init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut mt = Mt::zeroed();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn seed_42_matches_cpython() {
        let mut mt = Mt::zeroed();
        mt.init_by_array(&[42]);
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
