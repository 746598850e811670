//! pvm_stdlib: the standard library modules the PVM imports without a
//! file on disk. Native modules are Rust (one file each); the others are
//! Python sources in `python/`, compiled into the binary together with
//! their code objects (compiled by build.rs; the source is the fallback).
//! [`install`] registers them all with a VM.

mod abc;
mod array;
mod binascii;
mod bisect;
mod classutil;
mod cmath;
mod collections;
mod errno;
mod functools;
mod hashlib;
mod heapq;
mod io;
mod itertools;
mod json;
mod math;
mod modutil;
mod native;
mod operator;
mod oserror;
mod posix;
mod pystruct;
mod random;
mod re;
mod string;
mod sysinfo;
mod time;
mod traceback;

use pvm_vm::import::{ModuleDef, ModuleInit};
use pvm_vm::Vm;

/// Python modules compiled into the binary: (name, source, is_package).
#[rustfmt::skip]
const FROZEN: &[(&str, &str, bool)] = &[
    ("_collections_abc", include_str!("../python/_collections_abc.py"), false),
    ("__future__", include_str!("../python/__future__.py"), false),
    ("_datetime", include_str!("../python/_datetime.py"), false),
    ("_structseq", include_str!("../python/_structseq.py"), false),
    ("abc", include_str!("../python/abc.py"), false),
    ("argparse", include_str!("../python/argparse.py"), false),
    ("base64", include_str!("../python/base64.py"), false),
    ("bisect", include_str!("../python/bisect.py"), false),
    ("calendar", include_str!("../python/calendar.py"), false),
    ("collections", include_str!("../python/collections/__init__.py"), true),
    ("collections.abc", include_str!("../python/collections/abc.py"), false),
    ("fnmatch", include_str!("../python/fnmatch.py"), false),
    ("fractions", include_str!("../python/fractions.py"), false),
    ("functools", include_str!("../python/functools.py"), false),
    ("contextlib", include_str!("../python/contextlib.py"), false),
    ("copy", include_str!("../python/copy.py"), false),
    ("datetime", include_str!("../python/datetime.py"), false),
    ("glob", include_str!("../python/glob.py"), false),
    ("heapq", include_str!("../python/heapq.py"), false),
    ("linecache", include_str!("../python/linecache.py"), false),
    ("importlib", include_str!("../python/importlib/__init__.py"), true),
    ("enum", include_str!("../python/enum.py"), false),
    ("hashlib", include_str!("../python/hashlib.py"), false),
    ("dataclasses", include_str!("../python/dataclasses.py"), false),
    ("io", include_str!("../python/io.py"), false),
    ("json", include_str!("../python/json/__init__.py"), true),
    ("json.decoder", include_str!("../python/json/decoder.py"), false),
    ("json.encoder", include_str!("../python/json/encoder.py"), false),
    ("keyword", include_str!("../python/keyword.py"), false),
    ("json.scanner", include_str!("../python/json/scanner.py"), false),
    ("json.tool", include_str!("../python/json/tool.py"), false),
    ("operator", include_str!("../python/operator.py"), false),
    ("os", include_str!("../python/os.py"), false),
    ("pathlib", include_str!("../python/pathlib.py"), false),
    ("posixpath", include_str!("../python/posixpath.py"), false),
    ("pprint", include_str!("../python/pprint.py"), false),
    ("random", include_str!("../python/random.py"), false),
    ("re", include_str!("../python/re/__init__.py"), true),
    ("shutil", include_str!("../python/shutil.py"), false),
    ("stat", include_str!("../python/stat.py"), false),
    ("statistics", include_str!("../python/statistics.py"), false),
    ("string", include_str!("../python/string.py"), false),
    ("struct", include_str!("../python/struct.py"), false),
    ("tempfile", include_str!("../python/tempfile.py"), false),
    ("textwrap", include_str!("../python/textwrap.py"), false),
    ("traceback", include_str!("../python/traceback.py"), false),
    ("types", include_str!("../python/types.py"), false),
    ("typing", include_str!("../python/typing.py"), false),
    ("unittest", include_str!("../python/unittest/__init__.py"), true),
    ("unittest.__main__", include_str!("../python/unittest/__main__.py"), false),
    ("unittest.case", include_str!("../python/unittest/case.py"), false),
    ("unittest.loader", include_str!("../python/unittest/loader.py"), false),
    ("unittest.result", include_str!("../python/unittest/result.py"), false),
    ("unittest.runner", include_str!("../python/unittest/runner.py"), false),
    ("unittest.suite", include_str!("../python/unittest/suite.py"), false),
    ("unittest.util", include_str!("../python/unittest/util.py"), false),
    ("warnings", include_str!("../python/warnings.py"), false),
    ("weakref", include_str!("../python/weakref.py"), false),
];

/// Native modules: (name, the function that fills in the module).
#[rustfmt::skip]
const NATIVE: &[(&str, ModuleInit)] = &[
    ("math", math::init),
    ("cmath", cmath::init),
    ("_random", random::init),
    ("_sre", re::init),
    ("time", time::init),
    ("_strptime", time::init_strptime),
    ("_classutil", classutil::init),
    ("_operator", operator::init),
    ("_functools", functools::init),
    ("_heapq", heapq::init),
    ("_bisect", bisect::init),
    ("_abc", abc::init),
    ("_collections", collections::init),
    ("itertools", itertools::init),
    ("_json", json::init),
    ("_traceback", traceback::init),
    ("_struct", pystruct::init),
    ("_string", string::init),
    ("binascii", binascii::init),
    ("zlib", binascii::init_zlib),
    ("_hashlib", hashlib::init),
    ("_blake2", hashlib::init_blake2),
    ("_io", io::init),
    ("posix", posix::init),
    ("errno", errno::init),
    ("array", array::init),
];

// `precompiled(name)`: the code build.rs compiled from python/.
include!(concat!(env!("OUT_DIR"), "/precompiled.rs"));

/// Registers every standard-library module with `vm`'s import system.
pub fn install(vm: &mut Vm) {
    // PVM_FROZEN_SOURCE=1 ignores the build-time code (to measure or
    // debug compiling the sources at import, as before build.rs).
    let from_source = std::env::var_os("PVM_FROZEN_SOURCE").is_some_and(|v| v == "1");
    for &(name, source, package) in FROZEN {
        let code = if from_source { &[] } else { precompiled(name) };
        vm.imports.defs.insert(
            name,
            ModuleDef::Frozen {
                source,
                package,
                code,
            },
        );
    }
    for &(name, init) in NATIVE {
        vm.imports.defs.insert(name, ModuleDef::Native(init));
    }
    sysinfo::install(vm);
    traceback::install(vm);
}

/// A VM with the standard library installed.
pub fn new_vm() -> Vm {
    let mut vm = Vm::new();
    install(&mut vm);
    vm
}
