//! The import system: `import`, `from ... import`, relative imports,
//! packages (regular and namespace), `sys.modules`, `sys.path`, and the
//! built-in modules that other crates register (pvm_stdlib's native and
//! frozen modules). Source modules are compiled once and cached in
//! `__pycache__` (pvm_compiler::pyc).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::path::{Path, PathBuf};

/// Fills in a native module's fresh namespace.
pub type ModuleInit = fn(&mut Vm, &ObjRef) -> PyResult<()>;

/// How a built-in module is made when it is first imported.
#[derive(Clone, Copy)]
pub enum ModuleDef {
    /// Native code fills in the fresh module's namespace.
    Native(ModuleInit),
    /// Python source compiled into the binary; a package gets `__path__`.
    Frozen {
        /// The module's source text.
        source: &'static str,
        /// Whether the module is a package (its submodules are frozen too).
        package: bool,
        /// The module's code compiled at build time (`pvm_compiler::marshal`
        /// bytes; empty when there are none), so an import need not compile.
        code: &'static [u8],
    },
}

/// What the import system keeps between imports.
#[derive(Default)]
pub struct ImportState {
    /// Built-in modules by full dotted name.
    pub defs: std::collections::HashMap<&'static str, ModuleDef>,
    /// How source modules use the `__pycache__` files.
    pub pyc: pvm_compiler::pyc::Options,
    /// Modules whose code is running now (for the circular-import message).
    pub initializing: Vec<String>,
    /// Source modules compiled from source, and loaded from their cache.
    pub compiled: usize,
    /// Source modules loaded from a valid `__pycache__` file.
    pub from_cache: usize,
    /// The class of modules' `__spec__` objects, made at first use.
    pub spec_type: Option<ObjRef>,
}

/// Where a module was found.
enum Found {
    Builtin(ModuleDef),
    Source { file: PathBuf, package: bool },
    Namespace(Vec<String>),
}

/// `IMPORT_NAME`: the module (the top package unless `fromlist` is given).
pub fn import_name(
    vm: &mut Vm,
    name: &ObjRef,
    fromlist: &Value,
    level: &Value,
    globals: Option<&ObjRef>,
) -> PyResult<Value> {
    let n = name.as_str_payload().unwrap_or("").to_string();
    let level = match level {
        Value::Int(l) if *l > 0 => *l as usize,
        _ => 0,
    };
    let full = resolve_name(vm, &n, level, globals)?;
    let module = import_full(vm, &full)?;
    let empty_fromlist = match fromlist.payload() {
        Some(Payload::Tuple(t)) => t.is_empty(),
        Some(Payload::List(l)) => l.borrow().is_empty(),
        _ => true,
    };
    if empty_fromlist {
        if level == 0 {
            let top = n.split('.').next().unwrap_or("");
            return module_named(vm, top).ok_or_else(|| not_found(vm, top));
        }
        if n.is_empty() {
            return Ok(module);
        }
        // `__import__('b.c', level=1)` from package `a`: returns `a.b`.
        let head = n.split('.').next().unwrap_or("");
        let cut = full.len() - n.len() + head.len();
        return module_named(vm, &full[..cut]).ok_or_else(|| not_found(vm, &full[..cut]));
    }
    handle_fromlist(vm, &module, &full, fromlist)?;
    Ok(module)
}

/// The absolute name of `name` imported at `level` from a module whose
/// namespace is `globals`.
fn resolve_name(
    vm: &mut Vm,
    name: &str,
    level: usize,
    globals: Option<&ObjRef>,
) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return Err(vm.new_error("ValueError", "Empty module name"));
        }
        return Ok(name.to_string());
    }
    let package = match globals {
        Some(g) => package_of(vm, g),
        None => None,
    };
    let Some(package) = package.filter(|p| !p.is_empty()) else {
        return Err(vm.new_error(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    };
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(vm.new_error(
            "ImportError",
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// `__package__` of a module namespace, or what `__name__` implies.
fn package_of(vm: &mut Vm, globals: &ObjRef) -> Option<String> {
    let key = vm.intern("__package__");
    if let Some(p) = vm.dict_get_str(globals, &key) {
        if let Some(s) = p.as_str() {
            return Some(s.to_string());
        }
    }
    let key = vm.intern("__name__");
    let name = vm.dict_get_str(globals, &key)?.as_str()?.to_string();
    let key = vm.intern("__path__");
    if vm.dict_get_str(globals, &key).is_some() {
        return Some(name);
    }
    Some(name.rsplit_once('.').map_or("", |(p, _)| p).to_string())
}

/// Imports `full` and every package above it; the module `full`.
pub fn import_full(vm: &mut Vm, full: &str) -> PyResult<Value> {
    let mut end = 0;
    loop {
        end = full[end..].find('.').map_or(full.len(), |i| end + i);
        let module = import_one(vm, &full[..end])?;
        if end == full.len() {
            return Ok(module);
        }
        end += 1;
    }
}

/// The module already in `sys.modules` under `name`.
fn module_named(vm: &mut Vm, name: &str) -> Option<Value> {
    let modules = vm.modules.clone();
    let key = vm.intern(name);
    vm.dict_get_str(&modules, &key)
}

fn not_found(vm: &mut Vm, name: &str) -> ObjRef {
    not_found_msg(vm, name, format!("No module named '{name}'"))
}

fn not_found_msg(vm: &mut Vm, name: &str, msg: String) -> ObjRef {
    let e = vm.new_error("ModuleNotFoundError", msg);
    let n = vm.new_str(name);
    vm.set_attr_direct(&e, "name", n);
    e
}

/// Imports one module whose parent package is already imported.
fn import_one(vm: &mut Vm, full: &str) -> PyResult<Value> {
    if let Some(m) = module_named(vm, full) {
        if m.is_none() {
            let msg = format!("import of {full} halted; None in sys.modules");
            return Err(not_found_msg(vm, full, msg));
        }
        return Ok(m);
    }
    let (parent, child) = match full.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, full),
    };
    let search: Vec<String> = match parent {
        None => sys_path(vm),
        Some(p) => {
            let pm = module_named(vm, p).unwrap_or(Value::None);
            match package_path(vm, &pm) {
                Some(path) => path,
                None => {
                    let msg = format!("No module named '{full}'; '{p}' is not a package");
                    return Err(not_found_msg(vm, full, msg));
                }
            }
        }
    };
    let found = match vm.imports.defs.get(full) {
        Some(def) => Found::Builtin(*def),
        None => find_in_path(child, &search).ok_or_else(|| not_found(vm, full))?,
    };
    let module = load(vm, full, found)?;
    if let Some(p) = parent {
        if let Some(Value::Obj(pm)) = module_named(vm, p) {
            let key = vm.intern(child);
            if let Some(d) = pm.dict.borrow().clone() {
                vm.dict_set_str(&d, key, module.clone());
            }
        }
    }
    Ok(module)
}

/// The str entries of `sys.path`.
fn sys_path(vm: &mut Vm) -> Vec<String> {
    let path = crate::builtins::sys_attr(vm, "path").unwrap_or(Value::None);
    str_list(&path)
}

/// The str items of a list or tuple (others are skipped).
fn str_list(v: &Value) -> Vec<String> {
    let strs = |items: &[Value]| -> Vec<String> {
        items
            .iter()
            .filter_map(|e| e.as_str().map(str::to_string))
            .collect()
    };
    match v.payload() {
        Some(Payload::List(l)) => strs(&l.borrow()),
        Some(Payload::Tuple(t)) => strs(t),
        _ => Vec::new(),
    }
}

/// A package's `__path__` (None when the module is not a package).
fn package_path(vm: &mut Vm, module: &Value) -> Option<Vec<String>> {
    let m = module.as_obj()?;
    let p = crate::attr::get_dict_attr(vm, m, "__path__")?;
    Some(str_list(&p))
}

/// Looks for `name` in the folders of `search`: a package folder with
/// `__init__.py`, then `name.py`, in each folder in turn; a folder
/// without `__init__.py` found anywhere makes a namespace package.
fn find_in_path(name: &str, search: &[String]) -> Option<Found> {
    let mut namespace = Vec::new();
    for entry in search {
        let dir = if entry.is_empty() {
            Path::new(".")
        } else {
            Path::new(entry)
        };
        let pkg = dir.join(name);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found::Source {
                file: init,
                package: true,
            });
        }
        let file = dir.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found::Source {
                file,
                package: false,
            });
        }
        if pkg.is_dir() {
            namespace.push(absolute(&pkg));
        }
    }
    (!namespace.is_empty()).then_some(Found::Namespace(namespace))
}

/// `path` made absolute against the current folder (no symlinks resolved).
fn absolute(path: &Path) -> String {
    let p = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out.to_string_lossy().into_owned()
}

/// Creates module `full` from what was found, registers it in
/// `sys.modules`, runs its code, and returns `sys.modules[full]` (a
/// module may replace itself there).
fn load(vm: &mut Vm, full: &str, found: Found) -> PyResult<Value> {
    let module = new_module(vm, full);
    let parent = full.rsplit_once('.').map_or("", |(p, _)| p);
    let is_package = match &found {
        Found::Builtin(ModuleDef::Frozen { package, .. }) => *package,
        Found::Builtin(ModuleDef::Native(_)) => false,
        Found::Source { package, .. } => *package,
        Found::Namespace(_) => true,
    };
    let pkg_name = if is_package { full } else { parent };
    let p = vm.new_str(pkg_name);
    vm.set_attr_direct(&module, "__package__", p);
    let file = match &found {
        Found::Source { file, .. } => Some(absolute(file)),
        _ => None,
    };
    if let Some(f) = &file {
        let fv = vm.new_str(f.as_str());
        vm.set_attr_direct(&module, "__file__", fv);
    }
    if is_package {
        let dirs = match &found {
            Found::Namespace(dirs) => dirs.clone(),
            Found::Source { file, .. } => vec![absolute(file.parent().unwrap_or(Path::new(".")))],
            _ => Vec::new(),
        };
        let dirs = dirs.into_iter().map(|d| vm.new_str(d)).collect();
        let path = vm.new_list(dirs);
        vm.set_attr_direct(&module, "__path__", path);
    }
    let spec = module_spec(vm, full, file.as_deref(), &found, is_package);
    // A package's spec shares its `__path__` list, as in CPython.
    if let (Value::Obj(s), Some(path)) =
        (&spec, crate::attr::get_dict_attr(vm, &module, "__path__"))
    {
        vm.set_attr_direct(s, "submodule_search_locations", path);
    }
    vm.set_attr_direct(&module, "__spec__", spec);
    vm.set_attr_direct(&module, "__loader__", Value::None);
    vm.imports.initializing.push(full.to_string());
    let result = execute(vm, &module, full, found);
    vm.imports.initializing.retain(|n| n != full);
    if let Err(e) = result {
        let modules = vm.modules.clone();
        let key = vm.new_str(full);
        let _ = vm.set_item(&Value::Obj(modules), &key, Value::Null);
        return Err(e);
    }
    Ok(module_named(vm, full).unwrap_or(Value::Obj(module)))
}

/// Runs a fresh module's code in its namespace.
fn execute(vm: &mut Vm, module: &ObjRef, full: &str, found: Found) -> PyResult<()> {
    let globals = module.dict.borrow().clone().expect("module dict");
    let b = vm.builtins_module();
    vm.set_attr_direct(module, "__builtins__", b);
    let code = match found {
        Found::Namespace(_) => return Ok(()),
        Found::Builtin(ModuleDef::Native(init)) => return init(vm, module),
        Found::Builtin(ModuleDef::Frozen { source, code, .. }) => {
            frozen_code(vm, full, source, code)?
        }
        Found::Source { file, .. } => load_source(vm, &file)?,
    };
    crate::run::run_code(vm, code, globals.clone(), Value::Obj(globals))?;
    Ok(())
}

/// The runnable code of frozen module `name`: its precompiled code when
/// that loads, else compiled from the source (the precompiled bytes come
/// from the same compiler, so both give the same code).
pub fn frozen_code(
    vm: &mut Vm,
    name: &str,
    source: &str,
    code: &[u8],
) -> PyResult<std::rc::Rc<crate::code::Code>> {
    if !code.is_empty() {
        if let Ok(c) = pvm_compiler::marshal::loads(code) {
            return Ok(crate::run::load_code(vm, std::sync::Arc::new(c)));
        }
    }
    crate::run::compile_source(vm, source, &format!("<frozen {name}>"), "exec")
}

/// The code of a source module, from `__pycache__` when that is fresh.
fn load_source(vm: &mut Vm, file: &Path) -> PyResult<std::rc::Rc<crate::code::Code>> {
    let path = PathBuf::from(absolute(file));
    match pvm_compiler::pyc::load_or_compile(&path, &vm.imports.pyc) {
        Ok(loaded) => {
            if loaded.from_cache {
                vm.imports.from_cache += 1;
            } else {
                vm.imports.compiled += 1;
            }
            Ok(crate::run::load_code(vm, std::sync::Arc::new(loaded.code)))
        }
        Err(pvm_compiler::pyc::LoadError::Io(e)) => Err(vm.new_error("OSError", e.to_string())),
        Err(_) => {
            // Recompile from the text to raise the SyntaxError with its position.
            let bytes = std::fs::read(&path).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let filename = path.to_string_lossy().into_owned();
            match crate::run::compile_source(vm, &text, &filename, "exec") {
                Err(e) => Err(e),
                Ok(_) => Err(vm.new_error("SyntaxError", "invalid source")),
            }
        }
    }
}

/// A `ModuleSpec`-like namespace: name, origin, parent,
/// submodule_search_locations, has_location.
fn module_spec(vm: &mut Vm, full: &str, file: Option<&str>, found: &Found, package: bool) -> Value {
    let ty = match &vm.imports.spec_type {
        Some(t) => t.clone(),
        None => {
            let t = vm.new_extension_type(
                "ModuleSpec",
                "_frozen_importlib",
                vec![],
                &[("__repr__", spec_repr, crate::payload::NativeKind::Method)],
            );
            vm.imports.spec_type = Some(t.clone());
            t
        }
    };
    let dict = vm.new_dict();
    let spec = ObjRef::with_dict(ty, Payload::Object, Some(dict));
    vm.set_attr_direct(&spec, "loader", Value::None);
    let name = vm.new_str(full);
    vm.set_attr_direct(&spec, "name", name);
    let origin = match (file, found) {
        (Some(f), _) => vm.new_str(f),
        (None, Found::Builtin(ModuleDef::Native(_))) => vm.new_str("built-in"),
        (None, Found::Builtin(_)) => vm.new_str("frozen"),
        _ => Value::None,
    };
    vm.set_attr_direct(&spec, "origin", origin);
    let parent = if package {
        full
    } else {
        full.rsplit_once('.').map_or("", |(p, _)| p)
    };
    let p = vm.new_str(parent);
    vm.set_attr_direct(&spec, "parent", p);
    vm.set_attr_direct(&spec, "has_location", Value::Bool(file.is_some()));
    vm.set_attr_direct(&spec, "submodule_search_locations", Value::None);
    Value::Obj(spec)
}

/// `repr(spec)`: `ModuleSpec(name='m', loader=None, origin='...')`, as
/// CPython shows a spec (with the search locations of a package).
fn spec_repr(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let Some(Value::Obj(spec)) = args.values.first() else {
        return Ok(vm.new_str("ModuleSpec()"));
    };
    let mut parts = Vec::new();
    for name in ["name", "loader", "origin", "submodule_search_locations"] {
        let v = crate::attr::get_dict_attr(vm, spec, name).unwrap_or(Value::None);
        if name == "origin" && v.is_none() {
            continue;
        }
        if name == "submodule_search_locations" && v.is_none() {
            continue;
        }
        let r = vm.repr(&v)?;
        parts.push(format!("{name}={r}"));
    }
    Ok(vm.new_str(format!("ModuleSpec({})", parts.join(", "))))
}

/// The `__spec__` of a module built into the VM (`sys`, `builtins`).
pub fn builtin_spec(vm: &mut Vm, name: &str) -> Value {
    let found = Found::Builtin(ModuleDef::Native(|_, _| Ok(())));
    module_spec(vm, name, None, &found, false)
}

/// `from package import a, b`: imports the submodules among the names
/// that are not attributes of the package yet.
fn handle_fromlist(vm: &mut Vm, module: &Value, full: &str, fromlist: &Value) -> PyResult<()> {
    if package_path(vm, module).is_none() {
        return Ok(());
    }
    for n in str_list(fromlist) {
        if n == "*" {
            let all = module
                .as_obj()
                .and_then(|m| crate::attr::get_dict_attr(vm, m, "__all__"));
            if let Some(all) = all {
                let all = vm.to_vec(&all)?;
                let all = vm.new_tuple(all);
                handle_fromlist(vm, module, full, &all)?;
            }
            continue;
        }
        let key = vm.intern(&n);
        if vm.get_attr_opt(module, &key)?.is_some() {
            continue;
        }
        let sub = format!("{full}.{n}");
        if let Err(e) = import_full(vm, &sub) {
            // A missing submodule is left for IMPORT_FROM to report.
            let missing = vm.error_is(&e, "ModuleNotFoundError")
                && crate::attr::get_dict_attr(vm, &e, "name")
                    .is_some_and(|v| v.as_str() == Some(sub.as_str()));
            if !missing {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// `IMPORT_FROM`: an attribute of the module, or its submodule.
pub fn import_from(vm: &mut Vm, module: &Value, name: &ObjRef) -> PyResult<Value> {
    if let Some(v) = vm.get_attr_opt(module, name)? {
        return Ok(v);
    }
    let n = name.as_str_payload().unwrap_or("?").to_string();
    let mname = module
        .as_obj()
        .and_then(|m| crate::attr::get_dict_attr(vm, m, "__name__"))
        .and_then(|v| v.as_str().map(str::to_string));
    let Some(mname) = mname else {
        return Err(vm.new_error("ImportError", format!("cannot import name '{n}'")));
    };
    // A circular import may have registered the submodule already.
    if let Some(m) = module_named(vm, &format!("{mname}.{n}")) {
        return Ok(m);
    }
    let file = module
        .as_obj()
        .and_then(|m| crate::attr::get_dict_attr(vm, m, "__file__"))
        .and_then(|v| v.as_str().map(str::to_string));
    let location = file.unwrap_or_else(|| "unknown location".into());
    let msg = if vm.imports.initializing.contains(&mname) {
        format!(
            "cannot import name '{n}' from partially initialized module '{mname}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{n}' from '{mname}' ({location})")
    };
    let e = vm.new_error("ImportError", msg);
    let nv = vm.new_str(mname);
    vm.set_attr_direct(&e, "name", nv);
    Err(e)
}

/// `IMPORT_STAR`: copies the module's `__all__` names, or its public
/// names, into `locals`.
pub fn import_star(vm: &mut Vm, module: &Value, locals: &Value) -> PyResult<()> {
    let Value::Obj(m) = module else {
        return Ok(());
    };
    if let Some(all) = crate::attr::get_dict_attr(vm, m, "__all__") {
        for k in vm.to_vec(&all)? {
            let Some(key) = k.as_obj().cloned() else {
                continue;
            };
            let v = vm.get_attr(module, &key)?;
            vm.set_item(locals, &k, v)?;
        }
        return Ok(());
    }
    let Some(dict) = m.dict.borrow().clone() else {
        return Ok(());
    };
    let items: Vec<(Value, Value)> = match &dict.payload {
        Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    };
    for (k, v) in items {
        if k.as_str().is_some_and(|s| !s.starts_with('_')) {
            vm.set_item(locals, &k, v)?;
        }
    }
    Ok(())
}

/// Creates a module object with a fresh namespace and registers it in
/// `sys.modules`.
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let dict = vm.new_dict();
    let m = ObjRef::with_dict(
        vm.t.module.clone(),
        Payload::Module(name.into()),
        Some(dict.clone()),
    );
    let k = vm.intern("__name__");
    let v = vm.new_str(name);
    vm.dict_set_str(&dict, k, v);
    let k = vm.intern("__doc__");
    vm.dict_set_str(&dict, k, Value::None);
    let modules = vm.modules.clone();
    let key = vm.intern(name);
    vm.dict_set_str(&modules, key, Value::Obj(m.clone()));
    m
}

/// Fills `sys.path` as CPython does: the script's folder (or `''` for
/// `-c` and the REPL), then the entries of `PYTHONPATH`.
pub fn init_sys_path(vm: &mut Vm, first: &str) {
    let mut entries = vec![first.to_string()];
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        for p in std::env::split_paths(&pp) {
            if !p.as_os_str().is_empty() {
                entries.push(absolute(&p));
            }
        }
    }
    let items = entries.into_iter().map(|e| vm.new_str(e)).collect();
    let list = vm.new_list(items);
    if let Some(Value::Obj(sys)) = module_named(vm, "sys") {
        vm.set_attr_direct(&sys, "path", list);
    }
}

/// The folder `sys.path[0]` names for a script path.
pub fn script_folder(script: &str) -> String {
    let parent = Path::new(script)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    absolute(parent)
}

/// What `pvm -m NAME` runs as `__main__`.
pub enum MainModule {
    /// A source file, and the `__package__` it runs in.
    File(PathBuf, String),
    /// A frozen module: its full name (`unittest.__main__` for a
    /// package), `__package__`, source and precompiled code.
    Frozen {
        /// The full name of the module that runs.
        name: String,
        /// Its `__package__`.
        package: String,
        /// Its source text.
        source: &'static str,
        /// Its precompiled code (possibly empty).
        code: &'static [u8],
    },
}

/// The module `pvm -m NAME` runs and its `__package__`: the module's
/// file, or a package's `__main__` (the parent packages are imported
/// first, as CPython's runpy does); built-in modules first, as `import`
/// finds them. The inner error is the message for a module that cannot
/// be run.
pub fn find_main_file(vm: &mut Vm, name: &str) -> PyResult<Result<MainModule, String>> {
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let search = match parent {
        Some(p) => {
            let pm = import_full(vm, p)?;
            match package_path(vm, &pm) {
                Some(path) => path,
                None => return Ok(Err(format!("No module named {name}"))),
            }
        }
        None => sys_path(vm),
    };
    let package_main = |vm: &mut Vm| -> PyResult<Result<MainModule, String>> {
        import_full(vm, name)?;
        let main = format!("{name}.__main__");
        Ok(find_main_file(vm, &main)?.map_err(|_| {
            format!("No module named {main}; '{name}' is a package and cannot be directly executed")
        }))
    };
    let found = match vm.imports.defs.get(name) {
        Some(def) => Some(Found::Builtin(*def)),
        None => find_in_path(child, &search),
    };
    match found {
        Some(Found::Source {
            package: false,
            file,
        }) => Ok(Ok(MainModule::File(
            PathBuf::from(absolute(&file)),
            parent.unwrap_or("").to_string(),
        ))),
        Some(Found::Builtin(ModuleDef::Frozen {
            package: false,
            source,
            code,
        })) => Ok(Ok(MainModule::Frozen {
            name: name.to_string(),
            package: parent.unwrap_or("").to_string(),
            source,
            code,
        })),
        Some(Found::Source { package: true, .. })
        | Some(Found::Namespace(_))
        | Some(Found::Builtin(ModuleDef::Frozen { package: true, .. })) => package_main(vm),
        Some(Found::Builtin(ModuleDef::Native(_))) => {
            Ok(Err(format!("No code object available for {name}")))
        }
        None => Ok(Err(format!("No module named {name}"))),
    }
}

/// The `__spec__` of the source module `name` (in `file`) run by `pvm -m`.
pub fn source_spec(vm: &mut Vm, name: &str, file: &str) -> Value {
    let found = Found::Source {
        file: PathBuf::from(file),
        package: false,
    };
    module_spec(vm, name, Some(file), &found, false)
}

/// The `__spec__` of the frozen module `name` run by `pvm -m`.
pub fn frozen_spec(vm: &mut Vm, name: &str) -> Value {
    let found = Found::Builtin(ModuleDef::Frozen {
        source: "",
        package: false,
        code: &[],
    });
    module_spec(vm, name, None, &found, false)
}

/// `repr(module)`: where the module came from, as CPython shows it.
pub fn module_repr(vm: &mut Vm, m: &ObjRef) -> String {
    let get = |vm: &mut Vm, n: &str| crate::attr::get_dict_attr(vm, m, n);
    let name = match (get(vm, "__name__"), &m.payload) {
        (Some(n), _) if n.as_str().is_some() => n.as_str().unwrap_or("?").to_string(),
        (_, Payload::Module(n)) => n.to_string(),
        _ => "?".into(),
    };
    if let Some(f) = get(vm, "__file__").filter(|f| f.as_str().is_some()) {
        return format!("<module '{name}' from '{}'>", f.as_str().unwrap_or(""));
    }
    let origin = get(vm, "__spec__")
        .and_then(|s| {
            s.as_obj()
                .and_then(|s| crate::attr::get_dict_attr(vm, s, "origin"))
        })
        .and_then(|o| o.as_str().map(str::to_string));
    match origin.as_deref() {
        Some("built-in") => format!("<module '{name}' (built-in)>"),
        Some("frozen") => format!("<module '{name}' (frozen)>"),
        _ if name == "sys" || name == "builtins" => format!("<module '{name}' (built-in)>"),
        _ => format!("<module '{name}'>"),
    }
}

/// `ModuleType(name, doc=None)`: a module not registered anywhere.
fn module_new(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let a = args.check(vm, "module", 2, 3)?;
    let Some(name) = a[1].as_str().map(str::to_string) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {tn}"
        )));
    };
    let cls = a[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.t.module.clone());
    let dict = vm.new_dict();
    let m = ObjRef::with_dict(cls, Payload::Module(name.as_str().into()), Some(dict));
    let nv = vm.new_str(name);
    vm.set_attr_direct(&m, "__name__", nv);
    vm.set_attr_direct(&m, "__doc__", a.get(2).cloned().unwrap_or(Value::None));
    vm.set_attr_direct(&m, "__package__", Value::None);
    vm.set_attr_direct(&m, "__loader__", Value::None);
    vm.set_attr_direct(&m, "__spec__", Value::None);
    Ok(Value::Obj(m))
}

/// Gives the module type its constructor.
pub fn install_module_type(vm: &mut Vm) {
    let ty = vm.t.module.clone();
    vm.add_methods(
        &ty,
        &[(
            "__new__",
            module_new,
            crate::payload::NativeKind::StaticMethod,
        )],
    );
}
