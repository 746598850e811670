//! The VS Code extension (editors/vscode): it builds and passes its unit
//! tests (node's test runner), and in VS Code's own workbench, served by
//! code-server and driven by headless Chromium, it starts the `pvm lsp`
//! built for this test, shows its diagnostics, restarts it when it dies,
//! and streams a run's output (editors/vscode/test/e2e.mjs).
//!
//! Skipped where node, chromium or code-server are missing, except in CI,
//! whose `.ci/run` installs them (editors/vscode/test/install-e2e-deps.sh).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

/// Finds an executable on PATH.
fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Skips the test (returns false) when a tool is missing, unless CI is set:
/// there a missing tool is an install step that `.ci/run` lost.
fn available(tool: &str, found: bool) -> bool {
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install {tool} (.ci/run runs editors/vscode/test/install-e2e-deps.sh)"
        );
        eprintln!("skipped: {tool} is not installed");
    }
    found
}

fn extension_dir() -> PathBuf {
    pvm_test_support::repo_path("editors/vscode")
}

/// What a finished command printed.
struct Finished {
    success: bool,
    text: String,
}

/// Runs a command to its end or kills it after `limit`, keeping both
/// output streams (read on threads, so that a full pipe cannot stall it).
fn run(command: &mut Command, limit: Duration) -> Finished {
    let description = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {description}: {e}"));
    let drain = |mut stream: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = stream.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(100));
    };
    let text = format!(
        "$ {description}\n{}{}",
        stdout.join().unwrap_or_default(),
        stderr.join().unwrap_or_default()
    );
    match status {
        Some(status) => Finished {
            success: status.success(),
            text,
        },
        None => Finished {
            success: false,
            text: format!("{text}\nkilled after {}s", limit.as_secs()),
        },
    }
}

fn npm(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("npm");
    command.args(args).current_dir(dir);
    // One compile job at a time: the machine's two cores are shared.
    command.env("JOBS", "1");
    command
}

/// `npm ci` (when node_modules is missing), `npm run compile` and the
/// unit tests, once for both tests of this file. Err holds the log of the
/// step that failed.
fn build() -> &'static Result<String, String> {
    static BUILD: OnceLock<Result<String, String>> = OnceLock::new();
    BUILD.get_or_init(|| {
        let dir = extension_dir();
        let mut log = String::new();
        let mut steps: Vec<(Vec<&str>, u64)> = Vec::new();
        if !dir.join("node_modules").is_dir() {
            steps.push((vec!["ci", "--no-audit", "--no-fund"], 300));
        }
        steps.push((vec!["run", "compile"], 180));
        steps.push((vec!["test"], 120));
        for (args, seconds) in steps {
            let finished = run(&mut npm(&dir, &args), Duration::from_secs(seconds));
            log.push_str(&finished.text);
            if !finished.success {
                return Err(log);
            }
        }
        Ok(log)
    })
}

fn has_node() -> bool {
    available(
        "node and npm",
        which("node").is_some() && which("npm").is_some(),
    )
}

#[test]
fn extension_builds_and_passes_its_unit_tests() {
    if !has_node() {
        return;
    }
    match build() {
        Ok(log) => {
            assert!(log.contains("# fail 0"), "{log}");
            assert!(!log.contains("# pass 0\n"), "no unit test ran:\n{log}");
        }
        Err(log) => panic!("the extension's build or unit tests failed:\n{log}"),
    }
}

#[test]
fn extension_works_in_code_server() {
    if !has_node() {
        return;
    }
    let chromium = std::env::var_os("PVM_E2E_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| which("chromium"));
    if !available("chromium", chromium.as_deref().is_some_and(Path::is_file)) {
        return;
    }
    let code_server = std::env::var_os("PVM_E2E_CODE_SERVER")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| {
                PathBuf::from(home).join(".cache/pvm-e2e/node_modules/.bin/code-server")
            })
        });
    if !available(
        "code-server",
        code_server.as_deref().is_some_and(Path::is_file),
    ) {
        return;
    }
    if let Err(log) = build() {
        panic!("the extension's build or unit tests failed:\n{log}");
    }
    let finished = run(
        Command::new("node")
            .arg("test/e2e.mjs")
            .arg("--pvm")
            .arg(env!("CARGO_BIN_EXE_pvm"))
            .current_dir(extension_dir())
            .env("PVM_E2E_CHROMIUM", chromium.expect("chromium"))
            .env("PVM_E2E_CODE_SERVER", code_server.expect("code-server")),
        // e2e.mjs stops itself after 150 s; this is the backstop.
        Duration::from_secs(200),
    );
    eprintln!("{}", finished.text);
    assert!(finished.success, "{}", finished.text);
    assert!(finished.text.contains("PASSED"), "{}", finished.text);
}
