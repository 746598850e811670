//! The VM's standard output and error streams: the process's own, or
//! captured by an embedder (the language server streams a run's output to
//! the editor as it is written).

use std::io::Write;

/// Which standard stream text was written to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// `sys.stdout`.
    Stdout,
    /// `sys.stderr`.
    Stderr,
}

/// Receives captured output: the stream and a chunk of text.
pub type Capture = Box<dyn FnMut(Stream, &str)>;

/// Where `print`, `sys.stdout.write` and tracebacks go.
pub enum Sink {
    /// The process's stdout (buffered) and stderr (unbuffered).
    Process(std::io::BufWriter<std::io::Stdout>),
    /// A callback receiving chunks of both streams in the order written.
    Callback(Capture),
}

/// Buffered standard output, and standard error in order with it.
pub struct Output {
    sink: Sink,
    /// Captured stdout not yet handed to the callback.
    pending: String,
}

/// Captured stdout is handed over at a newline (so an editor sees each
/// line as it is printed) or when this much is waiting.
const CAPTURE_CHUNK: usize = 1 << 12;

impl Output {
    /// Output to the process's stdout and stderr.
    pub fn new() -> Output {
        Output {
            sink: Sink::Process(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            pending: String::new(),
        }
    }

    /// Output captured by `f`, line by line.
    pub fn with_callback(f: Capture) -> Output {
        Output {
            sink: Sink::Callback(f),
            pending: String::new(),
        }
    }

    /// Writes text to stdout.
    pub fn write(&mut self, s: &str) {
        match &mut self.sink {
            Sink::Process(w) => {
                let _ = w.write_all(s.as_bytes());
            }
            Sink::Callback(_) => {
                self.pending.push_str(s);
                if s.contains('\n') || self.pending.len() > CAPTURE_CHUNK {
                    self.flush();
                }
            }
        }
    }

    /// Writes text to stderr, after everything written to stdout so far.
    /// Its error handler is `backslashreplace`, as CPython's: a lone
    /// surrogate is written as its `\udXXX` escape.
    pub fn write_stderr(&mut self, s: &str) {
        let s = &*crate::surrogates::backslash_escaped(s);
        self.flush();
        match &mut self.sink {
            Sink::Process(_) => eprint!("{s}"),
            Sink::Callback(f) => f(Stream::Stderr, s),
        }
    }

    /// Whether an embedder captures the output (the language server):
    /// then the process's stdin is not the program's either (it carries
    /// the protocol), and reading it gives end of input.
    pub fn is_captured(&self) -> bool {
        matches!(self.sink, Sink::Callback(_))
    }

    /// Writes raw bytes to stdout (`sys.stdout.buffer`); a callback gets
    /// them as text, undecodable bytes replaced.
    pub fn write_bytes(&mut self, b: &[u8]) {
        match &mut self.sink {
            Sink::Process(w) => {
                let _ = w.write_all(b);
            }
            Sink::Callback(_) => self.write(&String::from_utf8_lossy(b)),
        }
    }

    /// Writes raw bytes to stderr (`sys.stderr.buffer`), after stdout.
    pub fn write_stderr_bytes(&mut self, b: &[u8]) {
        if let Sink::Callback(_) = self.sink {
            self.write_stderr(&String::from_utf8_lossy(b));
            return;
        }
        self.flush();
        let _ = std::io::stderr().write_all(b);
    }

    /// Flushes what is buffered.
    pub fn flush(&mut self) {
        match &mut self.sink {
            Sink::Process(w) => {
                let _ = w.flush();
            }
            Sink::Callback(f) => {
                if !self.pending.is_empty() {
                    f(Stream::Stdout, &self.pending);
                    self.pending.clear();
                }
            }
        }
    }
}

impl Default for Output {
    fn default() -> Output {
        Output::new()
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
