//! A minimal LSP client for the protocol tests: it starts `pvm lsp`,
//! frames JSON-RPC messages, and keeps notifications for the test to look at.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long any expected message may take (generous: CI machines are slow).
pub const PATIENCE: Duration = Duration::from_secs(30);

/// A running `pvm lsp` with the messages it sent.
pub struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Notifications not yet looked at, in arrival order.
    pub notifications: Vec<Value>,
    /// Responses not yet claimed, by request id.
    responses: Vec<Value>,
    next_id: i64,
}

impl Client {
    /// Starts the server and initializes it with `options`.
    pub fn start(options: Value) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pvm"))
            .arg("lsp")
            .env("PVM_LSP_TEST_HOOKS", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start pvm lsp");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            incoming,
            notifications: Vec::new(),
            responses: Vec::new(),
            next_id: 1,
        };
        let result = client.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": options}),
        );
        assert!(result["capabilities"].is_object(), "{result}");
        client.notify("initialized", json!({}));
        client
    }

    /// Sends a request and returns its id without waiting.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        let mut message = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() {
            message["params"] = params;
        }
        self.send(message);
        id
    }

    /// Sends a request and waits for its result (panics on an error response).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        let response = self.response(id);
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    /// Waits for the response to request `id` (result or error).
    pub fn response(&mut self, id: i64) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(i) = self.responses.iter().position(|r| r["id"] == id) {
                return self.responses.remove(i);
            }
            self.pump(deadline);
        }
    }

    /// Sends a notification.
    pub fn notify(&mut self, method: &str, params: Value) {
        let mut message = json!({"jsonrpc": "2.0", "method": method});
        if !params.is_null() {
            message["params"] = params;
        }
        self.send(message);
    }

    /// Opens a document.
    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
        );
    }

    /// Waits for (and removes) the first notification `method` whose
    /// params satisfy `pred`.
    pub fn wait_for(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(i) = self
                .notifications
                .iter()
                .position(|n| n["method"] == method && pred(&n["params"]))
            {
                return self.notifications.remove(i)["params"].clone();
            }
            self.pump(deadline);
        }
    }

    /// The diagnostics published for `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let params = self.wait_for("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri && p["version"] == version
        });
        params["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// The streamed output of run `run_id` on `stream`, complete: the
    /// final statistics come after the last output (responses and
    /// notifications may pass each other).
    pub fn run_output(&mut self, run_id: &Value, stream: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        while !self.notifications.iter().any(|n| {
            n["method"] == "pvm/gcStats"
                && n["params"]["runId"] == *run_id
                && n["params"]["final"] == true
        }) {
            self.pump(deadline);
        }
        let (mine, others): (Vec<Value>, Vec<Value>) = std::mem::take(&mut self.notifications)
            .into_iter()
            .partition(|n| {
                n["method"] == "pvm/output"
                    && n["params"]["runId"] == *run_id
                    && n["params"]["stream"] == stream
            });
        self.notifications = others;
        mine.iter()
            .map(|n| n["params"]["text"].as_str().unwrap_or("").to_string())
            .collect()
    }

    /// Shuts the server down; returns its exit status.
    pub fn shutdown(mut self) -> Option<i32> {
        let result = self.request("shutdown", Value::Null);
        assert!(result.is_null());
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        None
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.stdin.flush().expect("flush");
    }

    /// Files one incoming message as a response or a notification.
    fn pump(&mut self, deadline: Instant) {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.incoming.recv_timeout(left) {
            Ok(message) if message.get("method").is_some() && message.get("id").is_some() => {
                // A request from the server: answer null.
                let id = message["id"].clone();
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": null}));
            }
            Ok(message) if message.get("method").is_some() => self.notifications.push(message),
            Ok(message) => self.responses.push(message),
            Err(RecvTimeoutError::Timeout) => {
                panic!("timed out; notifications: {:#?}", self.notifications)
            }
            Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One framed message, or None at the end of the stream.
fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length:") {
            length = n.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}
