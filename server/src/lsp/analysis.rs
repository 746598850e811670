//! The analysis thread: the only owner of the database. Handlers send it
//! edits (in arrival order: they send before their first `.await`), and ask
//! it for snapshots (database clones) to read on other threads. After each
//! batch of queued messages it publishes diagnostics for the documents that
//! changed (computed on a clone by the diagnostics thread), so a burst of
//! edits is analysed once and a newer edit cancels the work of an older one.

use super::publisher::{Job, Publisher};
use super::settings::Settings;
use pvm_db::{Database, SourceFile};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use tower_lsp::lsp_types::{Diagnostic, TextDocumentContentChangeEvent, Url};
use tower_lsp::Client;

/// A document's state at one revision, for reading on any thread.
pub struct Snapshot {
    /// A clone of the database (queries on it are cancelled by the next edit).
    pub db: Database,
    /// The document.
    pub file: SourceFile,
    /// The document's URI.
    pub uri: Url,
}

impl Snapshot {
    /// The document's text.
    pub fn text(&self) -> &str {
        self.file.text(&self.db)
    }
}

/// What handlers send to the analysis thread.
pub enum Message {
    /// `didOpen`.
    Open {
        uri: Url,
        text: String,
        version: i32,
    },
    /// `didChange`: changes in order.
    Change {
        uri: Url,
        changes: Vec<TextDocumentContentChangeEvent>,
        version: i32,
    },
    /// `didClose`.
    Close { uri: Url },
    /// A snapshot of a document (None if it is not open).
    Snapshot {
        uri: Url,
        reply: tokio::sync::oneshot::Sender<Option<Snapshot>>,
    },
    /// Diagnostics from the last run (an uncaught exception), shown with
    /// the static ones until the next edit or run.
    Runtime {
        uri: Url,
        diagnostics: Vec<Diagnostic>,
    },
    /// New settings.
    Settings(Settings),
}

/// A handle to the analysis thread.
#[derive(Clone)]
pub struct Analysis {
    tx: mpsc::Sender<Message>,
}

impl Analysis {
    /// Starts the thread; diagnostics go to `client` through `runtime`.
    pub fn start(client: Client, runtime: tokio::runtime::Handle) -> Analysis {
        let (tx, rx) = mpsc::channel();
        let state = State {
            db: Database::new(),
            docs: HashMap::new(),
            settings: Settings::default(),
            publisher: Publisher::start(client.clone(), runtime.clone()),
            client,
            runtime,
        };
        let spawned = std::thread::Builder::new()
            .name("pvm-analysis".into())
            .stack_size(64 << 20)
            .spawn(move || state.serve(rx));
        if let Err(e) = spawned {
            eprintln!("pvm lsp: no analysis thread: {e}");
        }
        Analysis { tx }
    }

    /// Sends a message (dropped if the thread is gone).
    pub fn send(&self, message: Message) {
        let _ = self.tx.send(message);
    }

    /// A snapshot of `uri` after every edit sent before this call.
    pub async fn snapshot(&self, uri: &Url) -> Option<Snapshot> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        self.send(Message::Snapshot {
            uri: uri.clone(),
            reply,
        });
        answer.await.ok().flatten()
    }
}

/// An open document.
struct Doc {
    file: SourceFile,
    version: i32,
    runtime: Vec<Diagnostic>,
    /// Bumped at each publication: an older one still computing is dropped.
    generation: Arc<AtomicU64>,
}

struct State {
    db: Database,
    docs: HashMap<Url, Doc>,
    settings: Settings,
    publisher: Publisher,
    client: Client,
    runtime: tokio::runtime::Handle,
}

impl State {
    fn serve(mut self, rx: mpsc::Receiver<Message>) {
        let mut released = true;
        while let Some(first) = super::idle::next(&rx, &mut released) {
            let mut dirty = HashSet::new();
            self.handle(first, &mut dirty);
            // Everything already queued joins this batch.
            while let Ok(next) = rx.try_recv() {
                self.handle(next, &mut dirty);
            }
            for uri in dirty {
                self.publish(&uri);
            }
        }
    }

    fn handle(&mut self, message: Message, dirty: &mut HashSet<Url>) {
        match message {
            Message::Open { uri, text, version } => {
                let path = document_path(&uri);
                let file = SourceFile::new(&self.db, path, text);
                self.docs.insert(
                    uri.clone(),
                    Doc {
                        file,
                        version,
                        runtime: Vec::new(),
                        generation: Arc::default(),
                    },
                );
                dirty.insert(uri);
            }
            Message::Change {
                uri,
                changes,
                version,
            } => {
                let Some(doc) = self.docs.get_mut(&uri) else {
                    return;
                };
                doc.version = version;
                doc.runtime.clear();
                // Queued publications of the old text are stale: they must
                // not hold the edit up.
                doc.generation.fetch_add(1, Ordering::SeqCst);
                let file = doc.file;
                for change in changes {
                    match change.range {
                        // A range edit: the database reparses incrementally.
                        Some(range) => {
                            let text = file.text(&self.db);
                            let index = pvm_db::line_index(&self.db, file);
                            let bytes = super::position::byte_range(text, index, range);
                            self.db.edit(file, bytes, &change.text);
                        }
                        None => self.db.set_text(file, change.text),
                    }
                }
                dirty.insert(uri);
            }
            Message::Close { uri } => {
                if let Some(doc) = self.docs.remove(&uri) {
                    // Inputs live on; free the text at least.
                    self.db.set_text(doc.file, String::new());
                    let client = self.client.clone();
                    self.runtime.spawn(async move {
                        client.publish_diagnostics(uri, Vec::new(), None).await;
                    });
                }
                dirty.retain(|u| self.docs.contains_key(u));
            }
            Message::Snapshot { uri, reply } => {
                let snapshot = self.docs.get(&uri).map(|doc| Snapshot {
                    db: self.db.clone(),
                    file: doc.file,
                    uri,
                });
                let _ = reply.send(snapshot);
            }
            Message::Runtime { uri, diagnostics } => {
                if let Some(doc) = self.docs.get_mut(&uri) {
                    doc.runtime = diagnostics;
                    dirty.insert(uri);
                }
            }
            Message::Settings(settings) => {
                if settings.max_diagnostics != self.settings.max_diagnostics {
                    self.db.set_max_diagnostics(settings.max_diagnostics);
                    dirty.extend(self.docs.keys().cloned());
                }
                self.settings = settings;
            }
        }
    }

    /// Queues `uri`'s diagnostics for the diagnostics thread.
    fn publish(&self, uri: &Url) {
        let Some(doc) = self.docs.get(uri) else {
            return;
        };
        let mine = doc.generation.fetch_add(1, Ordering::SeqCst) + 1;
        self.publisher.publish(Job {
            snapshot: Snapshot {
                db: self.db.clone(),
                file: doc.file,
                uri: uri.clone(),
            },
            version: doc.version,
            runtime: doc.runtime.clone(),
            generation: doc.generation.clone(),
            mine,
        });
    }
}

/// The file name a document's code objects and tracebacks use: its path
/// for `file:` URIs, else the URI itself.
pub fn document_path(uri: &Url) -> String {
    match uri.to_file_path() {
        Ok(path) => path.display().to_string(),
        Err(()) => uri.to_string(),
    }
}
