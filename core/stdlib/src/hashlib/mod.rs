//! The hash modules behind `hashlib` (python/hashlib.py): `_hashlib`
//! (MD5, SHA-1, SHA-2, SHA-3 and SHAKE objects, `new`, `pbkdf2_hmac`)
//! and `_blake2` (`blake2b`, `blake2s` with all their parameters), with
//! CPython 3.11's names, sizes and messages.

mod blake2;

use crate::modutil::{add_exception, buffer_arg, bytes_like, module_error};
use crate::native::{self, new_class};
use blake2::{Flavour, Params};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update, XofReader};
use std::cell::RefCell;

/// A hash algorithm's running state.
#[derive(Clone)]
enum Engine {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2(blake2::State),
}

/// Runs `$body` with `$h` bound to the fixed-output digest inside, or
/// `$other` for the XOF and BLAKE2 engines.
macro_rules! fixed {
    ($engine:expr, $h:ident => $body:expr, $other:pat => $else:expr) => {
        match $engine {
            Engine::Md5($h) => $body,
            Engine::Sha1($h) => $body,
            Engine::Sha224($h) => $body,
            Engine::Sha256($h) => $body,
            Engine::Sha384($h) => $body,
            Engine::Sha512($h) => $body,
            Engine::Sha512_224($h) => $body,
            Engine::Sha512_256($h) => $body,
            Engine::Sha3_224($h) => $body,
            Engine::Sha3_256($h) => $body,
            Engine::Sha3_384($h) => $body,
            Engine::Sha3_512($h) => $body,
            $other => $else,
        }
    };
}

impl Engine {
    /// Absorbs `data`.
    fn update(&mut self, data: &[u8]) {
        fixed!(self, h => Digest::update(h, data), other => match other {
            Engine::Shake128(h) => Update::update(h, data),
            Engine::Shake256(h) => Update::update(h, data),
            Engine::Blake2(h) => h.update(data),
            _ => {}
        })
    }

    /// The digest so far (`len` bytes for SHAKE).
    fn digest(&self, len: usize) -> Vec<u8> {
        fixed!(self, h => h.clone().finalize().to_vec(), other => match other {
            Engine::Shake128(h) => xof(h.clone().finalize_xof(), vec![0; len]),
            Engine::Shake256(h) => xof(h.clone().finalize_xof(), vec![0; len]),
            Engine::Blake2(h) => h.digest(),
            _ => Vec::new(),
        })
    }
}

/// The first bytes of an extendable output (as many as `out` holds).
fn xof(mut reader: impl XofReader, mut out: Vec<u8>) -> Vec<u8> {
    reader.read(&mut out);
    out
}

/// An algorithm `_hashlib.new` knows.
struct Algo {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    make: fn() -> Engine,
}

/// The algorithms of `_hashlib`, by their Python names.
const ALGOS: &[Algo] = &[
    Algo {
        name: "md5",
        digest_size: 16,
        block_size: 64,
        make: || Engine::Md5(Default::default()),
    },
    Algo {
        name: "sha1",
        digest_size: 20,
        block_size: 64,
        make: || Engine::Sha1(Default::default()),
    },
    Algo {
        name: "sha224",
        digest_size: 28,
        block_size: 64,
        make: || Engine::Sha224(Default::default()),
    },
    Algo {
        name: "sha256",
        digest_size: 32,
        block_size: 64,
        make: || Engine::Sha256(Default::default()),
    },
    Algo {
        name: "sha384",
        digest_size: 48,
        block_size: 128,
        make: || Engine::Sha384(Default::default()),
    },
    Algo {
        name: "sha512",
        digest_size: 64,
        block_size: 128,
        make: || Engine::Sha512(Default::default()),
    },
    Algo {
        name: "sha512_224",
        digest_size: 28,
        block_size: 128,
        make: || Engine::Sha512_224(Default::default()),
    },
    Algo {
        name: "sha512_256",
        digest_size: 32,
        block_size: 128,
        make: || Engine::Sha512_256(Default::default()),
    },
    Algo {
        name: "sha3_224",
        digest_size: 28,
        block_size: 144,
        make: || Engine::Sha3_224(Default::default()),
    },
    Algo {
        name: "sha3_256",
        digest_size: 32,
        block_size: 136,
        make: || Engine::Sha3_256(Default::default()),
    },
    Algo {
        name: "sha3_384",
        digest_size: 48,
        block_size: 104,
        make: || Engine::Sha3_384(Default::default()),
    },
    Algo {
        name: "sha3_512",
        digest_size: 64,
        block_size: 72,
        make: || Engine::Sha3_512(Default::default()),
    },
    Algo {
        name: "shake_128",
        digest_size: 0,
        block_size: 168,
        make: || Engine::Shake128(Default::default()),
    },
    Algo {
        name: "shake_256",
        digest_size: 0,
        block_size: 136,
        make: || Engine::Shake256(Default::default()),
    },
    Algo {
        name: "blake2b",
        digest_size: 64,
        block_size: 128,
        make: || default_blake2(Flavour::B),
    },
    Algo {
        name: "blake2s",
        digest_size: 32,
        block_size: 64,
        make: || default_blake2(Flavour::S),
    },
];

/// BLAKE2 with its default parameters (as OpenSSL's blake2b512/blake2s256).
fn default_blake2(flavour: Flavour) -> Engine {
    Engine::Blake2(blake2::State::new(&Params {
        flavour,
        digest_size: flavour.max_digest(),
        key: &[],
        salt: &[],
        person: &[],
        fanout: 1,
        depth: 1,
        leaf_size: 0,
        node_offset: 0,
        node_depth: 0,
        inner_size: 0,
        last_node: false,
    }))
}

/// The algorithm named `name` (any case).
fn algo(name: &str) -> Option<&'static Algo> {
    let lower = name.to_ascii_lowercase();
    ALGOS.iter().find(|a| a.name == lower)
}

/// The state of every hash object (HASH, HASHXOF, blake2b, blake2s).
struct HashObject {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    engine: RefCell<Engine>,
}

impl Extension for HashObject {}

/// The data argument of a hash: a bytes-like object, with CPython's
/// messages for str and other objects.
fn hash_data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Str(_)) = v.payload() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// The methods every hash object has.
const HASH_METHODS: &[(&str, NativeFn, NativeKind)] = &[
    ("update", hash_update, NativeKind::Method),
    ("copy", hash_copy, NativeKind::Method),
    ("__repr__", hash_repr, NativeKind::Method),
];

crate::modutil::not_writable! {
    set_hash_name => "_hashlib.HASH", "name";
    set_hash_digest_size => "_hashlib.HASH", "digest_size";
    set_hash_block_size => "_hashlib.HASH", "block_size";
    set_blake2b_name => "_blake2.blake2b", "name";
    set_blake2b_digest_size => "_blake2.blake2b", "digest_size";
    set_blake2b_block_size => "_blake2.blake2b", "block_size";
    set_blake2s_name => "_blake2.blake2s", "name";
    set_blake2s_digest_size => "_blake2.blake2s", "digest_size";
    set_blake2s_block_size => "_blake2.blake2s", "block_size";
}

/// The setters of (name, digest_size, block_size) for one class.
type Setters = [NativeFn; 3];

/// The refusing setters of `_hashlib` objects.
const HASH_SETTERS: Setters = [set_hash_name, set_hash_digest_size, set_hash_block_size];

/// Adds the read-only attributes of hash objects to `ty`.
fn add_hash_getters(vm: &mut Vm, ty: &ObjRef, setters: Setters) {
    let getters: [(&'static str, NativeFn); 3] = [
        ("name", hash_name),
        ("digest_size", hash_digest_size),
        ("block_size", hash_block_size),
    ];
    for ((name, get), set) in getters.into_iter().zip(setters) {
        native::add_property(vm, ty, name, get, set);
    }
}

/// Fills in the `_hashlib` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let mut methods = HASH_METHODS.to_vec();
    methods.push(("digest", hash_digest, NativeKind::Method));
    methods.push(("hexdigest", hash_hexdigest, NativeKind::Method));
    let hash = native::new_type(vm, module, "HASH", "_hashlib", &methods, true);
    add_hash_getters(vm, &hash, HASH_SETTERS);
    let mut methods = HASH_METHODS.to_vec();
    methods.push(("digest", xof_digest, NativeKind::Method));
    methods.push(("hexdigest", xof_hexdigest, NativeKind::Method));
    let ty = vm.new_extension_type("HASHXOF", "_hashlib", vec![hash], &methods);
    let td = pvm_vm::types::data(&ty);
    td.flags.set(td.flags.get() & !pvm_vm::types::BASETYPE);
    add_hash_getters(vm, &ty, HASH_SETTERS);
    vm.set_attr_direct(module, "HASHXOF", Value::Obj(ty));
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("new", hashlib_new),
        ("pbkdf2_hmac", pbkdf2_hmac),
        ("openssl_md5", openssl_md5),
        ("openssl_sha1", openssl_sha1),
        ("openssl_sha224", openssl_sha224),
        ("openssl_sha256", openssl_sha256),
        ("openssl_sha384", openssl_sha384),
        ("openssl_sha512", openssl_sha512),
        ("openssl_sha3_224", openssl_sha3_224),
        ("openssl_sha3_256", openssl_sha3_256),
        ("openssl_sha3_384", openssl_sha3_384),
        ("openssl_sha3_512", openssl_sha3_512),
        ("openssl_shake_128", openssl_shake_128),
        ("openssl_shake_256", openssl_shake_256),
    ];
    vm.add_functions(module, FUNCTIONS);
    let value_error = Value::Obj(vm.exc_type("ValueError"));
    add_exception(
        vm,
        module,
        "UnsupportedDigestmodError",
        "_hashlib.UnsupportedDigestmodError",
        &value_error,
    )?;
    Ok(())
}

/// A new instance of `cls` hashing with `engine`, fed with `data`
/// (absent when Null).
fn new_hash_object(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    mut engine: Engine,
    data: &Value,
) -> PyResult<Value> {
    if !data.is_null() {
        let bytes = hash_data(vm, data)?;
        engine.update(&bytes);
    }
    let state = HashObject {
        name,
        digest_size,
        block_size,
        engine: RefCell::new(engine),
    };
    Ok(vm.new_extension(cls, state))
}

/// A new `_hashlib.HASH` (or `HASHXOF`) object of `algo`, fed with `data`.
fn make_hash(vm: &mut Vm, algo: &'static Algo, data: &Value) -> PyResult<Value> {
    let class = if algo.digest_size == 0 {
        "HASHXOF"
    } else {
        "HASH"
    };
    let module = pvm_vm::import::import_full(vm, "_hashlib")?;
    let Value::Obj(cls) = vm.get_attr_str(&module, class)? else {
        return Err(vm.type_error("hash class missing"));
    };
    let engine = (algo.make)();
    new_hash_object(
        vm,
        &cls,
        algo.name,
        algo.digest_size,
        algo.block_size,
        engine,
        data,
    )
}

/// "name() takes at most N positional arguments (M given)" when more
/// than `max` arguments come before the keyword-only ones.
fn max_positional(vm: &mut Vm, given: usize, name: &str, max: usize) -> PyResult<()> {
    if given > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} positional argument{s} ({given} given)"
        )));
    }
    Ok(())
}

/// `new(name, string=b'', *, usedforsecurity=True)`.
fn hashlib_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    max_positional(vm, args.pos().len(), "new", 2)?;
    let [name, data, _security] = native::keywords(
        vm,
        &args,
        "new",
        ["name", "string", "usedforsecurity"],
        0,
        1,
    )?;
    let Some(text) = name.as_str() else {
        return Err(vm.type_error("name must be a string"));
    };
    let Some(a) = algo(text) else {
        return Err(vm.value_error(format!("unsupported hash type {text}")));
    };
    make_hash(vm, a, &data)
}

/// Defines the `openssl_NAME(string=b'', *, usedforsecurity=True)`
/// constructors.
macro_rules! constructors {
    ($($fn_name:ident => $algo:literal;)*) => {
        $(
            #[doc = concat!("`", stringify!($fn_name), "(string=b'', *, usedforsecurity=True)`.")]
            fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                max_positional(vm, args.pos().len(), stringify!($fn_name), 1)?;
                let [data, _security] = native::keywords(
                    vm,
                    &args,
                    stringify!($fn_name),
                    ["string", "usedforsecurity"],
                    0,
                    0,
                )?;
                match algo($algo) {
                    Some(a) => make_hash(vm, a, &data),
                    None => Err(vm.value_error(concat!("unsupported hash type ", $algo))),
                }
            }
        )*
    };
}

constructors! {
    openssl_md5 => "md5";
    openssl_sha1 => "sha1";
    openssl_sha224 => "sha224";
    openssl_sha256 => "sha256";
    openssl_sha384 => "sha384";
    openssl_sha512 => "sha512";
    openssl_sha3_224 => "sha3_224";
    openssl_sha3_256 => "sha3_256";
    openssl_sha3_384 => "sha3_384";
    openssl_sha3_512 => "sha3_512";
    openssl_shake_128 => "shake_128";
    openssl_shake_256 => "shake_256";
}

/// The hash object of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a HashObject> {
    native::receiver::<HashObject>(vm, args, "_hashlib.HASH", method)
}

/// "Type.method", the qualified name of a method of the receiver.
fn qual(vm: &Vm, args: &Args, method: &str) -> String {
    let ty = vm.type_of(&args.values[0]);
    format!("{}.{method}", pvm_vm::types::name(ty))
}

/// `update(data)`.
fn hash_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "update")?;
    let q = qual(vm, &args, "update");
    let data = cargs::one(vm, &args, q.as_str())?;
    let bytes = hash_data(vm, &data)?;
    me.engine.borrow_mut().update(&bytes);
    Ok(Value::None)
}

/// `copy()`: an independent hash object with the same state.
fn hash_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "copy")?;
    cargs::noargs(vm, &args, qual(vm, &args, "copy").as_str())?;
    let state = HashObject {
        name: me.name,
        digest_size: me.digest_size,
        block_size: me.block_size,
        engine: RefCell::new(me.engine.borrow().clone()),
    };
    let cls = vm.type_of(&args.values[0]).clone();
    Ok(vm.new_extension(&cls, state))
}

/// `digest()`.
fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "digest")?;
    cargs::noargs(vm, &args, qual(vm, &args, "digest").as_str())?;
    let d = me.engine.borrow().digest(me.digest_size);
    Ok(vm.new_bytes(d))
}

/// Lowercase hex digits of `bytes`.
fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `hexdigest()`.
fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "hexdigest")?;
    cargs::noargs(vm, &args, qual(vm, &args, "hexdigest").as_str())?;
    let d = me.engine.borrow().digest(me.digest_size);
    Ok(vm.new_str(to_hex(&d)))
}

/// The `length` argument of a SHAKE digest.
fn xof_length(vm: &mut Vm, args: &Args, method: &str) -> PyResult<usize> {
    let [length] = cargs::keywords(vm, args, method, ["length"], 0, 1)?;
    let n = cargs::ssize(vm, &length)?;
    // CPython makes a bytes object of a negative size for digest() and
    // fails to allocate for hexdigest().
    if n < 0 && method == "digest" {
        return Err(vm.new_error(
            "SystemError",
            "Negative size passed to PyBytes_FromStringAndSize",
        ));
    }
    if n < 0 {
        return Err(vm.new_error("MemoryError", ""));
    }
    // Fail as CPython does when the digest cannot be allocated (the
    // engine then allocates the same size again).
    crate::modutil::zeroed(vm, n as usize)?;
    Ok(n as usize)
}

/// `digest(length)` of SHAKE.
fn xof_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "digest")?;
    let n = xof_length(vm, &args, "digest")?;
    let d = me.engine.borrow().digest(n);
    Ok(vm.new_bytes(d))
}

/// `hexdigest(length)` of SHAKE.
fn xof_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "hexdigest")?;
    let n = xof_length(vm, &args, "hexdigest")?;
    let d = me.engine.borrow().digest(n);
    Ok(vm.new_str(to_hex(&d)))
}

/// `name`.
fn hash_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "name")?;
    Ok(vm.new_str(me.name))
}

/// `digest_size`.
fn hash_digest_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, &args, "digest_size")?.digest_size as i64,
    ))
}

/// `block_size`.
fn hash_block_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "block_size")?.block_size as i64))
}

/// `repr(h)`: `<md5 _hashlib.HASH object @ 0x...>`, or the default form
/// for BLAKE2 objects.
fn hash_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let addr = args.values[0].as_obj().map_or(0, |o| o.addr());
    let tn = pvm_vm::types::name(vm.type_of(&args.values[0])).to_string();
    let text = if pvm_vm::extension::state::<HashObject>(&args.values[0]).is_some()
        && matches!(tn.as_str(), "blake2b" | "blake2s")
    {
        format!("<_blake2.{tn} object at {addr:#x}>")
    } else {
        format!("<{} _hashlib.{tn} object @ {addr:#x}>", me.name)
    };
    Ok(vm.new_str(text))
}

/// HMAC of `msg` under `key` with `algo` (RFC 2104), as the states after
/// the inner and outer key blocks so PBKDF2 can reuse them.
fn hmac_states(algo: &Algo, key: &[u8]) -> (Engine, Engine) {
    let mut key = key.to_vec();
    if key.len() > algo.block_size {
        let mut e = (algo.make)();
        e.update(&key);
        key = e.digest(algo.digest_size);
    }
    key.resize(algo.block_size, 0);
    let mut inner = (algo.make)();
    let mut outer = (algo.make)();
    inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<_>>());
    outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<_>>());
    (inner, outer)
}

/// One HMAC from the prepared key states.
fn hmac(states: &(Engine, Engine), size: usize, msg: &[u8]) -> Vec<u8> {
    let mut inner = states.0.clone();
    inner.update(msg);
    let mut outer = states.1.clone();
    outer.update(&inner.digest(size));
    outer.digest(size)
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, password, salt, iterations, dklen] = native::keywords(
        vm,
        &args,
        "pbkdf2_hmac",
        ["hash_name", "password", "salt", "iterations", "dklen"],
        0,
        4,
    )?;
    let Some(name) = name.as_str().map(str::to_string) else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {tn}"
        )));
    };
    let password = buffer_arg(vm, &password)?;
    let salt = buffer_arg(vm, &salt)?;
    let iterations = vm.index(&iterations)?;
    let algo = match algo(&name) {
        Some(a) if a.digest_size > 0 => a,
        // OpenSSL knows SHAKE but cannot use it in an HMAC; it raises a
        // ValueError without a reason (checked after the other arguments).
        Some(_) => {
            if iterations < 1 {
                return Err(vm.value_error("iteration value must be greater than 0."));
            }
            return Err(vm.value_error("no reason supplied"));
        }
        None => {
            return Err(module_error(
                vm,
                "_hashlib",
                "UnsupportedDigestmodError",
                "[digital envelope routines] unsupported",
            ))
        }
    };
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    if iterations > i32::MAX as i64 {
        return Err(vm.overflow_error("iteration value is too great."));
    }
    let dklen = if dklen.is_null() || dklen.is_none() {
        algo.digest_size as i64
    } else {
        vm.index(&dklen)?
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    if dklen > i32::MAX as i64 {
        return Err(vm.overflow_error("key length is too great."));
    }
    let states = hmac_states(algo, &password);
    let size = algo.digest_size;
    let mut out = Vec::with_capacity(dklen as usize);
    let mut block: u32 = 1;
    while out.len() < dklen as usize {
        let mut msg = salt.clone();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac(&states, size, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac(&states, size, &u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen as usize);
    Ok(vm.new_bytes(out))
}

/// Fills in the `_blake2` module.
pub fn init_blake2(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let b_setters: Setters = [
        set_blake2b_name,
        set_blake2b_digest_size,
        set_blake2b_block_size,
    ];
    let s_setters: Setters = [
        set_blake2s_name,
        set_blake2s_digest_size,
        set_blake2s_block_size,
    ];
    for (name, new, flavour, setters) in [
        ("blake2b", blake2b_new as NativeFn, Flavour::B, b_setters),
        ("blake2s", blake2s_new as NativeFn, Flavour::S, s_setters),
    ] {
        let mut methods = HASH_METHODS.to_vec();
        methods.push(("__new__", new, NativeKind::StaticMethod));
        methods.push(("digest", hash_digest, NativeKind::Method));
        methods.push(("hexdigest", hash_hexdigest, NativeKind::Method));
        let ty = native::new_type(vm, module, name, "_blake2", &methods, false);
        add_hash_getters(vm, &ty, setters);
        let sizes = [
            ("SALT_SIZE", flavour.salt_size()),
            ("PERSON_SIZE", flavour.salt_size()),
            ("MAX_KEY_SIZE", flavour.max_digest()),
            ("MAX_DIGEST_SIZE", flavour.max_digest()),
        ];
        for (attr, v) in sizes {
            vm.set_type_attr(&ty, attr, Value::Int(v as i64));
        }
    }
    Ok(())
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', ...)`.
fn blake2b_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    blake2_new(vm, args, Flavour::B)
}

/// `blake2s(data=b'', /, *, digest_size=32, key=b'', salt=b'', ...)`.
fn blake2s_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    blake2_new(vm, args, Flavour::S)
}

/// An optional int argument (`default` when absent).
fn int_or(vm: &mut Vm, v: &Value, default: i64) -> PyResult<i64> {
    if v.is_null() {
        Ok(default)
    } else {
        vm.index(v)
    }
}

/// An optional bytes-like argument (empty when absent).
fn bytes_or_empty(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.is_null() {
        Ok(Vec::new())
    } else {
        buffer_arg(vm, v)
    }
}

/// The constructor of both BLAKE2 classes, with CPython's checks in
/// CPython's order.
fn blake2_new(vm: &mut Vm, args: Args, flavour: Flavour) -> PyResult<Value> {
    let cls = new_class(vm, &args, "_blake2.blake2")?;
    let name = if flavour == Flavour::B {
        "blake2b"
    } else {
        "blake2s"
    };
    max_positional(vm, args.pos().len().saturating_sub(1), name, 1)?;
    let names = [
        "data",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    let [data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node, _security] =
        cargs::keywords(vm, &args, name, names, 1, 0)?;
    let max = flavour.max_digest();
    let digest_size = int_or(vm, &digest_size, max as i64)?;
    let key = bytes_or_empty(vm, &key)?;
    let salt = bytes_or_empty(vm, &salt)?;
    let person = bytes_or_empty(vm, &person)?;
    let fanout = int_or(vm, &fanout, 1)?;
    let depth = int_or(vm, &depth, 1)?;
    let leaf_size = int_or(vm, &leaf_size, 0)?;
    let node_offset = int_or(vm, &node_offset, 0)?;
    let node_depth = int_or(vm, &node_depth, 0)?;
    let inner_size = int_or(vm, &inner_size, 0)?;
    let last_node = !last_node.is_null() && vm.truthy(&last_node)?;
    if leaf_size < 0 || node_offset < 0 {
        return Err(vm.value_error("value must be positive"));
    }
    if digest_size < 1 || digest_size > max as i64 {
        return Err(vm.value_error(format!("digest_size must be between 1 and {max} bytes")));
    }
    let salt_max = flavour.salt_size();
    if salt.len() > salt_max {
        return Err(vm.value_error(format!("maximum salt length is {salt_max} bytes")));
    }
    if person.len() > salt_max {
        return Err(vm.value_error(format!("maximum person length is {salt_max} bytes")));
    }
    if !(0..=255).contains(&fanout) {
        return Err(vm.value_error("fanout must be between 0 and 255"));
    }
    if !(1..=255).contains(&depth) {
        return Err(vm.value_error("depth must be between 1 and 255"));
    }
    if leaf_size > u32::MAX as i64 {
        return Err(vm.overflow_error("leaf_size is too large"));
    }
    if flavour == Flavour::S && node_offset > 0xffff_ffff_ffff {
        return Err(vm.overflow_error("node_offset is too large"));
    }
    if !(0..=255).contains(&node_depth) {
        return Err(vm.value_error("node_depth must be between 0 and 255"));
    }
    if inner_size < 0 || inner_size > max as i64 {
        return Err(vm.value_error(format!("inner_size must be between 0 and is {max}")));
    }
    if key.len() > max {
        return Err(vm.value_error(format!("maximum key length is {max} bytes")));
    }
    let params = Params {
        flavour,
        digest_size: digest_size as usize,
        key: &key,
        salt: &salt,
        person: &person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset: node_offset as u64,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    };
    let engine = Engine::Blake2(blake2::State::new(&params));
    let block_size = flavour.block_size();
    new_hash_object(
        vm,
        &cls,
        name,
        digest_size as usize,
        block_size,
        engine,
        &data,
    )
}
