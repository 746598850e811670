//! The tower-lsp service: notifications go to the analysis thread before
//! the handler's first `.await` (so edits keep their order), requests read
//! snapshots in the blocking pool.

use super::analysis::{Analysis, Message};
use super::features::{code_lens, folding, hover, semantic_tokens, symbols};
use super::read::read;
use super::run::Runs;
use super::settings::Settings;
use super::{capabilities, commands};
use std::sync::{Arc, Mutex};
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer};

/// The language server.
pub struct Server {
    /// The analysis thread.
    pub analysis: Analysis,
    /// Runs and sessions.
    pub runs: Runs,
    settings: Arc<Mutex<Settings>>,
}

impl Server {
    /// A server talking to `client`.
    pub fn new(client: Client) -> Server {
        let analysis = Analysis::start(client.clone(), tokio::runtime::Handle::current());
        let settings = Arc::new(Mutex::new(Settings::default()));
        Server {
            runs: Runs::new(client, analysis.clone(), settings.clone()),
            analysis,
            settings,
        }
    }

    fn configure(&self, options: &serde_json::Value) {
        let Ok(mut settings) = self.settings.lock() else {
            return;
        };
        *settings = settings.updated(options);
        self.analysis.send(Message::Settings(settings.clone()));
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        if let Some(options) = &params.initialization_options {
            self.configure(options);
        }
        Ok(InitializeResult {
            capabilities: capabilities::server(),
            server_info: Some(ServerInfo {
                name: "pvm".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        })
    }

    async fn shutdown(&self) -> Result<()> {
        self.runs.interrupt();
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        self.runs.document_opened(&doc.uri);
        self.analysis.send(Message::Open {
            uri: doc.uri,
            text: doc.text,
            version: doc.version,
        });
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        self.analysis.send(Message::Change {
            uri: params.text_document.uri,
            changes: params.content_changes,
            version: params.text_document.version,
        });
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        // Closing a document ends its cell session, like closing a notebook
        // (after a grace period: editors reread a file by closing it).
        self.runs.document_closed(&uri);
        self.analysis.send(Message::Close { uri });
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let options = params.settings.get("pvm").unwrap_or(&params.settings);
        self.configure(options);
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let pos = at.position;
        read(&self.analysis, &at.text_document.uri, move |s| {
            hover::compute(s, pos)
        })
        .await
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let symbols = read(&self.analysis, &params.text_document.uri, symbols::compute).await?;
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        read(&self.analysis, &params.text_document.uri, folding::compute)
            .await
            .map(Some)
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let data = read(&self.analysis, &params.text_document.uri, |s| {
            semantic_tokens::compute(s, None)
        })
        .await?;
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
            result_id: None,
            data,
        })))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let range = params.range;
        let data = read(&self.analysis, &params.text_document.uri, move |s| {
            semantic_tokens::compute(s, Some(range))
        })
        .await?;
        Ok(Some(SemanticTokensRangeResult::Tokens(SemanticTokens {
            result_id: None,
            data,
        })))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        read(
            &self.analysis,
            &params.text_document.uri,
            code_lens::compute,
        )
        .await
        .map(Some)
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        commands::execute(self, &params.command, &params.arguments).await
    }
}
