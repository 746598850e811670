//! `pvm -m NAME ARGS...` against CPython's `python3 -m NAME ARGS...`:
//! modules compiled into the binary (`-m unittest`, a frozen package's
//! `__main__`), source modules and packages in the current folder, and
//! the messages for modules that cannot be run. The expectations are
//! recorded by scripts/record_run_module.py in tests/run_module/, with
//! the run-dependent parts normalised the same way here and there.

use pvm_test_support::repo_path;
use std::process::{Command, Stdio};

/// The output with the folder, the interpreter's name and unittest's
/// duration replaced, as the recording script does.
fn normalise(text: &str, folder: &str) -> String {
    let text = text.replace(folder, "<DIR>/");
    // pvm names itself "pvm" in its messages and unittest's usage.
    let text = text.replace("pvm -m", "<EXE> -m");
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let line = match line.strip_prefix("pvm: ") {
            Some(rest) => format!("<EXE>: {rest}"),
            None => line.to_string(),
        };
        match line.find(" in ") {
            Some(i) if line.starts_with("Ran ") => lines.push(format!("{} in <T>", &line[..i])),
            _ => lines.push(line),
        }
    }
    lines.join("\n")
}

#[test]
fn run_module_matches_cpython() {
    let dir = repo_path("tests/run_module");
    let text = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).expect("valid JSON");
    let folder = format!(
        "{}/",
        std::fs::canonicalize(&dir).expect("folder").display()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let args: Vec<&str> = case["args"]
            .as_array()
            .expect("args")
            .iter()
            .filter_map(|a| a.as_str())
            .collect();
        let out = Command::new(env!("CARGO_BIN_EXE_pvm"))
            .args(&args)
            .current_dir(&dir)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("COLUMNS", "80")
            .stdin(Stdio::null())
            .output()
            .expect("run pvm");
        let stdout = normalise(&String::from_utf8_lossy(&out.stdout), &folder);
        let stderr = normalise(&String::from_utf8_lossy(&out.stderr), &folder);
        let status = out.status.code().unwrap_or(-1);
        let want_status = case["status"].as_i64().unwrap_or(-2) as i32;
        if stdout != case["stdout"].as_str().unwrap_or("")
            || stderr != case["stderr"].as_str().unwrap_or("")
            || status != want_status
        {
            failures.push(format!(
                "pvm {}: status {status} (want {want_status})\n--- stdout\n{stdout}\n--- want\n{}\n--- stderr\n{stderr}\n--- want\n{}",
                args.join(" "),
                case["stdout"].as_str().unwrap_or(""),
                case["stderr"].as_str().unwrap_or("")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
