//! The database: salsa's storage with the settings, and an optional log of
//! the queries salsa executes (tests assert what an edit re-ran).

use crate::input::{Settings, SourceFile};
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
