//! The database: salsa's storage with the settings, and an optional log of
//! the queries salsa executes (tests assert what an edit re-ran).

use crate::input::{Settings, SourceFile};
use pvm_syntax::{TextRange, TextSize};
use salsa::Setter as _;
use std::sync::{Arc, Mutex};

/// Keys of the queries salsa ran, in order, while logging is on.
type ExecutionLog = Arc<Mutex<Vec<salsa::DatabaseKeyIndex>>>;

/// PVM's salsa database. Cloning is cheap and gives a snapshot for reads on
/// another thread; a write on the original cancels the clones' queries.
#[salsa::db]
#[derive(Clone)]
pub struct Database {
    storage: salsa::Storage<Self>,
    executed: Option<ExecutionLog>,
}

#[salsa::db]
impl salsa::Database for Database {}

impl Default for Database {
    fn default() -> Self {
        Database::build(None)
    }
}

impl Database {
    /// A database with default settings.
    pub fn new() -> Database {
        Database::default()
    }

    /// A database that records every query execution, for
    /// [`Database::take_executed`].
    pub fn with_execution_log() -> Database {
        Database::build(Some(ExecutionLog::default()))
    }

    fn build(executed: Option<ExecutionLog>) -> Database {
        let callback = executed.clone().map(|log| {
            Box::new(move |event: salsa::Event| {
                if let salsa::EventKind::WillExecute { database_key } = event.kind {
                    if let Ok(mut log) = log.lock() {
                        log.push(database_key);
                    }
                }
            }) as Box<dyn Fn(salsa::Event) + Send + Sync>
        });
        let db = Database {
            storage: salsa::Storage::new(callback),
            executed,
        };
        Settings::new(&db, Settings::DEFAULT_MAX_DIAGNOSTICS);
        db
    }

    /// The settings input.
    pub fn settings(&self) -> Settings {
        Settings::get(self)
    }

    /// Caps the diagnostics of each file (a new revision).
    pub fn set_max_diagnostics(&mut self, max: usize) {
        self.settings().set_max_diagnostics(self).to(max);
    }

    /// Replaces a document's text (a new revision: clones' queries in
    /// flight are cancelled first).
    pub fn set_text(&mut self, file: SourceFile, text: String) {
        file.set_text(self).to(text);
        file.set_reparsed(self).to(None);
    }

    /// Replaces `range` of a document's text with `insert` (clamped to the
    /// text and to character boundaries). When the edit stays inside one
    /// statement of an error-free tree, only that statement is parsed
    /// again, here; the statements around it keep their trees, and their
    /// lowered ASTs are reused.
    pub fn edit(&mut self, file: SourceFile, range: std::ops::Range<usize>, insert: &str) {
        let old_text = file.text(self);
        let floor = |mut i: usize| {
            i = i.min(old_text.len());
            while !old_text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let (start, end) = (floor(range.start), floor(range.end.max(range.start)));
        let mut text = String::with_capacity(old_text.len() + insert.len());
        text.push_str(&old_text[..start]);
        text.push_str(insert);
        text.push_str(&old_text[end..]);
        let edit = TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32));
        let reparsed = pvm_syntax::reparse(crate::parse(self, file), old_text, edit, insert, &text);
        file.set_text(self).to(text);
        file.set_reparsed(self).to(reparsed.map(Arc::new));
    }

    /// The queries executed since the last call, as (query name, key id).
    pub fn take_executed(&self) -> Vec<(String, salsa::Id)> {
        use salsa::Database as _;
        let keys = match &self.executed {
            Some(log) => log
                .lock()
                .map(|mut l| std::mem::take(&mut *l))
                .unwrap_or_default(),
            None => Vec::new(),
        };
        keys.into_iter()
            .map(|k| {
                let name = self
                    .ingredient_debug_name(k.ingredient_index())
                    .into_owned();
                (name, k.key_index())
            })
            .collect()
    }
}
