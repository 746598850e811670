//! Standard output as the VM writes it: buffered, or captured by an
//! embedder (the language server streams a run's output to the editor).

use std::io::Write;

/// Where `print` and `sys.stdout.write` go.
pub enum Sink {
    /// The process's stdout, buffered.
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// A callback receiving each flushed chunk.
    Callback(Box<dyn FnMut(&str)>),
}

/// Buffered standard output.
pub struct Output {
    sink: Sink,
    pending: String,
}

impl Output {
    /// Output to the process's stdout.
    pub fn new() -> Output {
        Output {
            sink: Sink::Stdout(std::io::BufWriter::with_capacity(
                1 << 16,
                std::io::stdout(),
            )),
            pending: String::new(),
        }
    }

    /// Output to a callback (flushed on newline-free boundaries too).
    pub fn with_callback(f: Box<dyn FnMut(&str)>) -> Output {
        Output {
            sink: Sink::Callback(f),
            pending: String::new(),
        }
    }

    /// Writes text.
    pub fn write(&mut self, s: &str) {
        match &mut self.sink {
            Sink::Stdout(w) => {
                let _ = w.write_all(s.as_bytes());
            }
            Sink::Callback(_) => {
                self.pending.push_str(s);
                if self.pending.len() > 1 << 12 {
                    self.flush();
                }
            }
        }
    }

    /// Flushes what is buffered.
    pub fn flush(&mut self) {
        match &mut self.sink {
            Sink::Stdout(w) => {
                let _ = w.flush();
            }
            Sink::Callback(f) => {
                if !self.pending.is_empty() {
                    f(&self.pending);
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
