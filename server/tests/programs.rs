//! The differential corpus: every tests/programs/AREA/NAME.py (folders
//! inside an area hold the modules its programs import) runs under
//! `pvm` and must match what CPython 3.11 printed (recorded by
//! scripts/record_programs.py): stdout, the last line of stderr (the whole
//! stderr for the `tracebacks` area) and the exit status.
//!
//! Programs the VM cannot run yet are listed in tests/programs/KNOWN_FAILURES
//! (one path per line); the test fails when another program fails, and
//! also when a listed program passes, so the list only ever shrinks.
//! `PVM_UPDATE_KNOWN=1 cargo test -p pvm --test programs` rewrites it.
//! Programs run with `PVM_CHECK_LEAKS=1`: after the run every object is
//! freed, and one still alive (a count never given back) fails the program.

use pvm_test_support::{python_files_below, repo_path};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

fn run_pvm(program: &Path) -> Option<(String, String, i32)> {
    let dir = program.parent()?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pvm"))
        .arg(program.file_name()?)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        // CPython was recorded with -B: no __pycache__ in the source tree.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        // Every object must be freed at exit (else a last stderr line and
        // status 70 make the program fail).
        .env("PVM_CHECK_LEAKS", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    // The pipes are drained while the program runs (a full pipe would
    // block it), and a hung program fails instead of hanging the suite.
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_reader = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let err_reader = drain(child.stderr.take().map(|p| Box::new(p) as _));
    // Generous: debug builds on a loaded 2-core machine are slow.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().ok()? {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Some((String::new(), "timed out".into(), -1));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_reader.join().ok()?;
    let stderr = err_reader.join().ok()?;
    let folder = format!("{}/", std::fs::canonicalize(dir).ok()?.display());
    let clean = |b: &[u8]| String::from_utf8_lossy(b).replace(&folder, "<DIR>/");
    Some((clean(&stdout), clean(&stderr), status.code().unwrap_or(-1)))
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// Why a program's run differs from CPython's, or None when it matches.
fn compare(program: &Path) -> Option<String> {
    let expected_path = program.with_extension("expected.json");
    let text = std::fs::read_to_string(&expected_path).ok()?;
    let expected: serde_json::Value = serde_json::from_str(&text).ok()?;
    let Some((stdout, stderr, status)) = run_pvm(program) else {
        return Some("could not run pvm".into());
    };
    let want_out = expected["stdout"].as_str().unwrap_or("");
    let want_err = expected["stderr"].as_str().unwrap_or("");
    let want_status = expected["status"].as_i64().unwrap_or(0) as i32;
    if stdout != want_out {
        let line = stdout
            .lines()
            .zip(want_out.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| stdout.lines().count().min(want_out.lines().count()));
        return Some(format!(
            "stdout differs at line {}: got {:?}, want {:?} (stderr: {})",
            line + 1,
            stdout.lines().nth(line).unwrap_or("<end>"),
            want_out.lines().nth(line).unwrap_or("<end>"),
            last_line(&stderr)
        ));
    }
    let full = program
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|a| a == "tracebacks");
    if full && stderr != want_err {
        return Some(format!(
            "stderr differs:\n--- got\n{stderr}--- want\n{want_err}"
        ));
    }
    if last_line(&stderr) != last_line(want_err) {
        return Some(format!(
            "last stderr line: got {:?}, want {:?}",
            last_line(&stderr),
            last_line(want_err)
        ));
    }
    if status != want_status {
        return Some(format!("exit status {status}, want {want_status}"));
    }
    None
}

#[test]
fn programs_match_cpython() {
    let root = repo_path("tests/programs");
    let programs: Vec<PathBuf> = python_files_below(&root)
        .into_iter()
        .filter(|p| {
            p.strip_prefix(&root)
                .is_ok_and(|r| r.components().count() == 2)
        })
        .collect();
    assert!(
        programs.len() >= 300,
        "the corpus has {} programs",
        programs.len()
    );
    let rel = |p: &Path| {
        p.strip_prefix(&root)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    };
    let known_path = root.join("KNOWN_FAILURES");
    let known: BTreeSet<String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let failures: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());
    let next = Mutex::new(0usize);
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().expect("lock");
                    *n += 1;
                    *n - 1
                };
                let Some(p) = programs.get(i) else { break };
                if let Some(why) = compare(p) {
                    failures.lock().expect("lock").insert(rel(p), why);
                }
            });
        }
    });
    let failures = failures.into_inner().expect("lock");
    let mut by_area: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for p in &programs {
        let r = rel(p);
        let area = r.split('/').next().unwrap_or("").to_string();
        let e = by_area.entry(area).or_default();
        e.1 += 1;
        if !failures.contains_key(&r) {
            e.0 += 1;
        }
    }
    for (area, (pass, total)) in &by_area {
        eprintln!("{area:20} {pass:4}/{total}");
    }
    eprintln!(
        "{:20} {:4}/{}",
        "all",
        programs.len() - failures.len(),
        programs.len()
    );
    if std::env::var_os("PVM_UPDATE_KNOWN").is_some() {
        let mut text = String::from(
            "# Programs of the corpus PVM does not run correctly yet (tests/programs.rs).\n",
        );
        for k in failures.keys() {
            text.push_str(k);
            text.push('\n');
        }
        std::fs::write(&known_path, text).expect("write KNOWN_FAILURES");
        return;
    }
    let mut problems = Vec::new();
    for (p, why) in &failures {
        if !known.contains(p) {
            problems.push(format!("{p}: {why}"));
        }
    }
    for k in &known {
        if !failures.contains_key(k) && programs.iter().any(|p| &rel(p) == k) {
            problems.push(format!(
                "{k}: passes now; remove it from tests/programs/KNOWN_FAILURES"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
