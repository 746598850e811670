//! Imported source modules are compiled once: the first run writes
//! `__pycache__/NAME.pvm-311.pyc` for each, the second loads every one of
//! them from there, and an edited module alone is compiled again.

use pvm_test_support::repo_path;
use std::path::{Path, PathBuf};

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "__pycache__" {
                copy_tree(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs `main.py` in `dir` on a fresh VM: (modules compiled, loaded from cache).
fn run(dir: &Path) -> (usize, usize) {
    let mut vm = pvm_stdlib::new_vm();
    vm.imports.pyc.write_bytecode = true;
    let main = dir.join("main.py");
    let status = pvm_vm::run::run_file(&mut vm, &main.to_string_lossy());
    assert_eq!(status, 0, "main.py failed");
    (vm.imports.compiled, vm.imports.from_cache)
}

#[test]
fn second_run_loads_every_module_from_pycache() {
    let dir: PathBuf = std::env::temp_dir().join(format!("pvm-pycache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_tree(&repo_path("tests/programs/imports/shop"), &dir.join("shop"));
    std::fs::write(
        dir.join("main.py"),
        "import shop.models.order\nprint(shop.models.order.Order().total())\n",
    )
    .unwrap();
    // shop, shop.models, .item, .order, shop.util, .money
    assert_eq!(run(&dir), (6, 0));
    assert!(dir
        .join("shop/util/__pycache__/money.pvm-311.pyc")
        .is_file());
    assert_eq!(run(&dir), (0, 6));
    // An edit (a different size, so the timestamp check sees it) recompiles that module only.
    let money = dir.join("shop/util/money.py");
    let text = std::fs::read_to_string(&money).unwrap();
    std::fs::write(&money, format!("{text}\nEDITED = True\n")).unwrap();
    assert_eq!(run(&dir), (1, 5));
    assert_eq!(run(&dir), (0, 6));
    let _ = std::fs::remove_dir_all(&dir);
}
