//! `workspace/executeCommand`: arguments are positional (`[uri, line]`) or
//! one object (`[{"uri": ..., "line": ...}]`); lines are 0-based.

use super::ext;
use super::read::read;
use super::server::Server;
use serde_json::Value;
use tower_lsp::jsonrpc::{Error, Result};
use tower_lsp::lsp_types::Url;

/// A command that panics when `PVM_LSP_TEST_HOOKS` is set.
const TEST_PANIC: &str = "pvm.test.panic";

/// Runs one command.
pub async fn execute(server: &Server, command: &str, args: &[Value]) -> Result<Option<Value>> {
    let uri = || {
        argument(args, 0, "uri")
            .and_then(|v| v.as_str())
            .and_then(|s| Url::parse(s).ok())
    };
    let line = || {
        argument(args, 1, "line")
            .and_then(Value::as_u64)
            .map(|l| l.min(u32::MAX as u64) as u32)
    };
    let need_uri = || {
        uri().ok_or_else(|| Error::invalid_params(format!("{command}: a document URI is needed")))
    };
    match command {
        ext::RUN_FILE => server.runs.run_file(need_uri()?).await.map(Some),
        ext::RUN_CELL => {
            let line =
                line().ok_or_else(|| Error::invalid_params("pvm.runCell: a line is needed"))?;
            server.runs.run_cell(need_uri()?, line).await.map(Some)
        }
        ext::RESTART_SESSION => {
            server.runs.restart_session(&need_uri()?);
            Ok(None)
        }
        ext::INTERRUPT => Ok(Some(Value::Bool(server.runs.interrupt()))),
        ext::SHOW_BYTECODE => {
            let line = line();
            let text = read(&server.analysis, &need_uri()?, move |s| match line {
                Some(line) => pvm_db::dis_at(&s.db, s.file, pvm_db::DisTarget::Line(line + 1)),
                None => pvm_db::module_code(&s.db, s.file)
                    .as_ref()
                    .map(|code| pvm_compiler::dis::dis(code)),
            })
            .await?;
            Ok(Some(text.map_or(Value::Null, Value::String)))
        }
        // For the protocol tests: a handler that panics (never advertised).
        TEST_PANIC if std::env::var_os("PVM_LSP_TEST_HOOKS").is_some() => {
            panic!("{TEST_PANIC} was asked to panic")
        }
        _ => Err(Error::invalid_params(format!("unknown command {command}"))),
    }
}

/// Argument `i`, or field `name` of a single object argument.
fn argument<'a>(args: &'a [Value], i: usize, name: &str) -> Option<&'a Value> {
    match args.first() {
        Some(Value::Object(fields)) => fields.get(name),
        _ => args.get(i),
    }
}
