//! The database's inputs: documents and settings.

use pvm_syntax::Parse;
use std::sync::Arc;

/// One Python document: its path (`co_filename`, and how diagnostics name
/// it) and its current text.
#[salsa::input(debug)]
pub struct SourceFile {
    /// The file name code objects and diagnostics report.
    #[returns(ref)]
    pub path: String,
    /// The decoded source text.
    #[returns(ref)]
    pub text: String,
    /// The tree of `text`, when [`crate::Database::edit`] could reparse
    /// only the edited statement of the previous tree; else None, and
    /// [`crate::parse`] parses `text`.
    #[default]
    #[returns(ref)]
    pub reparsed: Option<Arc<Parse>>,
}

/// Settings that change what the queries report (one per database,
/// created with it).
#[salsa::input(singleton, debug)]
pub struct Settings {
    /// At most this many diagnostics per file (an editor drowns in more).
    #[returns(copy)]
    pub max_diagnostics: usize,
}

impl Settings {
    /// Default: at most 100 diagnostics per file.
    pub const DEFAULT_MAX_DIAGNOSTICS: usize = 100;

    /// The database's settings (defaults if it has none).
    pub fn max_diagnostics_of(db: &dyn salsa::Database) -> usize {
        Settings::try_get(db).map_or(Self::DEFAULT_MAX_DIAGNOSTICS, |s| s.max_diagnostics(db))
    }
}
