//! The marshal format and the `.pyc` cache: every stdlib file round-trips
//! through a cache file's bytes to an equal code object; damaged, foreign
//! and stale cache files fall back to the source; writes are atomic and
//! skipped where they cannot happen.

use pvm_compiler::code::{CodeObject, Constant, ExceptionEntry, Instruction, Position};
use pvm_compiler::marshal;
use pvm_compiler::opcode::Opcode;
use pvm_compiler::pyc::{self, Header, Invalidation, Miss, Options, SourceMeta};
use pvm_test_support::{on_big_stack, py_files, python_files_below, repo_path, stdlib_dir};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

/// A fresh empty folder, removed again when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "pvm-pyc-{}-{name}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const SMALL: &str = "import sys\n\ndef f(a, b=2):\n    try:\n        return a / b\n    except ZeroDivisionError:\n        return None\n\nprint(f(1), 'x', 1.5, (1, 2))\n";

fn compiled(path: &Path) -> CodeObject {
    let bytes = std::fs::read(path).unwrap();
    pyc::compile_source(&bytes, &path.to_string_lossy()).unwrap()
}

/// Writes a valid timestamp-based cache file for `src`; returns its path.
fn write_valid(src: &Path) -> PathBuf {
    let meta = SourceMeta::of(src).unwrap();
    let header = Header::new(Invalidation::Timestamp, &meta, b"");
    pyc::write_cached(src, &header, &compiled(src)).unwrap()
}

fn set_mtime(path: &Path, t: SystemTime) {
    let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.set_modified(t).unwrap();
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

// ---------------------------------------------------------------------
// Round trips

#[test]
fn stdlib_round_trips_through_cache_bytes() {
    on_big_stack(stdlib_round_trip);
}

fn stdlib_round_trip() {
    let mut files = py_files(&repo_path("tests/compiler/programs"));
    match stdlib_dir() {
        Some(dir) => files.extend(python_files_below(&dir)),
        None => println!("no CPython stdlib found: only the corpus"),
    }
    let start = Instant::now();
    let (mut count, mut bytes, mut source_bytes) = (0, 0, 0);
    let mut failures = Vec::new();
    let header = Header::new(Invalidation::Timestamp, &SourceMeta::default(), b"");
    for path in &files {
        let Ok(source) = std::fs::read(path) else {
            continue;
        };
        let Ok(code) = pyc::compile_source(&source, &path.to_string_lossy()) else {
            continue;
        };
        let data = match pyc::encode(&code, &header) {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        match pyc::decode(&data) {
            Ok((h, back)) if h == header && back == code => {}
            Ok(_) => failures.push(format!("{}: not equal after loading", path.display())),
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
        count += 1;
        bytes += data.len();
        source_bytes += source.len();
    }
    println!(
        "{count} files round-tripped in {:.1?}: {source_bytes} bytes of source, {bytes} of cache",
        start.elapsed()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(count > 0);
}

/// A code object using every field and constant kind, built by hand.
fn format_sample() -> CodeObject {
    let inner = CodeObject {
        argcount: 2,
        posonlyargcount: 1,
        kwonlyargcount: 1,
        nlocals: 3,
        stacksize: 4,
        flags: 0x13,
        name: "f".into(),
        qualname: "C.f".into(),
        filename: "sample.py".into(),
        firstlineno: 7,
        varnames: vec!["a".into(), "b".into(), "c".into()],
        cellvars: vec!["a".into(), "d".into()],
        freevars: vec!["e".into()],
        names: vec!["print".into(), "len".into()],
        consts: vec![Constant::None, Constant::Str("é".into())],
        instructions: vec![
            Instruction {
                opcode: Opcode::LOAD_FAST,
                arg: 2,
            },
            Instruction {
                opcode: Opcode::LOAD_GLOBAL,
                arg: 3,
            },
            Instruction {
                opcode: Opcode::NOP,
                arg: 0,
            },
            Instruction {
                opcode: Opcode::LOAD_DEREF,
                arg: 4,
            },
            Instruction {
                opcode: Opcode::RETURN_VALUE,
                arg: 0,
            },
        ],
        positions: vec![
            Position {
                line: Some(8),
                end_line: Some(9),
                col: Some(4),
                end_col: Some(2),
            },
            Position::default(),
            Position {
                line: Some(3),
                end_line: None,
                col: None,
                end_col: Some(70_000),
            },
            Position::default(),
            Position::default(),
        ],
        exception_table: vec![ExceptionEntry {
            start: 0,
            end: 2,
            target: 7,
            depth: 1,
            lasti: true,
        }],
    };
    CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        nlocals: 0,
        stacksize: 1,
        flags: 0,
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "sample.py".into(),
        firstlineno: 1,
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        names: vec!["f".into()],
        consts: vec![
            Constant::Bool(true),
            Constant::Bool(false),
            Constant::Ellipsis,
            Constant::Int(-300),
            Constant::BigInt(num_bigint::BigInt::from(u64::MAX) * -3),
            Constant::Float(-0.0),
            Constant::Complex {
                real: 1.5,
                imag: f64::NAN,
            },
            Constant::Str("f".into()),
            Constant::SurrogateStr(vec![0xd800, 0x41]),
            Constant::Bytes(b"\x00\xff".to_vec()),
            Constant::Tuple(vec![Constant::Int(1), Constant::Tuple(vec![])]),
            Constant::FrozenSet(vec![Constant::Str("a".into())]),
            Constant::Code(Arc::new(inner)),
        ],
        instructions: vec![Instruction {
            opcode: Opcode::LOAD_CONST,
            arg: 12,
        }],
        positions: vec![Position::default()],
        exception_table: vec![],
    }
}

/// The format is pinned: a change to the marshal encoding, the header or
/// the opcode numbering changes this fingerprint. When it fails on purpose,
/// bump `pyc::FORMAT_VERSION` (which changes the magic) and update both.
#[test]
fn format_changes_bump_the_version() {
    let code = format_sample();
    assert_eq!(marshal::loads(&marshal::dumps(&code)).unwrap(), code);
    let header = Header {
        flags: pyc::FLAG_HASH_BASED,
        mtime_secs: 0,
        mtime_nanos: 0,
        size: 3,
        source_hash: 0x0123_4567_89ab_cdef,
    };
    let mut material = pyc::encode(&code, &header).unwrap();
    for op in Opcode::ALL {
        material.extend_from_slice(op.name().as_bytes());
        material.extend_from_slice(&op.number().to_le_bytes());
        material.push(u8::from(op.has_arg()));
    }
    let fingerprint = pyc::fnv1a64(&material);
    let pinned: (u16, u64) = (1, 0x1533_af93_fdf9_1f23);
    assert_eq!(
        (pyc::FORMAT_VERSION, fingerprint),
        pinned,
        "the cache format changed: bump pyc::FORMAT_VERSION and pin the new fingerprint"
    );
}

// ---------------------------------------------------------------------
// Loading and invalidation

#[test]
fn second_load_uses_the_cache() {
    let dir = TempDir::new("second");
    let src = dir.file("m.py", SMALL);
    let first = pyc::load_or_compile(&src, &Options::default()).unwrap();
    assert!(!first.from_cache);
    let cache = pyc::cache_path(&src);
    assert_eq!(first.written.as_deref(), Some(cache.as_path()));
    assert_eq!(cache, dir.0.join("__pycache__/m.pvm-311.pyc"));
    let before = std::fs::metadata(&cache).unwrap();
    let second = pyc::load_or_compile(&src, &Options::default()).unwrap();
    assert!(second.from_cache);
    assert_eq!(second.written, None);
    assert_eq!(second.code, first.code);
    assert_eq!(second.code, compiled(&src));
    let after = std::fs::metadata(&cache).unwrap();
    assert_eq!(before.modified().unwrap(), after.modified().unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        assert_eq!(before.ino(), after.ino());
    }
}

#[test]
fn a_changed_source_is_recompiled_and_rewritten() {
    let dir = TempDir::new("changed");
    let src = dir.file("m.py", "x = 1\n");
    pyc::load_or_compile(&src, &Options::default()).unwrap();
    std::fs::write(&src, "x = 22\n").unwrap();
    let loaded = pyc::load_or_compile(&src, &Options::default()).unwrap();
    assert!(!loaded.from_cache);
    assert_eq!(loaded.code, compiled(&src));
    assert!(
        pyc::load_or_compile(&src, &Options::default())
            .unwrap()
            .from_cache
    );
}

#[test]
fn stale_mtime_or_size_falls_back_to_the_source() {
    let dir = TempDir::new("stale");
    let src = dir.file("m.py", "x = 1\n");
    pyc::load_or_compile(&src, &Options::default()).unwrap();
    let t0 = mtime(&src);
    let meta = SourceMeta::of(&src).unwrap();
    assert!(pyc::read_cached(&src, &meta).is_some());

    // Only the mtime changes (by a nanosecond, a second, or backwards).
    for dt in [Duration::from_nanos(1000), Duration::from_secs(1)] {
        for t in [t0 + dt, t0 - dt] {
            set_mtime(&src, t);
            if mtime(&src) == t0 {
                continue; // the file system keeps coarser times
            }
            let meta = SourceMeta::of(&src).unwrap();
            assert!(matches!(
                pyc::check_cached(&src, &meta),
                Err(Miss::Stale(_))
            ));
        }
    }
    // Only the size changes: same mtime, another text.
    pyc::write_cached(
        &src,
        &Header::new(Invalidation::Timestamp, &meta, b""),
        &compiled(&src),
    )
    .unwrap();
    std::fs::write(&src, "x = 333\n").unwrap();
    set_mtime(&src, t0);
    let meta2 = SourceMeta::of(&src).unwrap();
    assert_eq!(
        (meta2.mtime_secs, meta2.mtime_nanos),
        (meta.mtime_secs, meta.mtime_nanos)
    );
    assert!(matches!(
        pyc::check_cached(&src, &meta2),
        Err(Miss::Stale(_))
    ));
    let loaded = pyc::load_or_compile(&src, &Options::default()).unwrap();
    assert!(!loaded.from_cache);
    assert_eq!(loaded.code, compiled(&src));
}

#[test]
fn hash_based_caches_check_the_source_hash() {
    let dir = TempDir::new("hash");
    let src = dir.file("m.py", "x = 1\n");
    let checked = Options {
        invalidation: Invalidation::CheckedHash,
        ..Options::default()
    };
    pyc::load_or_compile(&src, &checked).unwrap();
    let header = pyc::parse_header(&std::fs::read(pyc::cache_path(&src)).unwrap()).unwrap();
    assert_eq!(header.mode(), Invalidation::CheckedHash);
    // A new mtime does not matter; the same bytes hash the same.
    set_mtime(&src, mtime(&src) + Duration::from_secs(5));
    assert!(
        pyc::load_or_compile(&src, &Options::default())
            .unwrap()
            .from_cache
    );
    // Same size, same mtime, other bytes: the wrong hash is caught.
    let t = mtime(&src);
    std::fs::write(&src, "x = 2\n").unwrap();
    set_mtime(&src, t);
    let meta = SourceMeta::of(&src).unwrap();
    assert!(matches!(
        pyc::check_cached(&src, &meta),
        Err(Miss::Stale(_))
    ));
    // Recompiled, and rewritten hash-based although the options say timestamp.
    let loaded = pyc::load_or_compile(&src, &Options::default()).unwrap();
    assert!(!loaded.from_cache);
    assert_eq!(loaded.code, compiled(&src));
    let header = pyc::parse_header(&std::fs::read(pyc::cache_path(&src)).unwrap()).unwrap();
    assert_eq!(header.mode(), Invalidation::CheckedHash);
    assert!(
        pyc::load_or_compile(&src, &Options::default())
            .unwrap()
            .from_cache
    );

    // An unchecked hash is trusted while intact (PEP 552), stale or not.
    let unchecked = Header::new(Invalidation::UncheckedHash, &meta, b"x = 2\n");
    pyc::write_cached(&src, &unchecked, &compiled(&src)).unwrap();
    std::fs::write(&src, "x = 3\n").unwrap();
    assert!(
        pyc::load_or_compile(&src, &Options::default())
            .unwrap()
            .from_cache
    );
}

/// Writes a valid cache for `src`, lets `damage` alter its bytes, and
/// checks that the damaged file is refused and the source used instead.
fn assert_falls_back(src: &Path, damage: impl Fn(&mut Vec<u8>), what: &str) {
    let expected = compiled(src);
    let meta = SourceMeta::of(src).unwrap();
    let cache = pyc::cache_path(src);
    pyc::write_cached(
        src,
        &Header::new(Invalidation::Timestamp, &meta, b""),
        &expected,
    )
    .unwrap();
    let mut data = std::fs::read(&cache).unwrap();
    damage(&mut data);
    std::fs::write(&cache, &data).unwrap();
    assert!(
        pyc::check_cached(src, &meta).is_err(),
        "{what}: damaged cache accepted"
    );
    let loaded = pyc::load_or_compile(src, &Options::default()).unwrap();
    assert!(!loaded.from_cache, "{what}: damaged cache used");
    assert_eq!(loaded.code, expected, "{what}");
    // ... and the cache was rewritten, whole.
    assert!(
        pyc::read_cached(src, &meta).is_some(),
        "{what}: not rewritten"
    );
}

#[test]
fn truncated_caches_fall_back_at_every_length() {
    let dir = TempDir::new("truncated");
    let src = dir.file("m.py", SMALL);
    let full = std::fs::read(write_valid(&src)).unwrap();
    for len in 0..full.len() {
        assert_falls_back(&src, |d| d.truncate(len), &format!("truncated at {len}"));
    }
    // One byte too many is damage too.
    assert_falls_back(&src, |d| d.push(0), "extended");
}

#[test]
fn flipped_bytes_fall_back_everywhere() {
    let dir = TempDir::new("flipped");
    let src = dir.file("m.py", SMALL);
    let full = std::fs::read(write_valid(&src)).unwrap();
    for at in 0..full.len() {
        for mask in [0x01, 0x80, 0xff] {
            assert_falls_back(&src, |d| d[at] ^= mask, &format!("byte {at} xor {mask:#x}"));
        }
    }
}

#[test]
fn foreign_magic_falls_back() {
    let dir = TempDir::new("magic");
    let src = dir.file("m.py", SMALL);
    let meta = SourceMeta::of(&src).unwrap();
    // CPython 3.11's magic, an older PVM format, and garbage.
    let old = pyc::magic(pyc::FORMAT_VERSION.wrapping_sub(1));
    for magic in [&[0xa7, 0x0d, 0x0d, 0x0a][..], &old[..], b"\0\0\0\0\0\0\0\0"] {
        assert_falls_back(
            &src,
            |d| d[..magic.len()].copy_from_slice(magic),
            "foreign magic",
        );
    }
    let mut data = std::fs::read(write_valid(&src)).unwrap();
    data[..8].copy_from_slice(&old);
    std::fs::write(pyc::cache_path(&src), &data).unwrap();
    assert!(matches!(pyc::check_cached(&src, &meta), Err(Miss::Foreign)));
    // A file that is not a cache file at all.
    std::fs::write(pyc::cache_path(&src), "print('hello')\n").unwrap();
    assert!(matches!(pyc::check_cached(&src, &meta), Err(Miss::Foreign)));
}

#[test]
fn random_damage_never_panics_and_never_loads_wrong_code() {
    let dir = TempDir::new("random");
    let src = dir.file("m.py", SMALL);
    let full = std::fs::read(write_valid(&src)).unwrap();
    let expected = compiled(&src);
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let body = &full[pyc::HEADER_LEN..];
    for round in 0..3000 {
        // Mutations of a real body, straight into the marshal loader.
        let mut m = body.to_vec();
        for _ in 0..1 + next() % 3 {
            let at = next() as usize % m.len();
            m[at] = next() as u8;
        }
        let _ = marshal::loads(&m);
        // Random bytes, bare and behind a valid magic.
        let len = (next() % 200) as usize;
        let mut r: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = marshal::loads(&r);
        let _ = pyc::decode(&r);
        if round % 2 == 0 && r.len() >= 8 {
            r[..8].copy_from_slice(&pyc::MAGIC);
        }
        let _ = pyc::decode(&r);
        // Whole damaged files: never accepted as different code.
        let mut f = full.clone();
        let at = next() as usize % f.len();
        f[at] ^= 1 + (next() % 255) as u8;
        if let Ok((_, code)) = pyc::decode(&f) {
            assert_eq!(code, expected);
        }
    }
}

/// Mutations of the marshalled corpus programs (every statement and
/// expression kind): set, insert, delete, duplicate and truncate.
#[test]
fn mutated_real_outputs_never_panic() {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut bodies = vec![marshal::dumps(&format_sample())];
    for path in py_files(&repo_path("tests/compiler/programs")) {
        let source = std::fs::read(&path).unwrap();
        if let Ok(code) = pyc::compile_source(&source, "p.py") {
            bodies.push(marshal::dumps(&code));
        }
    }
    let mut loaded = 0;
    for body in &bodies {
        for _ in 0..1000 {
            let mut m = body.clone();
            for _ in 0..1 + next() % 3 {
                let at = next() as usize % m.len().max(1);
                match next() % 5 {
                    0 if !m.is_empty() => m[at] = next() as u8,
                    1 => m.insert(at.min(m.len()), next() as u8),
                    2 if !m.is_empty() => {
                        m.remove(at);
                    }
                    3 if !m.is_empty() => {
                        let end = (at + 1 + next() as usize % 16).min(m.len());
                        let copy = m[at..end].to_vec();
                        m.splice(at..at, copy);
                    }
                    _ => m.truncate(at),
                }
            }
            loaded += usize::from(marshal::loads(&m).is_ok());
        }
    }
    println!("{} bodies, {loaded} mutants still loaded", bodies.len());
}

// ---------------------------------------------------------------------
// Writing

#[test]
fn dont_write_bytecode_writes_nothing() {
    let dir = TempDir::new("dont-write");
    let src = dir.file("m.py", SMALL);
    let options = Options {
        write_bytecode: false,
        ..Options::default()
    };
    for _ in 0..2 {
        let loaded = pyc::load_or_compile(&src, &options).unwrap();
        assert!(!loaded.from_cache);
        assert_eq!(loaded.written, None);
    }
    assert!(!dir.0.join("__pycache__").exists());
    // An existing valid cache is still read.
    write_valid(&src);
    assert!(pyc::load_or_compile(&src, &options).unwrap().from_cache);
}

#[test]
fn unwritable_cache_folder_is_skipped() {
    // `__pycache__` is a file: nothing can be written below it.
    let dir = TempDir::new("unwritable");
    let src = dir.file("m.py", SMALL);
    dir.file("__pycache__", "not a folder");
    let loaded = pyc::load_or_compile(&src, &Options::default()).unwrap();
    assert_eq!(loaded.written, None);
    assert_eq!(loaded.code, compiled(&src));
    assert!(pyc::load_or_compile(&src, &Options::default()).is_ok());

    // A read-only `__pycache__` (meaningless for root, who writes anyway).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = TempDir::new("readonly");
        let src = dir.file("m.py", SMALL);
        let cache_dir = dir.0.join("__pycache__");
        std::fs::create_dir(&cache_dir).unwrap();
        std::fs::set_permissions(&cache_dir, std::fs::Permissions::from_mode(0o555)).unwrap();
        let probe = cache_dir.join("probe");
        let root = std::fs::write(&probe, "").is_ok();
        let _ = std::fs::remove_file(&probe);
        let loaded = pyc::load_or_compile(&src, &Options::default()).unwrap();
        assert_eq!(loaded.code, compiled(&src));
        if !root {
            assert_eq!(loaded.written, None);
            assert_eq!(std::fs::read_dir(&cache_dir).unwrap().count(), 0);
        }
        std::fs::set_permissions(&cache_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn writes_leave_no_temporary_files() {
    let dir = TempDir::new("atomic");
    let a = dir.file("a.py", SMALL);
    let b = dir.file("b.py", "y = 2\n");
    for i in 0..5 {
        std::fs::write(&a, format!("{SMALL}z = {i}\n")).unwrap();
        pyc::load_or_compile(&a, &Options::default()).unwrap();
        pyc::load_or_compile(&b, &Options::default()).unwrap();
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.0.join("__pycache__"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a.pvm-311.pyc", "b.pvm-311.pyc"]);
}

#[test]
fn concurrent_readers_never_see_half_a_file() {
    let dir = TempDir::new("concurrent");
    // A big module, so that a write takes a while.
    let mut text = String::new();
    for i in 0..400 {
        text.push_str(&format!(
            "def f{i}(a, b):\n    return [a + b * {i} for a in range(b)] or 'text {i}'\n"
        ));
    }
    let src = dir.file("big.py", &text);
    let code = compiled(&src);
    let meta = SourceMeta::of(&src).unwrap();
    let header = Header::new(Invalidation::Timestamp, &meta, b"");
    pyc::write_cached(&src, &header, &code).unwrap();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let (src, stop, code) = (src.clone(), stop.clone(), code.clone());
            std::thread::spawn(move || {
                let mut reads = 0;
                while !stop.load(Ordering::Relaxed) || reads == 0 {
                    match pyc::check_cached(&src, &meta) {
                        Ok(c) => assert_eq!(c, code),
                        Err(e) => panic!("a reader saw {e}"),
                    }
                    reads += 1;
                }
                reads
            })
        })
        .collect();
    for _ in 0..30 {
        pyc::write_cached(&src, &header, &code).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    for r in readers {
        assert!(r.join().unwrap() > 0);
    }
}

#[test]
fn moved_caches_get_the_new_file_name() {
    let dir = TempDir::new("moved");
    let old = dir.0.join("old");
    let new = dir.0.join("new");
    std::fs::create_dir(&old).unwrap();
    let src = old.join("m.py");
    std::fs::write(&src, SMALL).unwrap();
    pyc::load_or_compile(&src, &Options::default()).unwrap();
    std::fs::rename(&old, &new).unwrap();
    let moved = new.join("m.py");
    let loaded = pyc::load_or_compile(&moved, &Options::default()).unwrap();
    assert!(loaded.from_cache);
    let name = moved.to_string_lossy();
    assert!(loaded.code.walk().iter().all(|c| c.filename == name));
    assert_eq!(loaded.code, compiled(&moved));
}

#[test]
fn errors_are_reported_and_nothing_written() {
    let dir = TempDir::new("errors");
    let bad = dir.file("bad.py", "def f(:\n");
    assert!(matches!(
        pyc::load_or_compile(&bad, &Options::default()),
        Err(pyc::LoadError::Syntax { .. })
    ));
    let bad = dir.file("ret.py", "return 1\n");
    assert!(matches!(
        pyc::load_or_compile(&bad, &Options::default()),
        Err(pyc::LoadError::Compile { .. })
    ));
    let missing = dir.0.join("missing.py");
    assert!(matches!(
        pyc::load_or_compile(&missing, &Options::default()),
        Err(pyc::LoadError::Io(_))
    ));
    assert!(!dir.0.join("__pycache__").exists());
}
