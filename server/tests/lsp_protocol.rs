//! `pvm lsp` driven over stdio as an editor drives it: sync, diagnostics,
//! hover, commands with streamed output, sessions, interrupts, statistics.

mod lsp_client;

use lsp_client::Client;
use serde_json::{json, Value};
use std::time::Instant;

const URI: &str = "file:///tmp/pvm-lsp-test/prog.py";

fn start() -> Client {
    Client::start(json!({}))
}

fn change(client: &mut Client, version: i64, changes: Value) {
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": changes}),
    );
}

fn command(client: &mut Client, name: &str, args: Value) -> Value {
    client.request(
        "workspace/executeCommand",
        json!({"command": name, "arguments": args}),
    )
}

#[test]
fn initialize_announces_the_capabilities_and_shutdown_exits() {
    let mut client = Client::start(json!({"maxDiagnostics": 10}));
    // A second initialize is an error in LSP, answered, not fatal.
    let again = client.send_request("initialize", json!({"capabilities": {}}));
    assert!(client.response(again).get("error").is_some());
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn diagnostics_follow_incremental_edits_in_utf16() {
    let mut client = start();
    client.open(URI, "s = 'é𝄞'\nx = (1,\n");
    let diags = client.diagnostics(URI, 1);
    assert_eq!(diags[0]["message"], "'(' was never closed", "{diags:?}");
    assert_eq!(diags[0]["code"], "SyntaxError");
    assert_eq!(
        diags[0]["range"]["start"],
        json!({"line": 1, "character": 4})
    );

    // Close the bracket: an incremental edit at a UTF-16 position.
    change(
        &mut client,
        2,
        json!([{"range": {"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 7}}, "text": " 2)"}]),
    );
    assert_eq!(client.diagnostics(URI, 2), Vec::<Value>::new());

    // Replace the non-ASCII string (columns counted in UTF-16 units).
    change(
        &mut client,
        3,
        json!([{"range": {"start": {"line": 0, "character": 5}, "end": {"line": 0, "character": 8}}, "text": "ok"}]),
    );
    assert_eq!(client.diagnostics(URI, 3), Vec::<Value>::new());
    let text = command(&mut client, "pvm.showBytecode", json!([URI, 0]));
    assert!(text.as_str().unwrap().contains("('ok')"), "{text}");

    // A compile error (CPython's message) after a full-text change.
    change(
        &mut client,
        4,
        json!([{"text": "def f():\n    return 1\nreturn 2\n"}]),
    );
    let diags = client.diagnostics(URI, 4);
    assert_eq!(diags[0]["message"], "'return' outside function");
    assert_eq!(diags[0]["range"]["start"]["line"], 2);
}

#[test]
fn hover_shows_the_line_or_the_whole_code_object() {
    let mut client = start();
    client.open(
        URI,
        "def add(a, b):\n    return a + b\n\nsquare = lambda x: x * x\nprint(add(1, 2))\n",
    );
    let hover = |client: &mut Client, line: u32, character: u32| {
        client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": {"line": line, "character": character}}),
        )
    };
    let body = hover(&mut client, 1, 8);
    let text = body["contents"]["value"].as_str().unwrap();
    assert!(text.contains("```text"), "{text}");
    assert!(text.contains("BINARY_OP                0 (+)"), "{text}");
    assert!(!text.contains("RESUME"), "only line 2: {text}");

    let header = hover(&mut client, 0, 4);
    let text = header["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("RESUME") && text.contains("RETURN_VALUE"),
        "{text}"
    );

    let lambda = hover(&mut client, 3, 10);
    let text = lambda["contents"]["value"].as_str().unwrap();
    assert!(text.contains("BINARY_OP                5 (*)"), "{text}");
    assert!(
        !text.contains("STORE_NAME"),
        "the lambda's code only: {text}"
    );

    // Past the end of the document: no hover, no error.
    assert!(hover(&mut client, 99, 0).is_null());
}

#[test]
fn run_file_streams_output_and_returns_the_status() {
    let mut client = start();
    client.open(
        URI,
        "for i in range(3):\n    print('line', i)\nimport sys\nprint('oops', file=sys.stderr)\n",
    );
    let result = command(&mut client, "pvm.runFile", json!([URI]));
    assert_eq!(result["status"], "ok", "{result}");
    assert_eq!(result["exitCode"], 0);
    assert!(result["durationMs"].is_u64());
    let run_id = result["runId"].clone();
    let stdout = client.run_output(&run_id, "stdout");
    assert_eq!(stdout, "line 0\nline 1\nline 2\n");
    assert_eq!(client.run_output(&run_id, "stderr"), "oops\n");
}

#[test]
fn an_uncaught_exception_is_a_diagnostic_at_the_raising_line() {
    let mut client = start();
    client.open(
        URI,
        "def divide(a, b):\n    return a / b\n\nprint(divide(1, 0))\n",
    );
    assert!(client.diagnostics(URI, 1).is_empty());
    let result = command(&mut client, "pvm.runFile", json!([{"uri": URI}]));
    assert_eq!(result["status"], "error");
    assert_eq!(result["exitCode"], 1);
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
    })["diagnostics"]
        .clone();
    assert_eq!(diags[0]["message"], "ZeroDivisionError: division by zero");
    assert_eq!(
        diags[0]["range"]["start"],
        json!({"line": 1, "character": 11})
    );
    assert_eq!(
        diags[0]["range"]["end"],
        json!({"line": 1, "character": 16})
    );
    // The traceback streamed to stderr.
    let stderr = client.run_output(&result["runId"], "stderr");
    assert!(
        stderr.starts_with("Traceback (most recent call last):"),
        "{stderr}"
    );
    // The next edit clears it.
    change(&mut client, 2, json!([{"text": "print(1)\n"}]));
    assert!(client.diagnostics(URI, 2).is_empty());
}

#[test]
fn cells_share_a_session_until_it_is_restarted() {
    let mut client = start();
    client.open(URI, "# %% define\nx = 41\n\n# %% use\nprint(x + 1)\n");
    let first = command(&mut client, "pvm.runCell", json!([URI, 1]));
    assert_eq!(first["status"], "ok", "{first}");
    let second = command(&mut client, "pvm.runCell", json!([URI, 4]));
    assert_eq!(second["status"], "ok", "{second}");
    assert_eq!(client.run_output(&second["runId"], "stdout"), "42\n");

    command(&mut client, "pvm.restartSession", json!([URI]));
    let third = command(&mut client, "pvm.runCell", json!([URI, 4]));
    assert_eq!(third["status"], "error");
    let diags = client.wait_for("textDocument/publishDiagnostics", |p| {
        p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
    })["diagnostics"]
        .clone();
    assert_eq!(diags[0]["message"], "NameError: name 'x' is not defined");
    assert_eq!(diags[0]["range"]["start"]["line"], 4);
}

#[test]
fn a_session_survives_a_quick_close_and_reopen_but_not_a_close() {
    let mut client = start();
    let text = "# %% define\nx = 41\n\n# %% use\nprint(x + 1)\n";
    client.open(URI, text);
    let first = command(&mut client, "pvm.runCell", json!([URI, 1]));
    assert_eq!(first["status"], "ok", "{first}");
    // An editor rereading the file closes and reopens it at once.
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": URI}}),
    );
    client.open(URI, text);
    let second = command(&mut client, "pvm.runCell", json!([URI, 4]));
    assert_eq!(second["status"], "ok", "{second}");
    assert_eq!(client.run_output(&second["runId"], "stdout"), "42\n");
    // A document closed for good loses its session.
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": URI}}),
    );
    std::thread::sleep(std::time::Duration::from_millis(2200));
    client.open(URI, text);
    let third = command(&mut client, "pvm.runCell", json!([URI, 4]));
    assert_eq!(third["status"], "error", "{third}");
}

#[test]
fn interrupt_stops_an_infinite_loop() {
    let mut client = start();
    client.open(URI, "n = 0\nwhile True:\n    n += 1\n");
    let run = client.send_request(
        "workspace/executeCommand",
        json!({"command": "pvm.runFile", "arguments": [URI]}),
    );
    // Give the loop time to start, then interrupt it.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let asked = Instant::now();
    let interrupted = command(&mut client, "pvm.interrupt", json!([]));
    assert_eq!(interrupted, true);
    let response = client.response(run);
    // KeyboardInterrupt comes at the next backward jump; the run's answer
    // follows (a loose bound: CI machines are shared).
    let stopped = asked.elapsed();
    eprintln!("interrupted run answered in {stopped:?}");
    assert!(stopped.as_secs() < 10, "{stopped:?}");
    let result = &response["result"];
    assert_eq!(result["status"], "interrupted", "{response}");
    // Nothing runs any more.
    assert_eq!(command(&mut client, "pvm.interrupt", json!([])), false);
}

#[test]
fn runs_stop_at_the_time_and_output_limits() {
    let mut client = Client::start(json!({"runTimeoutMs": 300, "maxOutputBytes": 1000}));
    client.open(URI, "while True:\n    pass\n");
    let result = command(&mut client, "pvm.runFile", json!([URI]));
    assert_eq!(result["status"], "timeout", "{result}");
    change(
        &mut client,
        2,
        json!([{"text": "while True:\n    print('x' * 99)\n"}]),
    );
    let result = command(&mut client, "pvm.runFile", json!([URI]));
    assert_eq!(result["status"], "outputLimit", "{result}");
    let stdout = client.run_output(&result["runId"], "stdout");
    assert_eq!(stdout.len(), 1000);
}

#[test]
fn gc_statistics_are_sent_during_and_after_a_run() {
    let mut client = start();
    let program = "import gc\nfor i in range(60000):\n    a = []\n    a.append(a)\nprint(gc.collect() >= 0)\n";
    client.open(URI, program);
    let result = command(&mut client, "pvm.runFile", json!([URI]));
    assert_eq!(result["status"], "ok", "{result}");
    let run_id = result["runId"].clone();
    let last = client.wait_for("pvm/gcStats", |p| {
        p["runId"] == run_id && p["final"] == true
    });
    let generations = last["generations"].as_array().unwrap();
    assert_eq!(generations.len(), 3);
    assert!(
        generations[0]["collections"].as_u64().unwrap() > 0,
        "{last}"
    );
    assert!(generations[0]["collected"].as_u64().unwrap() > 0, "{last}");
    for key in [
        "liveObjects",
        "heapBytes",
        "lastPauseMs",
        "totalPauseMs",
        "enabled",
    ] {
        assert!(!last[key].is_null(), "{key}: {last}");
    }
    assert_eq!(generations[0]["threshold"], 700);
}

#[test]
fn gc_statistics_flow_every_quarter_second_without_collections() {
    let mut client = start();
    // No collection ever runs: the statistics still come during the run.
    let program = "import gc, time\ngc.disable()\nend = time.monotonic() + 1.2\nwhile time.monotonic() < end:\n    pass\n";
    client.open(URI, program);
    let result = command(&mut client, "pvm.runFile", json!([URI]));
    assert_eq!(result["status"], "ok", "{result}");
    let run_id = result["runId"].clone();
    client.wait_for("pvm/gcStats", |p| {
        p["runId"] == run_id && p["final"] == true
    });
    let during = client
        .notifications
        .iter()
        .filter(|n| n["method"] == "pvm/gcStats" && n["params"]["runId"] == run_id)
        .count();
    // About four in 1.2 s; at least two even on a loaded machine.
    assert!(during >= 2, "{during} statistics during the run");
    assert!(
        during <= 6,
        "{during} statistics during the run (250 ms apart at most)"
    );
}

#[test]
fn bad_requests_are_errors_and_the_server_keeps_serving() {
    let mut client = start();
    let unknown = client.send_request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.py"}, "position": {"line": 0, "character": 0}}),
    );
    assert!(client.response(unknown).get("error").is_some());
    let bad = client.send_request(
        "workspace/executeCommand",
        json!({"command": "pvm.nope", "arguments": []}),
    );
    assert!(client.response(bad).get("error").is_some());
    let panicked = client.send_request(
        "workspace/executeCommand",
        json!({"command": "pvm.test.panic", "arguments": []}),
    );
    let error = &client.response(panicked)["error"];
    assert_eq!(error["code"], -32603, "{error}");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .contains("asked to panic"));
    let malformed = client.send_request("textDocument/hover", json!({"nonsense": true}));
    assert!(client.response(malformed).get("error").is_some());
    client.open(URI, "print('still here')\n");
    assert!(client.diagnostics(URI, 1).is_empty());
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(symbols, json!([]));
}

#[test]
fn symbols_folding_tokens_and_lenses_come_from_the_tree() {
    let mut client = start();
    client.open(
        URI,
        "# %%\nclass Shape:\n    def area(self):\n        return 0\n# %%\nShape()\n",
    );
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(symbols[0]["name"], "Shape");
    assert_eq!(symbols[0]["kind"], 5);
    assert_eq!(symbols[0]["children"][0]["name"], "area");
    assert_eq!(symbols[0]["children"][0]["kind"], 6);

    let folds = client.request(
        "textDocument/foldingRange",
        json!({"textDocument": {"uri": URI}}),
    );
    let folds = folds.as_array().unwrap();
    assert!(
        folds
            .iter()
            .any(|f| f["startLine"] == 1 && f["endLine"] == 3),
        "{folds:?}"
    );

    let tokens = client.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": URI}}),
    );
    let data = tokens["data"].as_array().unwrap();
    // First token: the comment on line 0 (type 1), 4 units long.
    assert_eq!(
        &data[0..5],
        &[json!(0), json!(0), json!(4), json!(1), json!(0)]
    );
    let ranged = client.request(
        "textDocument/semanticTokens/range",
        json!({"textDocument": {"uri": URI}, "range": {"start": {"line": 2, "character": 0}, "end": {"line": 3, "character": 0}}}),
    );
    // `def` keyword, `area` (function, declaration), `self` (parameter).
    assert_eq!(ranged["data"].as_array().unwrap().len(), 15);

    let lenses = client.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": URI}}),
    );
    let titles: Vec<&str> = lenses
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["command"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["▶ Run cell", "▶ Run cell", "Show bytecode"]);
}
