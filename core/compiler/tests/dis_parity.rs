//! Bytecode parity with CPython 3.11 on tests/compiler/programs/*.py,
//! against the instruction sequences `scripts/record_dis.py` recorded.
//!
//! A code object matches when its opnames equal CPython's, ignoring
//! RESUME, CACHE, PRECALL, KW_NAMES, PUSH_NULL, NOP, EXTENDED_ARG,
//! COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR and the direction of
//! jumps. The test prints the share of matching code objects (and of code
//! objects equal in every opname and argrepr) and asserts a floor; it also
//! compares each file's whole `dis` listing with the one recorded.
//! `PVM_DIS_VERBOSE=1` prints every mismatch.

use pvm_compiler::dis::{self, Addresses};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The floor the parity figure must stay above (percent).
const FLOOR: f64 = 99.0;

const IGNORED: [&str; 11] = [
    "RESUME",
    "CACHE",
    "PRECALL",
    "KW_NAMES",
    "PUSH_NULL",
    "NOP",
    "EXTENDED_ARG",
    "COPY_FREE_VARS",
    "MAKE_CELL",
    "RETURN_GENERATOR",
    "",
];

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/compiler/programs")
}

/// An opname with the jump direction removed.
fn normalize(opname: &str) -> String {
    opname.replace("_FORWARD", "").replace("_BACKWARD", "")
}

fn filtered<'a>(ops: impl Iterator<Item = &'a str>) -> Vec<String> {
    ops.filter(|o| !IGNORED.contains(o))
        .map(normalize)
        .collect()
}

fn mask_address(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i]);
        out.push_str(" at 0x?");
        rest = &rest[i + 6..];
        let end = rest
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

struct Got {
    qualname: String,
    instructions: Vec<(String, String)>,
}

fn compile(path: &Path) -> Result<(Vec<Got>, String), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = pvm_syntax::source::decode(&bytes).map_err(|e| e.message)?;
    let (module, errors) = pvm_syntax::parse_module(&text);
    if let Some(e) = errors.first() {
        return Err(format!("syntax error: {}", e.message));
    }
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let code = pvm_compiler::compile(&module, &name)
        .map_err(|e| format!("compile error: {}", e[0].message))?;
    let addrs = Addresses::new(&code);
    let listing = mask_address(&dis::dis(&code));
    let got = code
        .walk()
        .into_iter()
        .map(|c| Got {
            qualname: c.qualname.clone(),
            instructions: dis::instructions(c, &addrs)
                .into_iter()
                .map(|i| (i.opname.to_string(), mask_address(&i.argrepr)))
                .collect(),
        })
        .collect();
    Ok((got, listing))
}

#[test]
fn bytecode_matches_cpython() {
    let verbose = std::env::var_os("PVM_DIS_VERBOSE").is_some();
    let mut files: Vec<PathBuf> = std::fs::read_dir(programs_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let (mut total, mut matched, mut exact) = (0usize, 0usize, 0usize);
    let mut text_matched = 0usize;
    let mut report = String::new();
    for path in &files {
        let recorded = path.with_extension("dis.json");
        let want: Value =
            serde_json::from_str(&std::fs::read_to_string(&recorded).unwrap()).unwrap();
        let want = want.as_array().unwrap();
        total += want.len();
        let got = match compile(path) {
            Ok((got, listing)) => {
                let want_listing = std::fs::read_to_string(path.with_extension("dis.txt")).unwrap();
                if listing == want_listing {
                    text_matched += 1;
                } else {
                    let line = listing
                        .lines()
                        .zip(want_listing.lines())
                        .position(|(a, b)| a != b)
                        .map_or(0, |i| i + 1);
                    report.push_str(&format!(
                        "{}: listing differs from line {line}\n",
                        path.file_name().unwrap().to_string_lossy()
                    ));
                }
                got
            }
            Err(e) => {
                report.push_str(&format!("{}: {e}\n", path.display()));
                continue;
            }
        };
        let mut file_matched = 0;
        for (i, w) in want.iter().enumerate() {
            let qualname = w["qualname"].as_str().unwrap();
            let wins: Vec<(String, String)> = w["instructions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p[0].as_str().unwrap().to_string(),
                        p[1].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            let Some(g) = got.get(i).filter(|g| g.qualname == qualname) else {
                report.push_str(&format!(
                    "{}: code object #{i} {qualname}: missing or out of order\n",
                    path.file_name().unwrap().to_string_lossy()
                ));
                continue;
            };
            let want_ops = filtered(wins.iter().map(|(o, _)| o.as_str()));
            let got_ops = filtered(g.instructions.iter().map(|(o, _)| o.as_str()));
            if want_ops == got_ops {
                matched += 1;
                file_matched += 1;
                if wins == g.instructions {
                    exact += 1;
                } else if verbose {
                    report.push_str(&format!(
                        "{}: {qualname}: argreprs differ\n{}",
                        path.file_name().unwrap().to_string_lossy(),
                        side_by_side(&wins, &g.instructions)
                    ));
                }
            } else if verbose {
                report.push_str(&format!(
                    "{}: {qualname}: opnames differ\n{}",
                    path.file_name().unwrap().to_string_lossy(),
                    side_by_side(&wins, &g.instructions)
                ));
            } else {
                report.push_str(&format!(
                    "{}: {qualname}: opnames differ\n",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
        let _ = file_matched;
    }
    let pct = 100.0 * matched as f64 / total.max(1) as f64;
    let exact_pct = 100.0 * exact as f64 / total.max(1) as f64;
    println!("{report}");
    println!(
        "dis parity: {matched}/{total} code objects ({pct:.1}%) match CPython 3.11's opnames; \
         {exact}/{total} ({exact_pct:.1}%) match every opname and argrepr; \
         {text_matched}/{} files list exactly as python3 -m dis",
        files.len()
    );
    assert!(
        pct >= FLOOR,
        "parity {pct:.1}% fell below the floor {FLOOR}%"
    );
}

fn side_by_side(want: &[(String, String)], got: &[(String, String)]) -> String {
    let mut out = String::new();
    for i in 0..want.len().max(got.len()) {
        let w = want
            .get(i)
            .map(|(o, a)| format!("{o} {a}"))
            .unwrap_or_default();
        let g = got
            .get(i)
            .map(|(o, a)| format!("{o} {a}"))
            .unwrap_or_default();
        let mark = if w == g { " " } else { "!" };
        out.push_str(&format!("  {mark} {w:<45} | {g}\n"));
    }
    out
}
