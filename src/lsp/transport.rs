//! JSON-RPC over stdio with `Content-Length` framing.
//!
//! lsp-server's own stdio transport ends the connection at the first body that
//! is not valid JSON; an editor server must instead answer with a JSON-RPC
//! error (`id: null`, which lsp-server's `Response` cannot express) and keep
//! reading. The reader therefore runs here, on its own thread, and stamps every
//! message with the instant it arrived so latency can be measured server-side.

use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Instant;

use lsp_server::{ErrorCode, Message};
use serde::Serialize;
use serde_json::{json, Value};

/// Larger bodies are read and discarded with an error reply; Python files this
/// size are far beyond anything an editor sends.
const MAX_BODY: usize = 256 << 20;
const MAX_HEADER_LINE: u64 = 8 << 10;
const CONTENT_LENGTH: &[u8] = b"Content-Length:";

pub struct Incoming {
    pub message: Message,
    pub received: Instant,
}

/// The write half, shared by the reader (for its error replies) and the server.
#[derive(Clone)]
pub struct Output {
    sink: Arc<Mutex<Box<dyn Write + Send>>>,
}

impl Output {
    pub fn new(sink: Box<dyn Write + Send>) -> Self {
        Output {
            sink: Arc::new(Mutex::new(sink)),
        }
    }

    /// Writes one framed message. A client that went away is not an error worth
    /// reporting: the reader sees end of input and the server stops.
    pub fn send(&self, message: &impl Serialize) {
        let Ok(body) = serde_json::to_vec(message) else {
            return;
        };
        let mut sink = self
            .sink
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        let _ = write!(sink, "Content-Length: {}\r\n\r\n", body.len())
            .and_then(|()| sink.write_all(&body))
            .and_then(|()| sink.flush());
    }

    pub fn send_message(&self, message: impl Into<Message>) {
        #[derive(Serialize)]
        struct JsonRpc {
            jsonrpc: &'static str,
            #[serde(flatten)]
            message: Message,
        }
        self.send(&JsonRpc {
            jsonrpc: "2.0",
            message: message.into(),
        });
    }
}

/// Starts the reader thread. The receiver yields well-formed messages; everything
/// else is answered on `output` directly. The channel closes at end of input or
/// after the `exit` notification (so a finished server never waits on stdin).
pub fn spawn_reader(input: impl BufRead + Send + 'static, output: Output) -> Receiver<Incoming> {
    let (sender, receiver) = mpsc::channel();
    thread::Builder::new()
        .name("lsp-reader".to_owned())
        .spawn(move || {
            let mut input = input;
            loop {
                let body = match read_frame(&mut input) {
                    Ok(Some(body)) => body,
                    Ok(None) => return,
                    Err(FrameError::Io(err)) => {
                        stderr_line!("pyjail lsp: reading input failed: {err}");
                        return;
                    }
                    Err(FrameError::Malformed(why)) => {
                        output.send(&error_reply(Value::Null, ErrorCode::ParseError, &why));
                        continue;
                    }
                };
                let received = Instant::now();
                match decode(&body) {
                    Ok(message) => {
                        let is_exit =
                            matches!(&message, Message::Notification(n) if n.method == "exit");
                        if sender.send(Incoming { message, received }).is_err() || is_exit {
                            return;
                        }
                    }
                    Err(reply) => output.send(&reply),
                }
            }
        })
        .expect("spawning a thread at start-up");
    receiver
}

enum FrameError {
    Io(io::Error),
    Malformed(String),
}

impl From<io::Error> for FrameError {
    fn from(err: io::Error) -> Self {
        FrameError::Io(err)
    }
}

/// Reads one header block and its body; `None` at a clean end of input.
fn read_frame(input: &mut impl BufRead) -> Result<Option<Vec<u8>>, FrameError> {
    let mut length = None;
    let mut junk = None;
    loop {
        let mut line = Vec::new();
        input
            .by_ref()
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut line)?;
        if line.is_empty() {
            return Ok(None);
        }
        let line = trim_line_end(&line);
        if line.is_empty() {
            break;
        }
        // A peer that got a length wrong leaves the rest of a body in front of the
        // next header (the truncated body already got its parse error):
        // resynchronise on that header instead of giving up.
        let header = find(line, CONTENT_LENGTH).map_or(line, |at| &line[at..]);
        match parse_header(header) {
            Ok(Some(value)) => length = Some(value),
            Ok(None) => {}
            Err(why) => junk = Some(why),
        }
    }
    let Some(length) = length else {
        return Err(FrameError::Malformed(
            junk.unwrap_or_else(|| "missing Content-Length header".to_owned()),
        ));
    };
    if length > MAX_BODY {
        io::copy(&mut input.by_ref().take(length as u64), &mut io::sink())?;
        return Err(FrameError::Malformed(format!(
            "message of {length} bytes exceeds the {MAX_BODY}-byte limit"
        )));
    }
    let mut body = Vec::new();
    input.by_ref().take(length as u64).read_to_end(&mut body)?;
    if body.len() < length {
        return Ok(None);
    }
    match junk {
        Some(why) => Err(FrameError::Malformed(why)),
        None => Ok(Some(body)),
    }
}

/// `Some(length)` for Content-Length, `None` for other well-formed headers.
fn parse_header(line: &[u8]) -> Result<Option<usize>, String> {
    let text = String::from_utf8_lossy(line);
    let Some((name, value)) = text.split_once(':') else {
        return Err(format!("malformed header line {text:?}"));
    };
    if !name.trim().eq_ignore_ascii_case("content-length") {
        return Ok(None);
    }
    value
        .trim()
        .parse()
        .map(Some)
        .map_err(|_| format!("bad Content-Length {:?}", value.trim()))
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A body that is not JSON is a parse error; JSON that is not a request,
/// response or notification is an invalid request, answered with its id when
/// it has a usable one.
fn decode(body: &[u8]) -> Result<Message, Value> {
    let value: Value = serde_json::from_slice(body).map_err(|err| {
        error_reply(
            Value::Null,
            ErrorCode::ParseError,
            &format!("invalid JSON: {err}"),
        )
    })?;
    let id = match value.get("id") {
        Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
        _ => Value::Null,
    };
    serde_json::from_value(value).map_err(|err| {
        error_reply(
            id,
            ErrorCode::InvalidRequest,
            &format!("not a JSON-RPC request or notification: {err}"),
        )
    })
}

fn error_reply(id: Value, code: ErrorCode, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code as i32, "message": message } })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &str) -> Vec<Result<Vec<u8>, String>> {
        let mut reader = io::Cursor::new(input.as_bytes().to_vec());
        let mut out = Vec::new();
        loop {
            match read_frame(&mut reader) {
                Ok(Some(body)) => out.push(Ok(body)),
                Ok(None) => return out,
                Err(FrameError::Malformed(why)) => out.push(Err(why)),
                Err(FrameError::Io(err)) => panic!("{err}"),
            }
        }
    }

    #[test]
    fn reads_consecutive_frames() {
        let got =
            frames("Content-Length: 2\r\n\r\n{}Content-Type: x\r\nContent-Length: 3\r\n\r\n[1]");
        assert_eq!(got, vec![Ok(b"{}".to_vec()), Ok(b"[1]".to_vec())]);
    }

    #[test]
    fn resynchronises_after_a_short_length() {
        let got = frames("Content-Length: 1\r\n\r\n{}Content-Length: 2\r\n\r\n{}");
        assert_eq!(got, vec![Ok(b"{".to_vec()), Ok(b"{}".to_vec())]);
        let got = frames("Content-Length: x\r\n\r\nContent-Length: 2\r\n\r\n{}");
        assert_eq!(
            got,
            vec![
                Err("bad Content-Length \"x\"".to_owned()),
                Ok(b"{}".to_vec())
            ]
        );
    }

    #[test]
    fn bad_json_and_bad_shapes_get_error_replies() {
        let reply = decode(b"{not json").unwrap_err();
        assert_eq!(reply["error"]["code"], -32700);
        assert_eq!(reply["id"], Value::Null);
        let reply = decode(br#"{"jsonrpc":"2.0","id":7,"method":5}"#).unwrap_err();
        assert_eq!(reply["error"]["code"], -32600);
        assert_eq!(reply["id"], 7);
    }
}
