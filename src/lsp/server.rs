//! The server loop: lifecycle, dispatch, and when to lint.
//!
//! Everything runs on one thread; linting a 1,000-line file takes a few
//! milliseconds, far less than a keystroke interval. Changes are throttled per
//! document: a change to a document that was not linted in the last
//! `COALESCE` is linted at once (so an isolated edit gets its diagnostics
//! within the lint time); changes arriving while a document was linted less
//! than `COALESCE` ago are folded into one lint at the end of that window.

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use lsp_server::{ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{self as notif, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, HoverProviderCapability,
    InitializeParams, InitializeResult, MessageType, PositionEncodingKind,
    PublishDiagnosticsParams, SaveOptions, ServerCapabilities, ServerInfo, ShowMessageParams,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Url,
};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::analysis::{self, Linters};
use super::documents::Documents;
use super::settings::{self, Settings};
use super::transport::{Incoming, Output};
use super::{actions, diagnostics};

/// Changes to one document within this window are linted once.
pub const COALESCE: Duration = Duration::from_millis(50);

pub struct Options {
    /// Send a `$/pyjail/timing` notification (and a line on stderr) per lint.
    pub log_timing: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Uninitialized,
    Running,
    ShutDown,
}

/// How the session ended: `exit` after `shutdown` is a clean end (status 0);
/// anything else, including the client closing the pipe, is status 1.
pub enum End {
    Clean,
    Abrupt,
}

struct Pending {
    due: Instant,
    first_change: Instant,
}

pub struct Server {
    output: Output,
    options: Options,
    state: State,
    workspace_root: Option<PathBuf>,
    settings: Settings,
    documents: Documents,
    linters: Linters,
    pending: HashMap<Url, Pending>,
    last_lint: HashMap<Url, Instant>,
    /// Problems already shown, so a broken configuration is reported once and
    /// not on every keystroke.
    shown: HashSet<String>,
}

impl Server {
    pub fn new(output: Output, options: Options) -> Self {
        Server {
            output,
            options,
            state: State::Uninitialized,
            workspace_root: None,
            settings: Settings::default(),
            documents: Documents::default(),
            linters: Linters::default(),
            pending: HashMap::new(),
            last_lint: HashMap::new(),
            shown: HashSet::new(),
        }
    }

    pub fn serve(mut self, incoming: Receiver<Incoming>) -> End {
        loop {
            let next = match self.next_due() {
                Some(due) => incoming.recv_timeout(due.saturating_duration_since(Instant::now())),
                None => incoming.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match next {
                Ok(message) => {
                    if let Some(end) = self.handle(message) {
                        return end;
                    }
                    // A burst already queued is applied before linting once.
                    while let Ok(message) = incoming.try_recv() {
                        if let Some(end) = self.handle(message) {
                            return end;
                        }
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    return if self.state == State::ShutDown {
                        End::Clean
                    } else {
                        End::Abrupt
                    };
                }
            }
            self.lint_due();
        }
    }

    fn handle(&mut self, incoming: Incoming) -> Option<End> {
        match incoming.message {
            Message::Request(request) => {
                let id = request.id.clone();
                let method = request.method.clone();
                let result = catch_unwind(AssertUnwindSafe(|| self.on_request(request)));
                let response = result.unwrap_or_else(|_| {
                    Err(error(
                        ErrorCode::InternalError,
                        format!("pyjail: internal error while handling {method}"),
                    ))
                });
                self.output.send_message(Response {
                    id,
                    response_result: response,
                });
                None
            }
            Message::Notification(notification) => {
                if notification.method == notif::Exit::METHOD {
                    return Some(if self.state == State::ShutDown {
                        End::Clean
                    } else {
                        End::Abrupt
                    });
                }
                let method = notification.method.clone();
                let received = incoming.received;
                if catch_unwind(AssertUnwindSafe(|| {
                    self.on_notification(notification, received)
                }))
                .is_err()
                {
                    self.log(
                        MessageType::ERROR,
                        format!("pyjail: internal error while handling {method}"),
                    );
                }
                None
            }
            // The server sends no requests that need an answer.
            Message::Response(_) => None,
        }
    }

    fn on_request(&mut self, request: Request) -> Result<Value, ResponseError> {
        match (self.state, request.method.as_str()) {
            (State::Uninitialized, req::Initialize::METHOD) => {
                self.initialize(params(request.params)?)
            }
            (State::Uninitialized, _) => Err(error(
                ErrorCode::ServerNotInitialized,
                "the server has not been initialized".to_owned(),
            )),
            (State::ShutDown, _) => Err(error(
                ErrorCode::InvalidRequest,
                "the server is shut down; only `exit` is accepted".to_owned(),
            )),
            (State::Running, req::Initialize::METHOD) => Err(error(
                ErrorCode::InvalidRequest,
                "the server is already initialized".to_owned(),
            )),
            (State::Running, req::Shutdown::METHOD) => {
                self.state = State::ShutDown;
                Ok(Value::Null)
            }
            (State::Running, req::HoverRequest::METHOD) => {
                let params: lsp_types::HoverParams = params(request.params)?;
                let uri = &params.text_document_position_params.text_document.uri;
                self.flush(uri);
                Ok(json!(actions::hover(&self.documents, &params)))
            }
            (State::Running, req::CodeActionRequest::METHOD) => {
                let params: lsp_types::CodeActionParams = params(request.params)?;
                self.flush(&params.text_document.uri);
                let path = file_path(&params.text_document.uri);
                let (documents, linters, settings) =
                    (&self.documents, &mut self.linters, &self.settings);
                let reanalyse =
                    |text: &str| analysis::lint(linters, settings, path.as_deref(), text);
                Ok(json!(actions::code_actions(documents, &params, reanalyse)))
            }
            (State::Running, method) => Err(error(
                ErrorCode::MethodNotFound,
                format!("pyjail does not handle `{method}`"),
            )),
        }
    }

    fn initialize(&mut self, params: InitializeParams) -> Result<Value, ResponseError> {
        #[allow(deprecated)] // root_uri: still what most clients send
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|folders| folders.first())
            .map(|folder| folder.uri.clone())
            .or(params.root_uri);
        self.workspace_root = root.and_then(|uri| uri.to_file_path().ok());
        self.state = State::Running;
        if let Some(options) = &params.initialization_options {
            self.apply_settings(options, "initializationOptions");
        }
        let result = InitializeResult {
            capabilities: capabilities(),
            server_info: Some(ServerInfo {
                name: "pyjail".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
        };
        Ok(json!(result))
    }

    fn on_notification(&mut self, notification: Notification, received: Instant) {
        if self.state != State::Running {
            return; // before `initialize` and after `shutdown`, notifications are dropped
        }
        let method = notification.method.clone();
        let outcome = match method.as_str() {
            notif::DidOpenTextDocument::METHOD => {
                params(notification.params).map(|p: lsp_types::DidOpenTextDocumentParams| {
                    let document = p.text_document;
                    self.documents
                        .open(document.uri.clone(), document.text, document.version);
                    self.lint_now(&document.uri, received);
                })
            }
            notif::DidChangeTextDocument::METHOD => {
                params(notification.params).map(|p: lsp_types::DidChangeTextDocumentParams| {
                    let uri = p.text_document.uri;
                    if let Some(document) = self.documents.get_mut(&uri) {
                        document.apply(p.content_changes, p.text_document.version);
                        self.schedule(uri, received);
                    }
                })
            }
            notif::DidSaveTextDocument::METHOD => {
                params(notification.params).map(|p: lsp_types::DidSaveTextDocumentParams| {
                    // Configuration may have changed on disk too: lint again even if nothing changed.
                    self.lint_now(&p.text_document.uri, received)
                })
            }
            notif::DidCloseTextDocument::METHOD => {
                params(notification.params).map(|p: lsp_types::DidCloseTextDocumentParams| {
                    let uri = p.text_document.uri;
                    self.documents.close(&uri);
                    self.pending.remove(&uri);
                    self.last_lint.remove(&uri);
                    self.publish_empty(uri);
                })
            }
            notif::DidChangeConfiguration::METHOD => {
                params(notification.params).map(|p: lsp_types::DidChangeConfigurationParams| {
                    if self.apply_settings(&p.settings, "workspace/didChangeConfiguration") {
                        self.lint_all(received);
                    }
                })
            }
            notif::DidChangeWatchedFiles::METHOD => {
                // A configuration or rule file changed: start from disk again.
                self.linters.clear();
                self.lint_all(received);
                Ok(())
            }
            _ => Ok(()), // `initialized`, `$/cancelRequest`, `$/setTrace`, and anything unknown
        };
        if let Err(err) = outcome {
            self.log(
                MessageType::ERROR,
                format!("pyjail: ignoring `{method}`: {}", err.message),
            );
        }
    }

    /// Applies settings from the client; on a bad value the previous settings
    /// stay and the user is told why. Returns whether anything changed.
    fn apply_settings(&mut self, value: &Value, origin: &str) -> bool {
        match settings::parse(value, &self.settings, self.workspace_root.as_deref()) {
            Ok(parsed) => {
                if !parsed.unknown_keys.is_empty() {
                    self.show(
                        MessageType::WARNING,
                        settings::describe_unknown(&parsed.unknown_keys),
                    );
                }
                let changed = parsed.settings != self.settings;
                self.settings = parsed.settings;
                changed
            }
            Err(why) => {
                self.show(
                    MessageType::ERROR,
                    format!(
                        "pyjail: bad settings in {origin}: {why}; keeping the previous settings"
                    ),
                );
                false
            }
        }
    }

    fn schedule(&mut self, uri: Url, received: Instant) {
        let window_end = self.last_lint.get(&uri).map(|&last| last + COALESCE);
        self.pending.entry(uri).or_insert(Pending {
            due: window_end.map_or(received, |end| end.max(received)),
            first_change: received,
        });
    }

    fn next_due(&self) -> Option<Instant> {
        self.pending.values().map(|pending| pending.due).min()
    }

    fn lint_due(&mut self) {
        let now = Instant::now();
        let due: Vec<Url> = self
            .pending
            .iter()
            .filter(|(_, p)| p.due <= now)
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in due {
            if let Some(pending) = self.pending.remove(&uri) {
                self.lint_and_publish(&uri, pending.first_change);
            }
        }
    }

    /// Lints a document now if it has changes waiting, so that hover and code
    /// actions answer about the text the editor shows.
    fn flush(&mut self, uri: &Url) {
        if let Some(pending) = self.pending.remove(uri) {
            self.lint_and_publish(uri, pending.first_change);
        }
    }

    fn lint_now(&mut self, uri: &Url, received: Instant) {
        let first_change = self
            .pending
            .remove(uri)
            .map_or(received, |pending| pending.first_change);
        self.lint_and_publish(uri, first_change);
    }

    fn lint_all(&mut self, received: Instant) {
        let uris: Vec<Url> = self.documents.uris().cloned().collect();
        for uri in uris {
            self.lint_now(&uri, received);
        }
    }

    fn lint_and_publish(&mut self, uri: &Url, first_change: Instant) {
        let Some(document) = self.documents.get(uri) else {
            return;
        };
        let started = Instant::now();
        let path = file_path(uri);
        let outcome = analysis::lint(
            &mut self.linters,
            &self.settings,
            path.as_deref(),
            &document.text,
        );
        let mut published: Vec<_> = outcome
            .findings
            .iter()
            .map(|f| diagnostics::from_finding(document, f))
            .collect();
        if let Some(error) = &outcome.parse_error {
            published.push(diagnostics::from_source_error(document, error));
        }
        let version = document.version;
        let lines = document.index.line_count();
        if let Some(document) = self.documents.get_mut(uri) {
            document.findings = outcome.findings;
            document.linter = Some(outcome.linter);
        }
        self.notify::<notif::PublishDiagnostics>(PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics: published,
            version: Some(version),
        });
        let done = Instant::now();
        self.last_lint.insert(uri.clone(), done);
        for problem in outcome.problems {
            self.show(MessageType::ERROR, problem);
        }
        if self.options.log_timing {
            self.report_timing(uri, version, lines, done - started, done - first_change);
        }
    }

    fn report_timing(
        &self,
        uri: &Url,
        version: i32,
        lines: usize,
        lint: Duration,
        latency: Duration,
    ) {
        let (lint_ms, latency_ms) = (lint.as_secs_f64() * 1e3, latency.as_secs_f64() * 1e3);
        stderr_line!("pyjail lsp: {uri} v{version} ({lines} lines): linted in {lint_ms:.2} ms, published {latency_ms:.2} ms after the change arrived");
        self.output.send_message(Notification::new(
            "$/pyjail/timing".to_owned(),
            json!({ "uri": uri, "version": version, "lines": lines, "lintMs": lint_ms, "latencyMs": latency_ms }),
        ));
    }

    fn publish_empty(&self, uri: Url) {
        self.notify::<notif::PublishDiagnostics>(PublishDiagnosticsParams {
            uri,
            diagnostics: Vec::new(),
            version: None,
        });
    }

    /// Shows a message once per session (a broken configuration file would
    /// otherwise pop up on every keystroke).
    fn show(&mut self, typ: MessageType, message: String) {
        if self.shown.insert(message.clone()) {
            stderr_line!("{message}");
            self.notify::<notif::ShowMessage>(ShowMessageParams { typ, message });
        }
    }

    fn log(&self, typ: MessageType, message: String) {
        stderr_line!("{message}");
        self.notify::<notif::LogMessage>(lsp_types::LogMessageParams { typ, message });
    }

    fn notify<N: notif::Notification>(&self, params: N::Params) {
        self.output
            .send_message(Notification::new(N::METHOD.to_owned(), params));
    }
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}

fn file_path(uri: &Url) -> Option<PathBuf> {
    (uri.scheme() == "file")
        .then(|| uri.to_file_path().ok())
        .flatten()
}

type ResponseError = lsp_server::ResponseError;

fn error(code: ErrorCode, message: String) -> ResponseError {
    ResponseError {
        code: code as i32,
        message,
        data: None,
    }
}

fn params<P: DeserializeOwned>(value: Value) -> Result<P, ResponseError> {
    serde_json::from_value(value)
        .map_err(|err| error(ErrorCode::InvalidParams, format!("invalid params: {err}")))
}
