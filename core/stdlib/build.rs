//! Compiles the Python modules in `python/` once, at build time, so that
//! importing one loads its code instead of compiling its source on every
//! run. Each module's code object is marshalled (`pvm_compiler::marshal`)
//! into `OUT_DIR/frozen/NAME.pvmc`, and `OUT_DIR/precompiled.rs` maps the
//! module's dotted name to those bytes with `include_bytes!`.
//!
//! A module that does not compile gets no bytes: the VM then compiles its
//! source at import and raises the SyntaxError there, as it would without
//! this step. The VM also falls back to the source when bytes do not load.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let python = root.join("python");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let frozen = out.join("frozen");
    // A failure to write is a build failure: the include_bytes! below would fail anyway.
    std::fs::create_dir_all(&frozen).expect("OUT_DIR/frozen");
    println!("cargo:rerun-if-changed=python");
    println!("cargo:rerun-if-changed=build.rs");

    let mut files = Vec::new();
    collect(&python, &mut files);
    files.sort();
    let mut table = String::new();
    table.push_str(
        "/// The build-time code of the frozen module `name` (empty when it has none).\n\
         fn precompiled(name: &str) -> &'static [u8] {\n    match name {\n",
    );
    for file in files {
        let Some(name) = module_name(&python, &file) else {
            continue;
        };
        let Ok(source) = std::fs::read_to_string(&file) else {
            continue;
        };
        let Some(bytes) = compile(&source, &name) else {
            continue;
        };
        let target = frozen.join(format!("{name}.pvmc"));
        std::fs::write(&target, bytes).expect("write precompiled module");
        let _ = writeln!(
            table,
            "        {name:?} => include_bytes!({:?}),",
            target.to_string_lossy()
        );
    }
    table.push_str("        _ => &[],\n    }\n}\n");
    std::fs::write(out.join("precompiled.rs"), table).expect("write precompiled.rs");
}

/// Every `.py` file under `dir`.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "py") {
            files.push(path);
        }
    }
}

/// The dotted module name of a file under `python/` (`json/decoder.py`
/// is `json.decoder`, `json/__init__.py` is `json`).
fn module_name(python: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(python).ok()?.with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "__init__") {
        parts.pop();
    }
    (!parts.is_empty()).then(|| parts.join("."))
}

/// The marshalled code of a module, under the file name the VM gives
/// frozen modules; None when it does not compile.
fn compile(source: &str, name: &str) -> Option<Vec<u8>> {
    let (module, errors) = pvm_syntax::parse_module(source);
    if !errors.is_empty() {
        return None;
    }
    let code = pvm_compiler::compile(&module, &format!("<frozen {name}>")).ok()?;
    pvm_compiler::marshal::dumps_checked(&code).ok()
}
