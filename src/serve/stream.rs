//! A job's output as it comes (`"stream": true`): the helper sends each
//! piece of the program's stdout or stderr to the server as one JSON line
//! ([`Piece`]) as soon as its supervisor has it, ahead of the answer line;
//! the server passes each line on to the client as one chunk of a chunked
//! `application/x-ndjson` answer whose last line is the job's answer (without
//! `stdout` and `stderr`, already sent). `pyjail run --server` prints each
//! piece as it arrives, as a cold run does.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use base64::Engine;
use serde::{Deserialize, Serialize};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// Which of the program's streams a piece is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Output {
    Stdout,
    Stderr,
}

/// One piece of output: `{"stream": "stdout", "text": "..."}`, or
/// `"base64"` in place of `"text"` as the job's `encoding` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Piece {
    pub stream: Output,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base64: Option<String>,
}

impl Piece {
    /// `bytes` as text, invalid UTF-8 replaced.
    fn text(stream: Output, bytes: &[u8]) -> Piece {
        Piece {
            stream,
            text: Some(String::from_utf8_lossy(bytes).into_owned()),
            base64: None,
        }
    }

    /// A piece with no output: what a stream's client is probed with.
    pub fn nothing(stream: Output) -> Piece {
        Piece::text(stream, b"")
    }

    /// One JSON line, newline included.
    pub fn encode(&self) -> Vec<u8> {
        let mut line = serde_json::to_vec(self).unwrap_or_default();
        line.push(b'\n');
        line
    }

    /// A piece, or None for any other line (the answer).
    pub fn decode(line: &[u8]) -> Option<Piece> {
        serde_json::from_slice(line).ok()
    }

    /// The piece's bytes (None when it carries neither field, or bad base64).
    pub fn bytes(&self) -> Option<Vec<u8>> {
        match (&self.text, &self.base64) {
            (Some(text), None) => Some(text.clone().into_bytes()),
            (None, Some(b64)) => B64.decode(b64).ok(),
            _ => None,
        }
    }
}

/// Where the helper's writers send their bytes once the job asks for them
/// as they come: nowhere before that (they are kept for the answer).
#[derive(Clone, Default)]
pub struct Switch(Rc<RefCell<Option<Live>>>);

struct Live {
    sink: Box<dyn Write>,
    base64: bool,
}

impl Switch {
    /// From now on, output goes to `sink` as [`Piece`] lines, as base64 or
    /// as text (the job's `encoding`).
    pub fn turn_on(&self, sink: Box<dyn Write>, base64: bool) {
        *self.0.borrow_mut() = Some(Live { sink, base64 });
    }
}

/// The helper's stdout or stderr writer: bytes kept for the answer, or, once
/// the [`Switch`] is on, sent on at once as pieces. As text, a UTF-8
/// sequence cut between two writes is held back until it is whole, so that
/// a piece never splits a character.
pub struct LiveOutput {
    stream: Output,
    switch: Switch,
    pub kept: Vec<u8>,
    held: Vec<u8>,
}

impl LiveOutput {
    pub fn new(stream: Output, switch: &Switch) -> LiveOutput {
        LiveOutput {
            stream,
            switch: switch.clone(),
            kept: Vec::new(),
            held: Vec::new(),
        }
    }

    fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut live = self.switch.0.borrow_mut();
        let Some(live) = live.as_mut() else {
            self.kept.extend_from_slice(bytes);
            return Ok(());
        };
        if live.base64 {
            return live.send(Piece {
                stream: self.stream,
                text: None,
                base64: Some(B64.encode(bytes)),
            });
        }
        self.held.extend_from_slice(bytes);
        let whole = self.held.len() - cut_sequence(&self.held);
        if whole == 0 {
            return Ok(());
        }
        let text: Vec<u8> = self.held.drain(..whole).collect();
        live.send(Piece::text(self.stream, &text))
    }

    /// Sends what is held back (a sequence the program never finished).
    pub fn finish(&mut self) -> std::io::Result<()> {
        let held = std::mem::take(&mut self.held);
        match self.switch.0.borrow_mut().as_mut() {
            Some(live) if !held.is_empty() => live.send(Piece::text(self.stream, &held)),
            _ => Ok(()),
        }
    }
}

impl Live {
    fn send(&mut self, piece: Piece) -> std::io::Result<()> {
        self.sink.write_all(&piece.encode())?;
        self.sink.flush()
    }
}

impl Write for LiveOutput {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.send(bytes)?;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// How many bytes at the end of `bytes` are the start of a UTF-8 sequence
/// that more bytes could still complete (0 to 3).
fn cut_sequence(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let byte = bytes[bytes.len() - back];
        if byte & 0xC0 == 0x80 {
            continue; // a continuation byte: the lead is further back
        }
        let needs = match byte {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return 0, // ASCII, or a byte no sequence starts with
        };
        return if needs > back { back } else { 0 };
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Default)]
    struct Sink(Rc<RefCell<Vec<u8>>>);

    impl Write for Sink {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn pieces(sink: &Sink) -> Vec<Piece> {
        let lines = sink.0.borrow();
        lines
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| Piece::decode(l).expect("a piece"))
            .collect()
    }

    #[test]
    fn output_is_kept_until_the_switch_then_sent_in_pieces() {
        let switch = Switch::default();
        let mut out = LiveOutput::new(Output::Stdout, &switch);
        out.write_all(b"before ").unwrap();
        let sink = Sink::default();
        switch.turn_on(Box::new(sink.clone()), false);
        out.write_all(b"after").unwrap();
        assert_eq!(out.kept, b"before ");
        let sent = pieces(&sink);
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].stream, Output::Stdout);
        assert_eq!(sent[0].bytes().unwrap(), b"after");
    }

    #[test]
    fn a_character_cut_between_writes_is_sent_whole() {
        let switch = Switch::default();
        let sink = Sink::default();
        switch.turn_on(Box::new(sink.clone()), false);
        let mut out = LiveOutput::new(Output::Stderr, &switch);
        let text = "añ€😀";
        let bytes = text.as_bytes();
        for byte in bytes {
            out.write_all(&[*byte]).unwrap();
        }
        out.finish().unwrap();
        let joined: Vec<u8> = pieces(&sink)
            .iter()
            .flat_map(|p| p.bytes().unwrap())
            .collect();
        assert_eq!(joined, bytes);
        // A sequence never finished, and a byte no sequence starts with, are replaced.
        out.write_all(b"\xff x \xe2\x82").unwrap();
        out.finish().unwrap();
        let last: Vec<String> = pieces(&sink)
            .iter()
            .rev()
            .take(2)
            .map(|p| p.text.clone().unwrap())
            .collect();
        assert_eq!(last, ["\u{fffd}", "\u{fffd} x "]);
    }

    #[test]
    fn base64_pieces_carry_any_bytes() {
        let switch = Switch::default();
        let sink = Sink::default();
        switch.turn_on(Box::new(sink.clone()), true);
        let mut out = LiveOutput::new(Output::Stdout, &switch);
        out.write_all(b"\xff\x00\xe2").unwrap();
        assert_eq!(pieces(&sink)[0].bytes().unwrap(), b"\xff\x00\xe2");
    }

    #[test]
    fn only_pieces_decode_as_pieces() {
        let piece = Piece {
            stream: Output::Stdout,
            text: Some("x".into()),
            base64: None,
        };
        let line = piece.encode();
        assert_eq!(Piece::decode(&line[..line.len() - 1]), Some(piece));
        for other in [
            &br#"{"exit": 0, "stdout": ""}"#[..],
            br#"{"stream": "stdout", "text": "x", "exit": 0}"#,
            br#"{"error": "no"}"#,
        ] {
            assert_eq!(Piece::decode(other), None);
        }
    }
}
