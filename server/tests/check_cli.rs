//! `pvm check` end to end: the whole syntax-error corpus written out as one
//! folder and checked in one run (files are checked in parallel, the report
//! must still come in file order), compared with CPython's recorded verdicts.

use pvm_test_support::error_corpus;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn pvm_check(args: &[&str], paths: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pvm"))
        .arg("check")
        .args(args)
        .args(paths)
        .output()
        .expect("run pvm check")
}

/// A fresh folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn folder_report_matches_cpython_in_file_order() {
    let dir = scratch("check-corpus");
    let cases = error_corpus();
    let mut expected = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let path = dir.join(format!("case_{i:04}.py"));
        std::fs::write(&path, &case.snippet).expect("write snippet");
        expected.push((path.display().to_string(), case));
    }
    let out = pvm_check(&["--format", "json"], &[&dir]);
    assert_eq!(out.status.code(), Some(1), "errors were found: exit 1");
    let report: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON array");

    // File order: the report's files never go backwards.
    let files: Vec<&str> = report.iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert!(
        files.windows(2).all(|w| w[0] <= w[1]),
        "report out of file order"
    );

    let (mut total, mut matched) = (0, 0);
    let mut false_errors = Vec::new();
    for (file, case) in &expected {
        let first = report.iter().find(|d| d["file"] == file.as_str());
        let want = &case.expected;
        match want["stage"].as_str().unwrap() {
            "valid" => {
                if let Some(got) = first {
                    false_errors.push(format!("{}: {got}", case.location));
                }
            }
            _ => {
                total += 1;
                let same = first.is_some_and(|got| {
                    got["kind"] == want["type"]
                        && got["message"] == want["message"]
                        && got["line"] == want["line"]
                });
                matched += usize::from(same);
            }
        }
    }
    assert!(
        false_errors.is_empty(),
        "false errors:\n{}",
        false_errors.join("\n")
    );
    let pct = 100.0 * matched as f64 / total as f64;
    println!("pvm check parity: {matched}/{total} = {pct:.1}%");
    assert!(pct >= 90.0, "pvm check parity {pct:.1}% is below 90%");
}

#[test]
fn text_format_exit_status_and_unreadable_files() {
    let dir = scratch("check-text");
    std::fs::write(dir.join("good.py"), "x = 1\n").unwrap();
    let good = pvm_check(&[], &[&dir.join("good.py")]);
    assert_eq!(good.status.code(), Some(0));
    assert!(good.stdout.is_empty());

    std::fs::write(dir.join("bad.py"), "def f(:\n    pass\n").unwrap();
    std::fs::write(dir.join("latin.py"), b"s = '\xff'\n").unwrap();
    let out = pvm_check(&[], &[&dir]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // bad.py first (sorted), with its source line and a caret under it.
    assert!(
        lines[0].starts_with(&format!("{}:1:", dir.join("bad.py").display())),
        "{text}"
    );
    assert_eq!(lines[1], "    def f(:");
    assert!(lines[2].trim_start().starts_with('^'), "{text}");
    // The undecodable file is a SyntaxError line, not a crash.
    assert!(
        lines.iter().any(|l| l.starts_with(&format!(
            "{}:1:1: SyntaxError:",
            dir.join("latin.py").display()
        ))),
        "{text}"
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
