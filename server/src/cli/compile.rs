//! `pvm compile`: files and whole trees to `__pycache__/NAME.pvm-311.pyc`,
//! like `python3 -m compileall`, with its output: `Listing 'DIR'...`,
//! `Compiling 'FILE'...`, and each failure as `py_compile` reports it.

use pvm_compiler::pyc::{self, Header, Invalidation, LoadError, SourceMeta};
use pvm_syntax::{LineIndex, TextSize};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How cache files are invalidated (`--invalidation-mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// By the source's mtime and size.
    Timestamp,
    /// By a hash of the source, checked on every load.
    CheckedHash,
    /// By a hash of the source that loads never check.
    UncheckedHash,
}

/// The options of `pvm compile`.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// Compile even files whose cache is up to date (`-f`).
    pub force: bool,
    /// 0: everything; 1 (`-q`): errors only; 2 (`-qq`): nothing.
    pub quiet: u8,
    /// Whether to descend into subfolders (`-l` turns it off).
    pub recurse: bool,
    /// The invalidation mode; by default checked-hash when
    /// `SOURCE_DATE_EPOCH` is set (reproducible builds), else timestamp.
    pub mode: Option<Mode>,
}

/// How deep `pvm compile` descends into folders (compileall's default,
/// `sys.getrecursionlimit()`).
const MAX_LEVELS: u32 = 1000;

/// Runs `pvm compile` over `paths`.
pub fn run(paths: &[PathBuf], settings: &Settings) -> Result<ExitCode, String> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let ok = compile_all(paths, settings, &mut out);
    let _ = out.flush();
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Compiles every path (a file, else a folder to list) and prints to
/// `out`; whether every file compiled.
pub fn compile_all(paths: &[PathBuf], settings: &Settings, out: &mut dyn Write) -> bool {
    let mode = match settings.mode {
        Some(Mode::Timestamp) => Invalidation::Timestamp,
        Some(Mode::CheckedHash) => Invalidation::CheckedHash,
        Some(Mode::UncheckedHash) => Invalidation::UncheckedHash,
        None if std::env::var_os("SOURCE_DATE_EPOCH").is_some() => Invalidation::CheckedHash,
        None => Invalidation::Timestamp,
    };
    let mut job = Job {
        settings,
        mode,
        out,
    };
    let mut ok = true;
    for path in paths {
        ok &= if path.is_file() {
            job.file(path)
        } else {
            let levels = if settings.recurse { MAX_LEVELS } else { 0 };
            job.dir(path, levels)
        };
    }
    ok
}

struct Job<'a> {
    settings: &'a Settings,
    mode: Invalidation,
    out: &'a mut dyn Write,
}

impl Job<'_> {
    /// Prints a line (output errors, such as a closed pipe, are ignored).
    fn line(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    /// Compiles the `*.py` files of `dir`, and of its subfolders down to
    /// `levels` deep (not through symbolic links, never `__pycache__`).
    fn dir(&mut self, dir: &Path, levels: u32) -> bool {
        let shown = repr(dir);
        if self.settings.quiet == 0 {
            self.line(&format!("Listing {shown}..."));
        }
        let mut names: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.file_name())
                .collect(),
            Err(_) => {
                if self.settings.quiet < 2 {
                    self.line(&format!("Can't list {shown}"));
                }
                Vec::new()
            }
        };
        names.sort();
        let mut ok = true;
        for name in names {
            if name == "__pycache__" {
                continue;
            }
            let path = dir.join(&name);
            if !path.is_dir() {
                ok &= self.file(&path);
            } else if levels > 0 && !path.is_symlink() {
                ok &= self.dir(&path, levels - 1);
            }
        }
        ok
    }

    /// Compiles one file if it is a `*.py` file whose cache is not up to
    /// date (or `-f`); other files are passed over.
    fn file(&mut self, path: &Path) -> bool {
        let is_py = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().ends_with(".py"));
        if !path.is_file() || !is_py {
            return true;
        }
        if !self.settings.force && pyc::up_to_date(path, self.mode) {
            return true;
        }
        let shown = repr(path);
        if self.settings.quiet == 0 {
            self.line(&format!("Compiling {shown}..."));
        }
        let Err(message) = compile_file(path, self.mode) else {
            return true;
        };
        match self.settings.quiet {
            0 => {
                let _ = write!(self.out, "*** ");
            }
            1 => self.line(&format!("*** Error compiling {shown}...")),
            _ => return false,
        }
        self.line(&message);
        false
    }
}

/// Compiles `path` and writes its cache file; the error as compileall
/// prints it otherwise.
fn compile_file(path: &Path, mode: Invalidation) -> Result<(), String> {
    let name = path.to_string_lossy();
    let meta = SourceMeta::of(path).map_err(|e| os_error(&e, &name))?;
    let bytes = std::fs::read(path).map_err(|e| os_error(&e, &name))?;
    let code = pyc::compile_source(&bytes, &name).map_err(|e| error_text(&e, &name))?;
    let header = Header::new(mode, &meta, &bytes);
    pyc::write_cached(path, &header, &code)
        .map_err(|e| os_error(&e, &pyc::cache_path(path).to_string_lossy()))?;
    Ok(())
}

/// Python's `repr` of a path, as compileall shows paths.
fn repr(path: &Path) -> String {
    pvm_syntax::pyrepr::repr_str(&path.to_string_lossy())
}

/// An `OSError` as Python prints it: `PermissionError: [Errno 13] Permission denied: 'f'`.
fn os_error(e: &io::Error, file: &str) -> String {
    let Some(errno) = e.raw_os_error() else {
        return format!("OSError: {e}");
    };
    let class = match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        _ => "OSError",
    };
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text);
    format!(
        "{class}: [Errno {errno}] {strerror}: {}",
        pvm_syntax::pyrepr::repr_str(file)
    )
}

/// A SyntaxError as `py_compile` words it: the traceback lines for a
/// plain SyntaxError (ending in a newline), `Sorry: ...` for the others.
fn error_text(error: &LoadError, file: &str) -> String {
    match error {
        LoadError::Io(e) => os_error(e, file),
        LoadError::Decode(e) => {
            format!(
                "  File \"{file}\", line {}\nSyntaxError: {}\n",
                e.line, e.message
            )
        }
        LoadError::Syntax { text, errors } => {
            let Some(e) = errors.first() else {
                return "SyntaxError: invalid syntax\n".into();
            };
            let index = LineIndex::new(text);
            let (line, col) = index.line_col_chars(text, e.range.start());
            // The end offset is just past the range's last character, on
            // that character's line (a range ending in a newline ends on
            // the newline's line, as CPython's NEWLINE token does).
            let end = usize::from(e.range.end()).min(text.len());
            let start = usize::from(e.range.start()).min(end);
            let end_offset = match text.get(start..end).and_then(|t| t.chars().next_back()) {
                Some(c) => {
                    let last = TextSize::from((end - c.len_utf8()) as u32);
                    index.line_col_chars(text, last).1 + 2
                }
                None => col + 1,
            };
            let at = Location {
                line,
                offset: col + 1,
                end_offset,
            };
            format_error(e.kind.name(), &e.message, file, text, &index, at)
        }
        LoadError::Compile { text, errors } => {
            let Some(e) = errors.first() else {
                return "SyntaxError: invalid syntax\n".into();
            };
            let index = LineIndex::new(text);
            let pos = e.pos;
            let char_col = |line: u32, byte_col: u32| {
                let offset = (index.line_start(line) + byte_col).min(text.len() as u32);
                index.line_col_chars(text, TextSize::from(offset)).1 + 1
            };
            let offset = char_col(pos.lineno, pos.col_offset);
            let at = if e.has_end {
                Location {
                    line: pos.lineno,
                    offset,
                    end_offset: char_col(pos.end_lineno, pos.end_col_offset),
                }
            } else {
                Location {
                    line: pos.lineno,
                    offset,
                    end_offset: offset,
                }
            };
            format_error(e.kind.name(), &e.message, file, text, &index, at)
        }
    }
}

/// Where a SyntaxError is: its 1-based line and 1-based character offsets,
/// as in the exception's attributes (the end offset may be on a later line;
/// the traceback ignores which).
#[derive(Clone, Copy)]
struct Location {
    line: u32,
    offset: u32,
    end_offset: u32,
}

/// `traceback.format_exception_only` of a SyntaxError (one line of source
/// without its indentation and a caret line), or `py_compile`'s
/// `Sorry: TYPE: MESSAGE (FILE, line N)` for its subclasses.
fn format_error(
    kind: &str,
    message: &str,
    file: &str,
    text: &str,
    index: &LineIndex,
    at: Location,
) -> String {
    match kind {
        "SyntaxError" => {}
        "RecursionError" => return format!("Sorry: {kind}: {message}"),
        _ => {
            let base = Path::new(file)
                .file_name()
                .map_or_else(|| file.into(), |n| n.to_string_lossy());
            return format!("Sorry: {kind}: {message} ({base}, line {})", at.line);
        }
    }
    let mut out = format!("  File \"{file}\", line {}\n", at.line);
    if (at.line as usize) <= index.line_count() && at.line > 0 {
        let rtext = index
            .line_text(text, at.line)
            .trim_end_matches(['\n', '\r']);
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push_str(&format!("    {ltext}\n"));
        let offset = i64::from(at.offset);
        let mut end_offset = i64::from(at.end_offset);
        if end_offset == 0 {
            end_offset = offset;
        }
        if offset == end_offset {
            end_offset = offset + 1;
        }
        let colno = offset - 1 - spaces;
        let end_colno = end_offset - 1 - spaces;
        if colno >= 0 {
            let pad: String = ltext
                .chars()
                .take(colno as usize)
                .map(|c| if c.is_whitespace() { c } else { ' ' })
                .collect();
            let carets = "^".repeat((end_colno - colno).max(0) as usize);
            out.push_str(&format!("    {pad}{carets}\n"));
        }
    }
    out.push_str(&format!("{kind}: {message}\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    /// A fresh folder below the system's temporary folder.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pvm-compile-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn settings(quiet: u8, force: bool) -> Settings {
        Settings {
            force,
            quiet,
            recurse: true,
            mode: Some(Mode::Timestamp),
        }
    }

    fn pvm_output(paths: &[PathBuf], s: &Settings) -> (String, bool) {
        let mut out = Vec::new();
        let ok = compile_all(paths, s, &mut out);
        (String::from_utf8(out).unwrap(), ok)
    }

    /// A tree with good files, each kind of error and things to pass over.
    fn tree(dir: &Path) {
        let files: &[(&str, &str)] = &[
            ("a.py", "x = 1\n"),
            ("b.txt", "not python\n"),
            ("sub/bad.py", "def f(:\n  pass\n"),
            ("sub/ret.py", "x = 1\nif x:\n        return 1\n"),
            ("sub/deeper/ok.py", "def f():\n    return 1\n"),
            ("sub/deeper/ind.py", "def f():\npass\n"),
            ("sub/deeper/tab.py", "if x:\n\tpass\n        pass\n"),
            ("sub/deeper/nl.py", "def f():\n    nonlocal q\n"),
            ("sub/deeper/gen.py", "f(x for x in y, 1)\n"),
            ("sub/deeper/tabline.py", "def f():\n\tx = 1 +\n"),
            ("sub/deeper/unclosed.py", "x = (1,\n  2\n"),
            ("sub/deeper/cookie.py", "# -*- coding: foo -*-\nx=1\n"),
            ("c.py", "import os\nprint(os.sep)\n"),
        ];
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        std::fs::create_dir_all(dir.join("__pycache__")).unwrap();
    }

    /// `pvm compile` prints what `python3 -m compileall` prints on the
    /// same tree (each writes its own cache files), at every quiet level
    /// and on a second, up-to-date run.
    #[test]
    fn output_matches_compileall() {
        let dir = temp_dir("parity");
        tree(&dir);
        let python = |args: &[&str]| {
            Command::new("python3")
                .args(["-m", "compileall"])
                .args(args)
                .arg(&dir)
                .output()
                .ok()
                .filter(|o| o.status.code().is_some())
                .map(|o| {
                    (
                        String::from_utf8_lossy(&o.stdout).into_owned(),
                        o.status.success(),
                    )
                })
        };
        let paths = [dir.clone()];
        let runs: [(&[&str], Settings); 5] = [
            (&[], settings(0, false)),
            (&[], settings(0, false)),
            (&["-f", "-q"], settings(1, true)),
            (&["-f", "-qq"], settings(2, true)),
            (
                &["-f", "-l"],
                Settings {
                    recurse: false,
                    ..settings(0, true)
                },
            ),
        ];
        for (args, s) in runs {
            let ours = pvm_output(&paths, &s);
            let Some(theirs) = python(args) else {
                println!("python3 not found: skipped");
                break;
            };
            assert_eq!(ours, theirs, "compileall {args:?}");
        }
        assert!(dir.join("__pycache__/a.pvm-311.pyc").is_file());
        assert!(dir.join("sub/deeper/__pycache__/ok.pvm-311.pyc").is_file());
        assert!(!dir.join("sub/__pycache__/bad.pvm-311.pyc").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn files_given_directly_and_missing_folders() {
        let dir = temp_dir("direct");
        tree(&dir);
        let a = dir.join("a.py");
        let txt = dir.join("b.txt");
        let (out, ok) = pvm_output(&[a.clone(), txt], &settings(0, false));
        assert!(ok);
        assert_eq!(out, format!("Compiling {}...\n", repr(&a)));
        // Up to date now: nothing to do, nothing printed.
        assert_eq!(
            pvm_output(std::slice::from_ref(&a), &settings(0, false)).0,
            ""
        );
        // A hash-based run rewrites a timestamp-based cache.
        let hashed = Settings {
            mode: Some(Mode::CheckedHash),
            ..settings(0, false)
        };
        assert_eq!(
            pvm_output(std::slice::from_ref(&a), &hashed).0,
            format!("Compiling {}...\n", repr(&a))
        );
        let missing = dir.join("missing");
        let (out, ok) = pvm_output(std::slice::from_ref(&missing), &settings(0, false));
        assert!(ok, "compileall reports a missing folder but succeeds");
        assert_eq!(
            out,
            format!("Listing {0}...\nCan't list {0}\n", repr(&missing))
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn unwritable_cache_is_an_os_error() {
        let dir = temp_dir("unwritable");
        std::fs::write(dir.join("m.py"), "x = 1\n").unwrap();
        std::fs::write(dir.join("__pycache__"), "a file").unwrap();
        let (out, ok) = pvm_output(&[dir.join("m.py")], &settings(1, false));
        assert!(!ok);
        assert!(
            out.contains("*** Error compiling") && out.contains("NotADirectoryError: [Errno 20]"),
            "{out}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
