//! The `.pyc` cache: compiled modules in `__pycache__/NAME.pvm-311.pyc`.
//!
//! A cache file is a fixed 56-byte header and a [`marshal`] body; all
//! numbers are little-endian:
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0  | 8 | [`MAGIC`]: `PVMc`, [`FORMAT_VERSION`] as u16, `\r\n` |
//! | 8  | 4 | flags: bit 0 hash-based, bit 1 check the source (PEP 552) |
//! | 12 | 4 | source mtime, nanoseconds (0 when hash-based) |
//! | 16 | 8 | source mtime, seconds since the epoch (0 when hash-based) |
//! | 24 | 8 | source size in bytes |
//! | 32 | 8 | FNV-1a-64 of the source bytes (0 unless hash-based) |
//! | 40 | 8 | body length |
//! | 48 | 8 | FNV-1a-64 of bytes 0..48 and the body |
//!
//! **The magic rule**: [`MAGIC`] is derived from [`FORMAT_VERSION`], which
//! must be bumped whenever the header, the marshal format, the `CodeObject`
//! fields or the opcode numbering change, so that a PVM never reads a cache
//! another PVM wrote in a different format (a test pins a fingerprint of
//! the format and fails until the version is bumped).
//!
//! A cache file is used only when everything checks out: the magic, known
//! flags, zero in the unused fields, the body length, the checksum (any
//! flipped byte or truncation is caught), the source's mtime and size (or
//! its hash), and a body that [`marshal::loads`] accepts. Anything else is
//! ignored and the source compiled again. Writes go to a temporary file in
//! `__pycache__` renamed over the cache file, so a reader never sees half
//! a file; a folder that cannot be written is skipped silently.

use crate::code::{CodeObject, Constant};
use crate::marshal::{self, MarshalError};
use crate::CompileError;
use pvm_syntax::source::DecodeError;
use pvm_syntax::SyntaxError;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

/// The version of the cache format; bump it on any change (see the magic rule).
pub const FORMAT_VERSION: u16 = 1;

/// The first 8 bytes of every cache file this PVM writes.
pub const MAGIC: [u8; 8] = magic(FORMAT_VERSION);

/// The magic number of format `version`: `PVMc`, the version, `\r\n`.
pub const fn magic(version: u16) -> [u8; 8] {
    let v = version.to_le_bytes();
    [b'P', b'V', b'M', b'c', v[0], v[1], b'\r', b'\n']
}

/// The tag in cache file names, like CPython's `cpython-311`.
pub const CACHE_TAG: &str = "pvm-311";

/// The length of the header before the marshalled code object.
pub const HEADER_LEN: usize = 56;

/// The largest cache file read (anything bigger is ignored).
const MAX_FILE_LEN: u64 = 1 << 30;

/// Header flag: the file records a hash of the source, not its mtime.
pub const FLAG_HASH_BASED: u32 = 1;
/// Header flag (with [`FLAG_HASH_BASED`]): check the hash against the source.
pub const FLAG_CHECK_SOURCE: u32 = 2;

/// How a cache file is judged stale (PEP 552's three modes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Invalidation {
    /// Stale when the source's mtime or size differ (the default).
    #[default]
    Timestamp,
    /// Stale when the source's hash differs.
    CheckedHash,
    /// Never stale: used as long as it is intact (for read-only installs).
    UncheckedHash,
}

/// The 64-bit FNV-1a hash (offset basis 0xcbf29ce484222325, prime
/// 0x100000001b3), used for source hashes and the checksum: fixed forever,
/// unlike std's `DefaultHasher`.
pub fn fnv1a64(data: &[u8]) -> u64 {
    fnv1a64_from(0xcbf2_9ce4_8422_2325, data)
}

fn fnv1a64_from(mut h: u64, data: &[u8]) -> u64 {
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The mtime and size of a source file, as a cache file records them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceMeta {
    /// Seconds since the Unix epoch (negative before it).
    pub mtime_secs: i64,
    /// Nanoseconds within the second.
    pub mtime_nanos: u32,
    /// The size in bytes.
    pub size: u64,
}

impl SourceMeta {
    /// The mtime and size of `meta` (an unknown mtime counts as the epoch).
    pub fn from_metadata(meta: &fs::Metadata) -> SourceMeta {
        let (mtime_secs, mtime_nanos) = match meta.modified() {
            Ok(t) => match t.duration_since(UNIX_EPOCH) {
                Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
                Err(e) => {
                    let d = e.duration();
                    match d.subsec_nanos() {
                        0 => (-(d.as_secs() as i64), 0),
                        n => (-(d.as_secs() as i64) - 1, 1_000_000_000 - n),
                    }
                }
            },
            Err(_) => (0, 0),
        };
        SourceMeta {
            mtime_secs,
            mtime_nanos,
            size: meta.len(),
        }
    }

    /// The mtime and size of the file at `path`.
    pub fn of(path: &Path) -> io::Result<SourceMeta> {
        Ok(SourceMeta::from_metadata(&fs::metadata(path)?))
    }
}

/// A cache file's header: its flags and what it records about the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// [`FLAG_HASH_BASED`] and [`FLAG_CHECK_SOURCE`].
    pub flags: u32,
    /// The source's mtime (timestamp-based files only).
    pub mtime_secs: i64,
    /// Nanoseconds of the source's mtime (timestamp-based files only).
    pub mtime_nanos: u32,
    /// The source's size in bytes.
    pub size: u64,
    /// [`fnv1a64`] of the source bytes (hash-based files only).
    pub source_hash: u64,
}

impl Header {
    /// The header of a cache file for a source with `meta` and `bytes`
    /// (`bytes` is hashed only in the hash-based modes).
    pub fn new(mode: Invalidation, meta: &SourceMeta, bytes: &[u8]) -> Header {
        match mode {
            Invalidation::Timestamp => Header {
                flags: 0,
                mtime_secs: meta.mtime_secs,
                mtime_nanos: meta.mtime_nanos,
                size: meta.size,
                source_hash: 0,
            },
            Invalidation::CheckedHash | Invalidation::UncheckedHash => Header {
                flags: FLAG_HASH_BASED
                    | if mode == Invalidation::CheckedHash {
                        FLAG_CHECK_SOURCE
                    } else {
                        0
                    },
                mtime_secs: 0,
                mtime_nanos: 0,
                size: bytes.len() as u64,
                source_hash: fnv1a64(bytes),
            },
        }
    }

    /// The invalidation mode the flags say.
    pub fn mode(&self) -> Invalidation {
        if self.flags & FLAG_HASH_BASED == 0 {
            Invalidation::Timestamp
        } else if self.flags & FLAG_CHECK_SOURCE != 0 {
            Invalidation::CheckedHash
        } else {
            Invalidation::UncheckedHash
        }
    }

    /// Whether the cache file is up to date with a source with `meta`;
    /// `source` gives the source's bytes when a checked hash needs them.
    pub fn is_fresh(&self, meta: &SourceMeta, source: impl FnOnce() -> Option<Vec<u8>>) -> bool {
        match self.mode() {
            Invalidation::Timestamp => {
                self.mtime_secs == meta.mtime_secs
                    && self.mtime_nanos == meta.mtime_nanos
                    && self.size == meta.size
            }
            Invalidation::CheckedHash => {
                self.size == meta.size
                    && source().is_some_and(|b| {
                        b.len() as u64 == self.size && fnv1a64(&b) == self.source_hash
                    })
            }
            Invalidation::UncheckedHash => true,
        }
    }
}

/// Why a cache file was not used.
#[derive(Debug)]
pub enum Miss {
    /// It could not be read (usually: there is none).
    Unreadable(io::Error),
    /// It does not start with [`MAGIC`]: another program's or format's file.
    Foreign,
    /// It is damaged: truncated, altered, or not a valid code object.
    Corrupt(String),
    /// It is intact but was compiled from another version of the source.
    Stale(Header),
}

impl std::fmt::Display for Miss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Miss::Unreadable(e) => write!(f, "unreadable: {e}"),
            Miss::Foreign => f.write_str("bad magic number"),
            Miss::Corrupt(why) => write!(f, "corrupt: {why}"),
            Miss::Stale(_) => f.write_str("stale"),
        }
    }
}

fn corrupt(why: impl Into<String>) -> Miss {
    Miss::Corrupt(why.into())
}

fn u32_at(data: &[u8], at: usize) -> u32 {
    let mut b = [0; 4];
    b.copy_from_slice(&data[at..at + 4]);
    u32::from_le_bytes(b)
}

fn u64_at(data: &[u8], at: usize) -> u64 {
    let mut b = [0; 8];
    b.copy_from_slice(&data[at..at + 8]);
    u64::from_le_bytes(b)
}

/// A whole cache file: the header for `header` and the marshalled `code`.
/// Fails only for a code object nested deeper than [`marshal::MAX_DEPTH`].
pub fn encode(code: &CodeObject, header: &Header) -> Result<Vec<u8>, MarshalError> {
    let body = marshal::dumps_checked(code)?;
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&header.flags.to_le_bytes());
    out.extend_from_slice(&header.mtime_nanos.to_le_bytes());
    out.extend_from_slice(&header.mtime_secs.to_le_bytes());
    out.extend_from_slice(&header.size.to_le_bytes());
    out.extend_from_slice(&header.source_hash.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    let checksum = fnv1a64_from(fnv1a64(&out), &body);
    out.extend_from_slice(&checksum.to_le_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

/// Reads and checks the header of a cache file (`data` is the whole file
/// or at least its first [`HEADER_LEN`] bytes); checks the body length only
/// when `data` holds the whole file.
pub fn parse_header(data: &[u8]) -> Result<Header, Miss> {
    if data.len() < HEADER_LEN {
        let n = data.len().min(MAGIC.len());
        return Err(if data[..n] == MAGIC[..n] {
            corrupt("truncated header")
        } else {
            Miss::Foreign
        });
    }
    if data[..8] != MAGIC {
        return Err(Miss::Foreign);
    }
    let header = Header {
        flags: u32_at(data, 8),
        mtime_nanos: u32_at(data, 12),
        mtime_secs: u64_at(data, 16) as i64,
        size: u64_at(data, 24),
        source_hash: u64_at(data, 32),
    };
    let hashed = header.flags & FLAG_HASH_BASED != 0;
    let bad_flags = header.flags & !(FLAG_HASH_BASED | FLAG_CHECK_SOURCE) != 0
        || (!hashed && header.flags & FLAG_CHECK_SOURCE != 0);
    if bad_flags {
        return Err(corrupt("unknown flags"));
    }
    let unused_set = if hashed {
        header.mtime_secs != 0 || header.mtime_nanos != 0
    } else {
        header.source_hash != 0 || header.mtime_nanos >= 1_000_000_000
    };
    if unused_set {
        return Err(corrupt("bad header fields"));
    }
    Ok(header)
}

/// Decodes a whole cache file: header, length, checksum and code object.
pub fn decode(data: &[u8]) -> Result<(Header, CodeObject), Miss> {
    let header = parse_header(data)?;
    let code = decode_body(data)?;
    Ok((header, code))
}

/// The code object of a cache file whose header is known to be good.
fn decode_body(data: &[u8]) -> Result<CodeObject, Miss> {
    let body = &data[HEADER_LEN.min(data.len())..];
    if u64_at(data, 40) != body.len() as u64 {
        return Err(corrupt("wrong length (truncated?)"));
    }
    if fnv1a64_from(fnv1a64(&data[..48]), body) != u64_at(data, 48) {
        return Err(corrupt("checksum mismatch"));
    }
    marshal::loads(body).map_err(|e| corrupt(e.to_string()))
}

/// Where the cache of `source` lives: `DIR/__pycache__/NAME.pvm-311.pyc`.
pub fn cache_path(source: &Path) -> PathBuf {
    let mut name = source
        .file_stem()
        .map(|s| s.to_os_string())
        .unwrap_or_default();
    name.push(".");
    name.push(CACHE_TAG);
    name.push(".pyc");
    source
        .parent()
        .unwrap_or(Path::new(""))
        .join("__pycache__")
        .join(name)
}

/// The cached code of `source` (whose mtime and size are `meta`), or why
/// there is none usable. Nothing in the file is trusted unchecked.
pub fn check_cached(source: &Path, meta: &SourceMeta) -> Result<CodeObject, Miss> {
    read_cache_file(source, meta).map(|(_, code)| code)
}

/// The header and code of the cache file of `source`, when usable.
fn read_cache_file(source: &Path, meta: &SourceMeta) -> Result<(Header, CodeObject), Miss> {
    let mut file = fs::File::open(cache_path(source)).map_err(Miss::Unreadable)?;
    let len = file.metadata().map_err(Miss::Unreadable)?.len();
    if len > MAX_FILE_LEN {
        return Err(corrupt("too large"));
    }
    let mut data = Vec::with_capacity(len as usize);
    file.read_to_end(&mut data).map_err(Miss::Unreadable)?;
    let header = parse_header(&data)?;
    if !header.is_fresh(meta, || fs::read(source).ok()) {
        return Err(Miss::Stale(header));
    }
    Ok((header, decode_body(&data)?))
}

/// Whether `source` has a usable cache file written in `mode` (what
/// `pvm compile` checks before compiling a file again).
pub fn up_to_date(source: &Path, mode: Invalidation) -> bool {
    SourceMeta::of(source)
        .ok()
        .and_then(|meta| read_cache_file(source, &meta).ok())
        .is_some_and(|(header, _)| header.mode() == mode)
}

/// The cached code of `source` when the cache file is present, intact and
/// up to date with `meta`; `None` otherwise.
pub fn read_cached(source: &Path, meta: &SourceMeta) -> Option<CodeObject> {
    check_cached(source, meta).ok()
}

/// Writes the cache file of `source` atomically (a temporary file in
/// `__pycache__`, then a rename) and returns its path. Fails, writing
/// nothing, when the folder cannot be written or `code` nests too deeply.
pub fn write_cached(source: &Path, header: &Header, code: &CodeObject) -> io::Result<PathBuf> {
    let data = encode(code, header).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    let path = cache_path(source);
    if let Some(dir) = path.parent() {
        match fs::create_dir(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    write_atomic(&path, &data, source)?;
    Ok(path)
}

/// Writes `data` to a fresh temporary file next to `path` and renames it
/// over `path`; on failure the temporary file is removed.
fn write_atomic(path: &Path, data: &[u8], source: &Path) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(
        ".{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let tmp = path.with_file_name(tmp_name);
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        // Readable by whoever may read the source, as CPython does.
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let mode = fs::metadata(source).map_or(0o644, |m| m.permissions().mode());
        options.mode((mode | 0o200) & 0o666);
    }
    #[cfg(not(unix))]
    let _ = source;
    let result = options.open(&tmp).and_then(|mut file| {
        file.write_all(data)?;
        drop(file);
        fs::rename(&tmp, path)
    });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// How [`load_or_compile`] uses the cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Write cache files (`false` for `-B` and `PYTHONDONTWRITEBYTECODE`).
    pub write_bytecode: bool,
    /// How new cache files are invalidated (a stale hash-based file is
    /// rewritten hash-based, as CPython does).
    pub invalidation: Invalidation,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            write_bytecode: true,
            invalidation: Invalidation::Timestamp,
        }
    }
}

impl Options {
    /// The defaults, with writing off when `PYTHONDONTWRITEBYTECODE` is a
    /// non-empty string (a `-B` flag should clear `write_bytecode` too).
    pub fn from_env() -> Options {
        let dont_write = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
        Options {
            write_bytecode: !dont_write,
            ..Options::default()
        }
    }
}

/// A module's code, and where it came from.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The module's code object.
    pub code: CodeObject,
    /// Whether it was read from a valid cache file (not compiled).
    pub from_cache: bool,
    /// The cache file written, when the source was compiled and written.
    pub written: Option<PathBuf>,
}

/// Why a module could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The source could not be read.
    Io(io::Error),
    /// The source bytes could not be decoded (a SyntaxError in CPython).
    Decode(DecodeError),
    /// Syntax errors (the first is the one CPython raises), with the text.
    Syntax {
        /// The decoded source.
        text: String,
        /// The errors.
        errors: Vec<SyntaxError>,
    },
    /// Compile errors (the first is the one CPython raises), with the text.
    Compile {
        /// The decoded source.
        text: String,
        /// The errors.
        errors: Vec<CompileError>,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Io(e) => write!(f, "{e}"),
            LoadError::Decode(e) => write!(f, "SyntaxError: {}", e.message),
            LoadError::Syntax { errors, .. } => match errors.first() {
                Some(e) => write!(f, "{}: {}", e.kind.name(), e.message),
                None => f.write_str("SyntaxError"),
            },
            LoadError::Compile { errors, .. } => match errors.first() {
                Some(e) => write!(f, "{}: {}", e.kind.name(), e.message),
                None => f.write_str("SyntaxError"),
            },
        }
    }
}

impl std::error::Error for LoadError {}

/// Decodes, parses and compiles source bytes; `filename` becomes `co_filename`.
pub fn compile_source(bytes: &[u8], filename: &str) -> Result<CodeObject, LoadError> {
    let text = pvm_syntax::source::decode(bytes).map_err(LoadError::Decode)?;
    let (module, errors) = pvm_syntax::parse_module(&text);
    if !errors.is_empty() {
        return Err(LoadError::Syntax { text, errors });
    }
    crate::compile(&module, filename).map_err(|errors| LoadError::Compile { text, errors })
}

/// The code of the module at `path`: from its cache file when that is
/// valid, else compiled from the source, and the cache file (re)written
/// unless `options` say not to (failures to write are ignored).
/// `co_filename` is `path` as given, whatever the cache file recorded.
pub fn load_or_compile(path: &Path, options: &Options) -> Result<Loaded, LoadError> {
    // The mtime is taken before the source is read: if the source changes
    // in between, the cache file records the older mtime and goes stale.
    let meta = SourceMeta::of(path).map_err(LoadError::Io)?;
    let filename = path.to_string_lossy();
    let mut mode = options.invalidation;
    match check_cached(path, &meta) {
        Ok(mut code) => {
            set_filename(&mut code, &filename);
            return Ok(Loaded {
                code,
                from_cache: true,
                written: None,
            });
        }
        Err(Miss::Stale(old)) if old.mode() != Invalidation::Timestamp => mode = old.mode(),
        Err(_) => {}
    }
    let bytes = fs::read(path).map_err(LoadError::Io)?;
    let code = compile_source(&bytes, &filename)?;
    let written = if options.write_bytecode {
        write_cached(path, &Header::new(mode, &meta, &bytes), &code).ok()
    } else {
        None
    };
    Ok(Loaded {
        code,
        from_cache: false,
        written,
    })
}

/// Sets `co_filename` of `code` and the code objects nested in it.
fn set_filename(code: &mut CodeObject, filename: &str) {
    if code.filename == filename {
        return;
    }
    code.filename = filename.to_owned();
    for c in &mut code.consts {
        if let Constant::Code(inner) = c {
            set_filename(Arc::make_mut(inner), filename);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_known_values() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn magic_follows_the_format_version() {
        assert_eq!(&MAGIC[..4], b"PVMc");
        assert_eq!(MAGIC[4..6], FORMAT_VERSION.to_le_bytes());
        assert_ne!(magic(FORMAT_VERSION + 1), MAGIC);
    }

    #[test]
    fn cache_paths() {
        assert_eq!(
            cache_path(Path::new("a/b/mod.py")),
            Path::new("a/b/__pycache__/mod.pvm-311.pyc")
        );
        assert_eq!(
            cache_path(Path::new("x.tar.py")),
            Path::new("__pycache__/x.tar.pvm-311.pyc")
        );
        assert_eq!(
            cache_path(Path::new("/abs/script")),
            Path::new("/abs/__pycache__/script.pvm-311.pyc")
        );
    }

    #[test]
    fn header_round_trip_and_modes() {
        let meta = SourceMeta {
            mtime_secs: -5,
            mtime_nanos: 999_999_999,
            size: 12,
        };
        let (module, _) = pvm_syntax::parse_module("x = 1\n");
        let code = crate::compile(&module, "m.py").unwrap();
        for mode in [
            Invalidation::Timestamp,
            Invalidation::CheckedHash,
            Invalidation::UncheckedHash,
        ] {
            let header = Header::new(mode, &meta, b"x = 1\n");
            assert_eq!(header.mode(), mode);
            let data = encode(&code, &header).unwrap();
            let (h, c) = decode(&data).unwrap();
            assert_eq!((h, &c), (header, &code));
        }
    }
}
