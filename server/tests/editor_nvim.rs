//! The Neovim plugin (editors/nvim) against the `pvm` binary cargo built:
//! headless Neovim runs editors/nvim/test/run.lua, which drives :PvmRun,
//! :PvmBytecode, :PvmRunCell, :PvmRestart, :PvmInterrupt and the GC
//! statusline through a real `pvm lsp`. Skipped where `nvim` is missing,
//! except in CI, whose `.ci/run` installs it. `PVM_TEST_NVIM=/path/to/nvim`
//! tries another Neovim (the plugin supports 0.7 to current).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The script has its own watchdog (PVM_TEST_TIMEOUT_MS); this one also
/// covers a Neovim that hangs before the script starts.
const SCRIPT_TIMEOUT_MS: u64 = 120_000;
const KILL_AFTER: Duration = Duration::from_secs(150);

#[test]
fn neovim_plugin_runs_files_and_cells() {
    let nvim = std::env::var("PVM_TEST_NVIM").unwrap_or_else(|_| "nvim".into());
    let has_nvim = Command::new(&nvim).arg("--version").output().is_ok();
    if !has_nvim {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install neovim (.ci/run)"
        );
        eprintln!("skipped: nvim is not installed");
        return;
    }
    let root = pvm_test_support::repo_path("");
    // A private home, so no user configuration, shada or swap file of the
    // machine's takes part, and nothing is left behind.
    let home = std::env::temp_dir().join(format!("pvm-editor-nvim-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp dir");
    let mut child = Command::new(&nvim)
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg("luafile editors/nvim/test/run.lua")
        .current_dir(&root)
        .env("PVM", env!("CARGO_BIN_EXE_pvm"))
        .env("PVM_TEST_TIMEOUT_MS", SCRIPT_TIMEOUT_MS.to_string())
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("TMPDIR", &home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run nvim");
    // Read both pipes on threads so a full pipe never stalls Neovim.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err_thread = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for nvim") {
            break Some(status);
        }
        if start.elapsed() > KILL_AFTER {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = out_thread.join().unwrap();
    let stderr = err_thread.join().unwrap();
    let _ = std::fs::remove_dir_all(&home);
    let report = format!("--- stdout\n{stdout}\n--- stderr\n{stderr}");
    let Some(status) = status else {
        panic!("nvim did not exit within {KILL_AFTER:?}\n{report}");
    };
    assert!(status.success(), "nvim exited with {status}\n{report}");
    for check in [
        "ok client started",
        "ok :PvmRun output",
        "ok gcStats GC ",
        "ok :PvmBytecode",
        "ok :9PvmBytecode",
        "ok :PvmRunCell shares the session",
        "ok :PvmRestart",
        "ok Enter on a traceback entry",
        "ok code lenses",
        "ok code lens runs a cell",
        "ok unsaved edits run",
        "ok gcStats during a run",
        "ok :PvmInterrupt",
        "ok a client started elsewhere",
        "ok checkhealth",
        "DONE",
    ] {
        assert!(stdout.contains(check), "missing {check:?}\n{report}");
    }
}
