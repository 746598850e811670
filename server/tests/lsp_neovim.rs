//! A real client: headless Neovim (Debian's 0.7) attaches `pvm lsp` with
//! `vim.lsp.start_client`, and shows the syntax error and a bytecode hover
//! (tests/lsp/nvim_client.lua). Skipped where `nvim` is missing, except in
//! CI, whose `.ci/run` installs it.

use std::process::Command;

#[test]
fn neovim_shows_the_diagnostic_and_the_hover() {
    let root = pvm_test_support::repo_path("");
    let has_nvim = Command::new("nvim").arg("--version").output().is_ok();
    if !has_nvim {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install neovim (.ci/run)"
        );
        eprintln!("skipped: nvim is not installed");
        return;
    }
    let output = Command::new("nvim")
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-c"])
        .arg("luafile tests/lsp/nvim_client.lua")
        .arg("tests/lsp/broken.py")
        .current_dir(&root)
        .env("PVM", env!("CARGO_BIN_EXE_pvm"))
        .output()
        .expect("run nvim");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("DIAGNOSTIC 4:6 '(' was never closed"),
        "{stdout}"
    );
    assert!(stdout.contains("HOVER ```text"), "{stdout}");
    assert!(
        stdout.contains("LOAD_GLOBAL              1 (NULL + sum)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("BINARY_OP                0 (+)"),
        "{stdout}"
    );
    assert!(stdout.contains("DONE"), "{stdout}");
}
