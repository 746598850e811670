//! Every frozen module carries the code build.rs compiled for it, and that
//! code is exactly what compiling its source gives (so loading it instead
//! of compiling changes nothing but the time).

use pvm_vm::import::ModuleDef;

#[test]
fn frozen_modules_carry_their_compiled_code() {
    if std::env::var_os("PVM_FROZEN_SOURCE").is_some_and(|v| v == "1") {
        return; // the build-time code is ignored on request
    }
    let vm = pvm_stdlib::new_vm();
    let mut checked = 0;
    for (name, def) in &vm.imports.defs {
        let ModuleDef::Frozen { source, code, .. } = def else {
            continue;
        };
        assert!(!code.is_empty(), "{name}: no build-time code");
        assert!(
            pvm_compiler::marshal::loads(code).is_ok(),
            "{name}: build-time code does not load"
        );
        let (module, errors) = pvm_syntax::parse_module(source);
        assert!(errors.is_empty(), "{name}: syntax errors");
        let compiled = pvm_compiler::compile(&module, &format!("<frozen {name}>"))
            .unwrap_or_else(|_| panic!("{name}: compile errors"));
        assert!(
            pvm_compiler::marshal::dumps(&compiled) == *code,
            "{name}: build-time code differs from the source's"
        );
        checked += 1;
    }
    assert!(checked > 50, "only {checked} frozen modules");
}
