//! What a client can set (`initializationOptions`, or `settings.pvm` in
//! `workspace/didChangeConfiguration`); docs/lsp.md lists the keys.

use serde_json::Value;
use std::time::Duration;

/// The server's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Diagnostics published per file at most.
    pub max_diagnostics: usize,
    /// A run is interrupted after this long.
    pub run_timeout: Duration,
    /// A run is interrupted once it has written this many bytes.
    pub max_output_bytes: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            max_diagnostics: 100,
            run_timeout: Duration::from_secs(300),
            max_output_bytes: 16 << 20,
        }
    }
}

impl Settings {
    /// These settings with the keys present in `options` replaced
    /// (unknown keys and wrong types are ignored).
    pub fn updated(&self, options: &Value) -> Settings {
        let number = |key: &str| options.get(key).and_then(Value::as_u64);
        let mut out = self.clone();
        if let Some(n) = number("maxDiagnostics") {
            out.max_diagnostics = n as usize;
        }
        if let Some(ms) = number("runTimeoutMs") {
            out.run_timeout = Duration::from_millis(ms);
        }
        if let Some(n) = number("maxOutputBytes") {
            out.max_output_bytes = n as usize;
        }
        out
    }
}
