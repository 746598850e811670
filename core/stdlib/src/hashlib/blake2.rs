//! BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block that
//! Python's `blake2b`/`blake2s` expose: digest size, key, salt,
//! personalization and the tree-hashing fields.

/// The sizes of one BLAKE2 flavour.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavour {
    /// 64-bit words, 128-byte blocks, up to 64-byte digests.
    B,
    /// 32-bit words, 64-byte blocks, up to 32-byte digests.
    S,
}

impl Flavour {
    /// The block size in bytes.
    pub fn block_size(self) -> usize {
        match self {
            Flavour::B => 128,
            Flavour::S => 64,
        }
    }

    /// The largest digest (and key) size in bytes.
    pub fn max_digest(self) -> usize {
        match self {
            Flavour::B => 64,
            Flavour::S => 32,
        }
    }

    /// The salt and personalization size in bytes.
    pub fn salt_size(self) -> usize {
        match self {
            Flavour::B => 16,
            Flavour::S => 8,
        }
    }
}

/// The parameters of a BLAKE2 hash.
pub struct Params<'a> {
    /// Which flavour.
    pub flavour: Flavour,
    /// Digest size in bytes (1..=max).
    pub digest_size: usize,
    /// Key (at most max bytes).
    pub key: &'a [u8],
    /// Salt (at most salt_size bytes; zero-padded).
    pub salt: &'a [u8],
    /// Personalization (at most salt_size bytes; zero-padded).
    pub person: &'a [u8],
    /// Tree fanout (0..=255).
    pub fanout: u8,
    /// Tree depth (1..=255).
    pub depth: u8,
    /// Leaf size.
    pub leaf_size: u32,
    /// Node offset (48 bits for BLAKE2s).
    pub node_offset: u64,
    /// Node depth.
    pub node_depth: u8,
    /// Inner digest size.
    pub inner_size: u8,
    /// Whether this is the last node of its level.
    pub last_node: bool,
}

const IV64: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const IV32: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The compression function for one word size, generated twice.
macro_rules! compress_fn {
    ($name:ident, $word:ty, $bytes:expr, $rounds:expr, $iv:expr, $r1:expr, $r2:expr, $r3:expr, $r4:expr) => {
        /// Compresses one block into `h` (`t` bytes so far; `f0`/`f1`
        /// the last-block and last-node flags).
        fn $name(h: &mut [u64; 8], block: &[u8], t: u128, f0: bool, f1: bool) {
            let mut m = [0 as $word; 16];
            for (i, w) in m.iter_mut().enumerate() {
                let mut b = [0u8; $bytes];
                b.copy_from_slice(&block[i * $bytes..(i + 1) * $bytes]);
                *w = <$word>::from_le_bytes(b);
            }
            let mut v = [0 as $word; 16];
            for i in 0..8 {
                v[i] = h[i] as $word;
                v[i + 8] = $iv[i];
            }
            let bits = $bytes * 8;
            v[12] ^= t as $word;
            v[13] ^= (t >> bits) as $word;
            if f0 {
                v[14] = !v[14];
            }
            if f1 {
                v[15] = !v[15];
            }
            let g = |v: &mut [$word; 16],
                     a: usize,
                     b: usize,
                     c: usize,
                     d: usize,
                     x: $word,
                     y: $word| {
                v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                v[d] = (v[d] ^ v[a]).rotate_right($r1);
                v[c] = v[c].wrapping_add(v[d]);
                v[b] = (v[b] ^ v[c]).rotate_right($r2);
                v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                v[d] = (v[d] ^ v[a]).rotate_right($r3);
                v[c] = v[c].wrapping_add(v[d]);
                v[b] = (v[b] ^ v[c]).rotate_right($r4);
            };
            for r in 0..$rounds {
                let s = &SIGMA[r % 10];
                g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for i in 0..8 {
                h[i] = (h[i] as $word ^ v[i] ^ v[i + 8]) as u64;
            }
        }
    };
}

compress_fn!(compress_b, u64, 8, 12, IV64, 32, 24, 16, 63);
compress_fn!(compress_s, u32, 4, 10, IV32, 16, 12, 8, 7);

/// A running BLAKE2 hash.
#[derive(Clone)]
pub struct State {
    flavour: Flavour,
    h: [u64; 8],
    /// Bytes compressed so far.
    t: u128,
    /// Bytes not compressed yet (the last block waits for the final flag).
    buf: Vec<u8>,
    digest_size: usize,
    last_node: bool,
}

impl State {
    /// A hash with parameters `p` (already validated), key absorbed.
    pub fn new(p: &Params) -> State {
        let f = p.flavour;
        let mut block = vec![0u8; if f == Flavour::B { 64 } else { 32 }];
        block[0] = p.digest_size as u8;
        block[1] = p.key.len() as u8;
        block[2] = p.fanout;
        block[3] = p.depth;
        block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        let salt_at;
        match f {
            Flavour::B => {
                block[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
                block[16] = p.node_depth;
                block[17] = p.inner_size;
                salt_at = 32;
            }
            Flavour::S => {
                block[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
                block[14] = p.node_depth;
                block[15] = p.inner_size;
                salt_at = 16;
            }
        }
        let n = f.salt_size();
        block[salt_at..salt_at + p.salt.len()].copy_from_slice(p.salt);
        block[salt_at + n..salt_at + n + p.person.len()].copy_from_slice(p.person);
        let mut h = [0u64; 8];
        for (i, w) in h.iter_mut().enumerate() {
            *w = match f {
                Flavour::B => {
                    let mut b = [0u8; 8];
                    b.copy_from_slice(&block[i * 8..i * 8 + 8]);
                    IV64[i] ^ u64::from_le_bytes(b)
                }
                Flavour::S => {
                    let mut b = [0u8; 4];
                    b.copy_from_slice(&block[i * 4..i * 4 + 4]);
                    (IV32[i] ^ u32::from_le_bytes(b)) as u64
                }
            };
        }
        let mut state = State {
            flavour: f,
            h,
            t: 0,
            buf: Vec::new(),
            digest_size: p.digest_size,
            last_node: p.last_node,
        };
        if !p.key.is_empty() {
            let mut first = p.key.to_vec();
            first.resize(f.block_size(), 0);
            state.update(&first);
        }
        state
    }

    /// Compresses `block` (the last one when `last`).
    fn compress(&mut self, block: &[u8], last: bool) {
        let f1 = last && self.last_node;
        match self.flavour {
            Flavour::B => compress_b(&mut self.h, block, self.t, last, f1),
            Flavour::S => compress_s(&mut self.h, block, self.t, last, f1),
        }
    }

    /// Absorbs `data`.
    pub fn update(&mut self, mut data: &[u8]) {
        let bs = self.flavour.block_size();
        while !data.is_empty() {
            // A full buffer is compressed only once more data follows.
            if self.buf.len() == bs {
                self.t += bs as u128;
                let block = std::mem::take(&mut self.buf);
                self.compress(&block, false);
            }
            let take = (bs - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
    }

    /// The digest so far (the state itself is unchanged).
    pub fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        let bs = s.flavour.block_size();
        s.t += s.buf.len() as u128;
        let mut block = std::mem::take(&mut s.buf);
        block.resize(bs, 0);
        s.compress(&block, true);
        let mut out = Vec::with_capacity(64);
        for w in s.h {
            match s.flavour {
                Flavour::B => out.extend_from_slice(&w.to_le_bytes()),
                Flavour::S => out.extend_from_slice(&(w as u32).to_le_bytes()),
            }
        }
        out.truncate(s.digest_size);
        out
    }
}
