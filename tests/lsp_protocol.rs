//! `pyjail lsp` at the protocol level: a real server process, spoken to in
//! JSON-RPC with Content-Length framing, as an editor would.

mod lsp_client;

use lsp_client::{explain, file_uri, temp_dir, text_in_range, Client};
use serde_json::{json, Value};

/// Non-ASCII and astral characters before the pattern: UTF-16 columns differ
/// from both byte and character columns here.
const ASTRAL: &str = "x = \"é😀\"; y = obj.__class__.__bases__\n";

fn diagnostics_list(value: &Value) -> Vec<Value> {
    value.as_array().cloned().unwrap_or_default()
}

fn codes(diagnostics: &Value) -> Vec<String> {
    diagnostics_list(diagnostics)
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn is_rule_id(code: &str) -> bool {
    code.len() > 2 && code.starts_with("PJ") && code[2..].chars().all(|c| c.is_ascii_digit())
}

#[test]
fn initialize_announces_what_the_server_does() {
    let dir = temp_dir("init");
    let mut client = Client::start(&[]);
    let response = client.initialize(Value::Null, &dir);
    let capabilities = &response["result"]["capabilities"];
    assert_eq!(capabilities["positionEncoding"], "utf-16");
    assert_eq!(
        capabilities["textDocumentSync"]["change"], 2,
        "incremental sync"
    );
    assert_eq!(capabilities["textDocumentSync"]["openClose"], true);
    assert_eq!(capabilities["hoverProvider"], true);
    assert_eq!(
        capabilities["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    assert_eq!(response["result"]["serverInfo"]["name"], "pyjail");
    assert!(
        client.shutdown_and_exit().success(),
        "exit after shutdown is status 0"
    );
}

#[test]
fn diagnostics_on_open_have_utf16_ranges_codes_and_docs() {
    let dir = temp_dir("open");
    let path = dir.join("snippet.py");
    std::fs::write(&path, ASTRAL).unwrap();
    let uri = file_uri(&path);
    let mut client = Client::initialized(Value::Null, &dir);
    let diagnostics = client.open(&uri, ASTRAL);
    let list = diagnostics_list(&diagnostics);
    assert!(!list.is_empty(), "an object-graph walk must be reported");
    for diagnostic in &list {
        let code = diagnostic["code"].as_str().unwrap();
        assert!(is_rule_id(code), "code is the rule id: {diagnostic}");
        assert_eq!(diagnostic["source"], "pyjail");
        assert!(!diagnostic["message"].as_str().unwrap().is_empty());
        let severity = diagnostic["severity"].as_i64().unwrap();
        assert!((1..=4).contains(&severity));
        let href = diagnostic["codeDescription"]["href"].as_str().unwrap();
        assert!(
            href.ends_with(&format!("#{}", code.to_ascii_lowercase())),
            "{href}"
        );
        let covered = text_in_range(ASTRAL, &diagnostic["range"]);
        assert!(
            covered.ends_with("__bases__") || covered.ends_with("__class__"),
            "range {} covers {covered:?}, not the attribute",
            diagnostic["range"]
        );
    }
    // The step to the bases alone (no `__subclasses__` after it) is low: Information.
    let bases = list
        .iter()
        .find(|d| text_in_range(ASTRAL, &d["range"]).ends_with("__bases__"))
        .expect("a finding ending at __bases__");
    assert_eq!(bases["severity"], 3, "low maps to Information");
    // `x = "é😀"; y = ` is 15 UTF-16 code units (😀 is two), 14 characters, 18 bytes.
    let start = bases["range"]["start"]["character"].as_u64().unwrap();
    assert!(start >= 15, "start column {start} counts UTF-16 units");
    assert_eq!(
        bases["range"]["end"]["character"], 38,
        "end of `__bases__` in UTF-16 units"
    );
    client.shutdown_and_exit();
}

#[test]
fn edits_update_and_clear_diagnostics() {
    let dir = temp_dir("change");
    let uri = file_uri(&dir.join("edit.py"));
    let mut client = Client::initialized(Value::Null, &dir);
    assert!(!diagnostics_list(&client.open(&uri, ASTRAL)).is_empty());
    // Delete `.__class__.__bases__` (UTF-16 columns 18..38 on line 0).
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{ "range": { "start": { "line": 0, "character": 18 }, "end": { "line": 0, "character": 38 } }, "text": "" }],
        }),
    );
    assert_eq!(
        client.diagnostics_at(&uri, 2),
        json!([]),
        "removing the pattern clears the diagnostics"
    );
    // A full-text change brings one back; saving lints again.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": "import ctypes\n" }] }),
    );
    assert!(!diagnostics_list(&client.diagnostics_at(&uri, 3)).is_empty());
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert!(
        !diagnostics_list(&client.diagnostics_at(&uri, 3)).is_empty(),
        "save publishes again"
    );
    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    let closed = client.diagnostics(&uri);
    assert_eq!(
        closed["diagnostics"],
        json!([]),
        "closing clears the file's diagnostics"
    );
    client.shutdown_and_exit();
}

#[test]
fn a_burst_of_changes_is_linted_once_not_per_change() {
    let dir = temp_dir("burst");
    let uri = file_uri(&dir.join("burst.py"));
    let mut client = Client::initialized(Value::Null, &dir);
    client.open(&uri, "x = 1\n");
    // Twenty keystrokes in one write: the server sees them queued together.
    let mut burst = Vec::new();
    for version in 2..=21 {
        let change = json!({
            "jsonrpc": "2.0",
            "method": "textDocument/didChange",
            "params": {
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "text": format!("import ctypes  # {version}\n") }],
            },
        });
        let body = serde_json::to_vec(&change).unwrap();
        burst.extend(format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes());
        burst.extend(body);
    }
    client.send_raw(&burst);
    let last = client.diagnostics_at(&uri, 21);
    assert!(!diagnostics_list(&last).is_empty());
    let publishes = client
        .drain()
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .count();
    assert!(
        publishes < 5,
        "20 queued changes took {publishes} extra lints"
    );
    client.shutdown_and_exit();
}

#[test]
fn hover_shows_the_rule_explanation() {
    let dir = temp_dir("hover");
    let uri = file_uri(&dir.join("hover.py"));
    let mut client = Client::initialized(Value::Null, &dir);
    let diagnostics = client.open(&uri, ASTRAL);
    let bases = diagnostics_list(&diagnostics)
        .into_iter()
        .find(|d| text_in_range(ASTRAL, &d["range"]).ends_with("__bases__"))
        .unwrap();
    let code = bases["code"].as_str().unwrap().to_owned();
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 33 } }),
    );
    let shown = hover["result"]["contents"]["value"]
        .as_str()
        .expect("hover text");
    assert!(
        shown.contains(explain(&code).trim()),
        "hover must show `pyjail explain {code}`:\n{shown}"
    );
    assert_eq!(hover["result"]["range"]["end"], bases["range"]["end"]);
    // Away from any finding there is nothing to show.
    let nothing = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 1 } }),
    );
    assert_eq!(nothing["result"], Value::Null);
    client.shutdown_and_exit();
}

#[test]
fn code_action_adds_and_merges_the_suppression_comment() {
    let dir = temp_dir("action");
    let uri = file_uri(&dir.join("action.py"));
    let mut client = Client::initialized(Value::Null, &dir);
    let mut text = ASTRAL.to_owned();
    let mut version = 1;
    let mut diagnostics = client.open(&uri, &text);
    let all_codes = codes(&diagnostics);
    assert!(!all_codes.is_empty());
    // Suppress every finding on the line, one quick fix at a time.
    for round in 0..all_codes.len() {
        let response = client.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": uri },
                "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 38 } },
                "context": { "diagnostics": diagnostics },
            }),
        );
        let actions = response["result"].as_array().expect("a list of actions");
        assert!(
            !actions.is_empty(),
            "round {round}: no action offered for {diagnostics}"
        );
        let action = &actions[0];
        assert_eq!(action["kind"], "quickfix");
        let edits = action["edit"]["changes"][&uri].as_array().unwrap();
        assert_eq!(edits.len(), 1);
        let edit = &edits[0];
        let new_text = edit["newText"].as_str().unwrap();
        if round == 0 {
            assert!(
                new_text.starts_with("  # pyjail: ignore[PJ") && new_text.ends_with(']'),
                "{new_text:?}"
            );
        } else {
            assert!(
                new_text.starts_with(", PJ"),
                "merges into the existing comment: {new_text:?}"
            );
        }
        assert_eq!(edit["range"]["start"], edit["range"]["end"], "an insertion");
        let at = lsp_offset(&text, &edit["range"]["start"]);
        text.insert_str(at, new_text);
        version += 1;
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
        diagnostics = client.diagnostics_at(&uri, version);
    }
    assert_eq!(diagnostics, json!([]), "all suppressed: {text}");
    for code in &all_codes {
        assert!(
            text.contains(code.as_str()),
            "{code} is in the comment: {text}"
        );
    }
    client.shutdown_and_exit();
}

fn lsp_offset(text: &str, position: &Value) -> usize {
    let line = position["line"].as_u64().unwrap() as usize;
    let character = position["character"].as_u64().unwrap() as usize;
    let line_start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let mut units = 0;
    for (index, ch) in text[line_start..].char_indices() {
        if units == character || ch == '\n' {
            return line_start + index;
        }
        units += ch.len_utf16();
    }
    text.len()
}

#[test]
fn a_file_that_does_not_parse_keeps_its_findings_next_to_the_error() {
    let dir = temp_dir("syntax");
    let uri = file_uri(&dir.join("broken.py"));
    let mut client = Client::initialized(Value::Null, &dir);
    let text = "import os\nos.system('id')\ndef f(:\n    pass\n";
    let diagnostics = diagnostics_list(&client.open(&uri, text));
    assert_eq!(
        diagnostics.len(),
        2,
        "the escape and the error: {diagnostics:?}"
    );
    assert_eq!(diagnostics[0]["code"], "PJ403");
    assert_eq!(diagnostics[0]["range"]["start"]["line"], 1);
    let diagnostic = &diagnostics[1];
    assert_eq!(diagnostic["code"], "syntax-error");
    assert_eq!(diagnostic["severity"], 1);
    assert_eq!(
        diagnostic["range"]["start"]["line"], 2,
        "at the error: {diagnostic}"
    );
    assert!(diagnostic["message"]
        .as_str()
        .unwrap()
        .contains("syntax error"));
    // The finding can still be suppressed: the fix leaves the error where it was.
    let response = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": { "start": { "line": 1, "character": 0 }, "end": { "line": 1, "character": 15 } },
            "context": { "diagnostics": [diagnostics[0].clone()] },
        }),
    );
    let actions = response["result"].as_array().expect("a list of actions");
    assert_eq!(actions.len(), 1, "{response}");
    let edit = &actions[0]["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "  # pyjail: ignore[PJ403]", "{edit}");
    // The server is still there and fine.
    let fixed_uri = file_uri(&dir.join("fixed.py"));
    assert_eq!(client.open(&fixed_uri, "x = 1\n"), json!([]));
    client.shutdown_and_exit();
}

#[test]
fn escapes_keep_their_diagnostics_while_a_line_is_half_typed() {
    let dir = temp_dir("typing");
    let uri = file_uri(&dir.join("typing.py"));
    let mut client = Client::initialized(Value::Null, &dir);
    let text = "import os\nos.system('id')\n\ng = f.__globals__\n";
    assert_eq!(codes(&client.open(&uri, text)), ["PJ403", "PJ201"]);
    // The user starts a new line 3 (`result = obj.` and no attribute yet).
    let mut version = 1;
    for typed in ["r", "result = ", "result = obj.", "result = obj.va"] {
        version += 1;
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "text": text.replace("\n\n", &format!("\n{typed}\n")) }],
            }),
        );
        let diagnostics = client.diagnostics_at(&uri, version);
        let found = codes(&diagnostics);
        assert!(
            found.starts_with(&["PJ403".to_string()]) && found.contains(&"PJ201".to_string()),
            "{typed:?}: {diagnostics}"
        );
    }
    client.shutdown_and_exit();
}

#[test]
fn malformed_messages_get_errors_and_the_server_keeps_working() {
    let dir = temp_dir("malformed");
    let mut client = Client::start(&[]);
    // Before initialize, requests are refused.
    let early = client.request("textDocument/hover", json!({}));
    assert_eq!(early["error"]["code"], -32002, "{early}");
    client.initialize(Value::Null, &dir);

    client.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    let parse_error = client.wait_for("a parse error", |m| m["error"]["code"] == -32700);
    assert_eq!(parse_error["id"], Value::Null);

    client.send(&json!({ "jsonrpc": "2.0", "id": 99, "method": 5 }));
    let invalid = client.wait_for("an invalid-request error", |m| m["id"] == 99);
    assert_eq!(invalid["error"]["code"], -32600, "{invalid}");

    let unknown = client.request("pyjail/noSuchMethod", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");

    let wrong_params = client.request("textDocument/hover", json!({ "textDocument": 3 }));
    assert_eq!(wrong_params["error"]["code"], -32602, "{wrong_params}");

    let again = client.request("initialize", json!({ "capabilities": {} }));
    assert_eq!(
        again["error"]["code"], -32600,
        "a second initialize is refused"
    );

    // A notification with bad params cannot be answered; it is logged, not fatal.
    client.notify("textDocument/didOpen", json!({ "textDocument": "nope" }));
    client.send_raw(b"Content-Length: nine\r\n\r\n");
    client.wait_for("a parse error for the bad header", |m| {
        m["error"]["code"] == -32700
    });

    let uri = file_uri(&dir.join("still.py"));
    assert!(
        !diagnostics_list(&client.open(&uri, "import ctypes\n")).is_empty(),
        "still linting"
    );
    assert!(client.shutdown_and_exit().success());
}

#[test]
fn shutdown_and_exit_follow_the_specification() {
    let dir = temp_dir("lifecycle");
    let mut client = Client::initialized(Value::Null, &dir);
    let response = client.request("shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    let late = client.request("textDocument/hover", json!({}));
    assert_eq!(
        late["error"]["code"], -32600,
        "requests after shutdown are invalid"
    );
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit().code(), Some(0));

    let mut abrupt = Client::initialized(Value::Null, &dir);
    abrupt.notify("exit", Value::Null);
    assert_eq!(
        abrupt.wait_exit().code(),
        Some(1),
        "exit without shutdown is status 1"
    );

    let mut hung_up = Client::initialized(Value::Null, &dir);
    hung_up.close_stdin();
    assert_eq!(
        hung_up.wait_exit().code(),
        Some(1),
        "end of input ends the server"
    );
}

#[test]
fn settings_select_and_ignore_rules() {
    let dir = temp_dir("settings");
    let uri = file_uri(&dir.join("settings.py"));
    let text = "import ctypes\ny = obj.__class__.__bases__\n";
    let mut plain = Client::initialized(Value::Null, &dir);
    let all = codes(&plain.open(&uri, text));
    plain.shutdown_and_exit();
    assert!(all.len() >= 2, "{all:?}");
    let ignored = all[0].clone();

    let mut client = Client::initialized(json!({ "ignore": [ignored] }), &dir);
    let codes_now = codes(&client.open(&uri, text));
    assert!(
        !codes_now.contains(&ignored),
        "initializationOptions ignore {ignored}: {codes_now:?}"
    );
    assert!(!codes_now.is_empty());

    // An update changes the keys it names and keeps the others.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "pyjail": { "select": [ignored] } } }),
    );
    let selected_and_ignored = codes(&client.diagnostics(&uri)["diagnostics"]);
    assert!(
        selected_and_ignored.is_empty(),
        "select and ignore {ignored}: {selected_and_ignored:?}"
    );
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "pyjail": { "ignore": null } } }),
    );
    let selected = codes(&client.diagnostics(&uri)["diagnostics"]);
    assert!(
        !selected.is_empty() && selected.iter().all(|c| *c == ignored),
        "select {ignored}: {selected:?}"
    );
    // Empty settings (as some clients send after start-up) change nothing.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": {} }),
    );
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": null }),
    );
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(codes(&client.diagnostics(&uri)["diagnostics"]), selected);
    client.shutdown_and_exit();
}

#[test]
fn bad_settings_are_shown_and_do_not_stop_the_server() {
    let dir = temp_dir("bad-settings");
    let uri = file_uri(&dir.join("bad.py"));
    let mut client = Client::initialized(json!({ "select": 5 }), &dir);
    let shown = client.wait_for("a message about the bad setting", |m| {
        m["method"] == "window/showMessage"
    });
    let message = shown["params"]["message"].as_str().unwrap();
    assert_eq!(shown["params"]["type"], 1, "an error: {message}");
    assert!(
        message.contains("`select`") && message.contains("list of rule ids"),
        "{message}"
    );
    assert!(
        !diagnostics_list(&client.open(&uri, "import ctypes\n")).is_empty(),
        "defaults still lint"
    );

    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "ignore": ["P J"] } }),
    );
    let shown = client.wait_for("a message about the bad ignore", |m| {
        m["method"] == "window/showMessage"
    });
    assert!(shown["params"]["message"]
        .as_str()
        .unwrap()
        .contains("not a rule id"));

    // Well-formed but matching no rule: a typo that would silently ignore nothing.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "ignore": ["PJ999"] } }),
    );
    let shown = client.wait_for("a message about the unknown rule", |m| {
        m["method"] == "window/showMessage"
    });
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(message.contains("`PJ999` matches no rule"), "{message}");
    client.shutdown_and_exit();
}

#[test]
fn project_configuration_applies_and_errors_name_the_file_and_key() {
    let dir = temp_dir("project");
    let text = "import ctypes\ny = obj.__class__.__bases__\n";
    let mut probe = Client::initialized(Value::Null, &dir);
    let all = codes(&probe.open(&file_uri(&dir.join("probe.py")), text));
    probe.shutdown_and_exit();
    let ignored = all[0].clone();

    std::fs::write(
        dir.join("pyproject.toml"),
        format!("[tool.pyjail]\nignore = [\"{ignored}\"]\nexclude = [\"generated\"]\n[tool.pyjail.per-file-ignores]\n\"tests/*.py\" = [\"ALL\"]\n"),
    )
    .unwrap();
    let mut client = Client::initialized(Value::Null, &dir);
    let here = codes(&client.open(&file_uri(&dir.join("src/app.py")), text));
    assert!(
        !here.contains(&ignored) && !here.is_empty(),
        "project ignore {ignored}: {here:?}"
    );
    assert_eq!(
        client.open(&file_uri(&dir.join("tests/t.py")), text),
        json!([]),
        "per-file-ignores"
    );
    assert_eq!(
        client.open(&file_uri(&dir.join("generated/g.py")), text),
        json!([]),
        "exclude"
    );

    // Editor settings sit on top: selecting the ignored rule brings it back.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "select": [ignored] } }),
    );
    let again = client.wait_for("diagnostics with the editor's select", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"].as_str().unwrap().ends_with("src/app.py")
    });
    assert_eq!(
        codes(&again["params"]["diagnostics"]),
        vec![ignored.clone()]
    );
    client.shutdown_and_exit();

    std::fs::write(
        dir.join("pyproject.toml"),
        "[tool.pyjail]\nfail-on = \"extreme\"\n",
    )
    .unwrap();
    let mut client = Client::initialized(Value::Null, &dir);
    let diagnostics = client.open(&file_uri(&dir.join("src/app.py")), text);
    assert!(
        !diagnostics_list(&diagnostics).is_empty(),
        "a broken configuration never silences the analyzer"
    );
    let shown = client.wait_for("a message about the configuration", |m| {
        m["method"] == "window/showMessage"
    });
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(message.contains("pyproject.toml"), "{message}");
    assert!(
        message.contains("tool.pyjail.fail-on") && message.contains("\"extreme\""),
        "{message}"
    );
    client.shutdown_and_exit();
}

#[test]
fn timing_is_reported_when_asked_for() {
    let dir = temp_dir("timing");
    let uri = file_uri(&dir.join("timed.py"));
    let mut client = Client::start(&["--log-timing"]);
    client.initialize(Value::Null, &dir);
    client.open(&uri, "import ctypes\n");
    let timing = client.wait_for("a timing notification", |m| {
        m["method"] == "$/pyjail/timing"
    });
    assert!(timing["params"]["lintMs"].as_f64().is_some());
    assert!(
        timing["params"]["latencyMs"].as_f64().unwrap()
            >= timing["params"]["lintMs"].as_f64().unwrap()
    );
    client.shutdown_and_exit();
}
