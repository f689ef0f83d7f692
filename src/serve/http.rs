//! Just enough HTTP/1.1 for the job API: one request per connection
//! (`Connection: close`), a body of known length, parsed with `httparse`
//! (the request line and headers; bounded sizes and time). Also the client
//! side for `pyjail run --server`.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::time::{Duration, Instant};

use super::transport::{Address, Stream, Token};

/// Request line and headers together.
const MAX_HEAD: usize = 16 * 1024;
const MAX_HEADERS: usize = 32;
/// How long a client may take to send its whole request.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Request {
    pub method: String,
    pub path: String,
    /// HTTP/1.`minor`: 1xx interim answers go to 1.1 clients only.
    pub minor: u8,
    pub body: Vec<u8>,
}

/// A request that cannot be served: the status and why.
#[derive(Debug)]
pub struct Refused(pub u16, pub String);

/// The interim answer that lets a client go on (RFC 9110 15.2.1); any number
/// of them may come before the answer to an HTTP/1.1 request.
pub const CONTINUE: &[u8] = b"HTTP/1.1 100 Continue\r\n\r\n";

/// Reads one request; the body at most `max_body` bytes. With a `token`,
/// a request without it is refused (401) before its body is read.
pub fn read_request(
    stream: &mut Stream,
    max_body: usize,
    token: Option<&Token>,
) -> Result<Request, Refused> {
    let deadline = Instant::now() + READ_TIMEOUT;
    let mut buffer = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    let (head_len, method, path, minor, length, expect) = loop {
        let n = read_before(stream, &mut chunk, deadline)?;
        if n == 0 {
            return Err(Refused(
                400,
                "the connection ended before the request".into(),
            ));
        }
        buffer.extend_from_slice(&chunk[..n]);
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut parsed = httparse::Request::new(&mut headers);
        match parsed.parse(&buffer) {
            Ok(httparse::Status::Complete(len)) => {
                let mut length = None;
                let mut expect = false;
                let mut transfer_encoding = false;
                let (mut authorizations, mut accepted) = (0, false);
                for header in parsed.headers.iter() {
                    let value = std::str::from_utf8(header.value).unwrap_or("");
                    if header.name.eq_ignore_ascii_case("content-length") {
                        // One value, digits only: a proxy in front must not
                        // read another length than the server (RFC 9112 6.3).
                        let digits = value.trim();
                        let n = digits
                            .bytes()
                            .all(|b| b.is_ascii_digit())
                            .then(|| digits.parse::<usize>().ok())
                            .flatten()
                            .ok_or_else(|| Refused(400, "Content-Length is not a number".into()))?;
                        if length.replace(n).is_some() {
                            return Err(Refused(400, "more than one Content-Length".into()));
                        }
                    } else if header.name.eq_ignore_ascii_case("transfer-encoding") {
                        transfer_encoding = true;
                    } else if header.name.eq_ignore_ascii_case("expect") {
                        expect = value.eq_ignore_ascii_case("100-continue");
                    } else if header.name.eq_ignore_ascii_case("authorization") {
                        authorizations += 1;
                        accepted = token.is_some_and(|t| t.accepts(header.value));
                    }
                }
                // Exactly one Authorization header, with the token.
                if token.is_some() && !(authorizations == 1 && accepted) {
                    return Err(Refused(
                        401,
                        "this server needs its token: `Authorization: Bearer TOKEN`".into(),
                    ));
                }
                if transfer_encoding {
                    return Err(Refused(
                        411,
                        "chunked bodies are not accepted: send Content-Length".into(),
                    ));
                }
                break (
                    len,
                    parsed.method.unwrap_or("").to_string(),
                    parsed.path.unwrap_or("").to_string(),
                    parsed.version.unwrap_or(1),
                    length,
                    expect,
                );
            }
            Ok(httparse::Status::Partial) if buffer.len() < MAX_HEAD => continue,
            Ok(httparse::Status::Partial) => {
                return Err(Refused(431, "request head too large".into()))
            }
            Err(e) => return Err(Refused(400, format!("malformed request: {e}"))),
        }
    };
    let length = match (method.as_str(), length) {
        ("GET" | "HEAD", None) => 0,
        (_, Some(n)) => n,
        (_, None) => return Err(Refused(411, "Content-Length required".into())),
    };
    if length > max_body {
        return Err(Refused(
            413,
            format!("the body is larger than the server accepts ({max_body} bytes)"),
        ));
    }
    if expect && buffer.len() == head_len {
        let _ = stream.write_all(CONTINUE);
    }
    let mut body = buffer.split_off(head_len);
    if body.len() > length {
        return Err(Refused(400, "more bytes than Content-Length".into()));
    }
    body.reserve_exact(length - body.len());
    let mut chunk = vec![0u8; 64 * 1024];
    while body.len() < length {
        let want = (length - body.len()).min(chunk.len());
        match read_before(stream, &mut chunk[..want], deadline)? {
            0 => {
                return Err(Refused(
                    400,
                    "the body is shorter than Content-Length".into(),
                ))
            }
            n => body.extend_from_slice(&chunk[..n]),
        }
    }
    Ok(Request {
        method,
        path,
        minor,
        body,
    })
}

/// One read, given up at `deadline` (a slow client cannot hold a thread longer).
fn read_before(stream: &mut Stream, into: &mut [u8], deadline: Instant) -> Result<usize, Refused> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(Refused(408, "the request took too long".into()));
    }
    stream.set_read_timeout(Some(left)).ok();
    stream
        .read(into)
        .map_err(|e| Refused(408, format!("reading the request: {e}")))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        413 => "Content Too Large",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    }
}

/// Writes the whole answer at once (one write for head and body).
pub fn respond(
    stream: &mut Stream,
    status: u16,
    content_type: &str,
    extra: &[(&str, String)],
    body: &[u8],
) {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        reason(status),
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut answer = head.into_bytes();
    answer.extend_from_slice(body);
    // A client that went away is not told.
    let _ = stream.send(&answer);
}

/// Starts a streamed answer: 200, NDJSON, chunked; each line then goes as
/// one chunk ([`chunk`]), and [`end_chunks`] ends it.
pub fn start_chunks(stream: &Stream) -> io::Result<()> {
    stream.send(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
    )
}

/// One chunk of a streamed answer, in one write.
pub fn chunk(stream: &Stream, bytes: &[u8]) -> io::Result<()> {
    if bytes.is_empty() {
        return Ok(()); // an empty chunk would end the answer
    }
    let mut framed = format!("{:x}\r\n", bytes.len()).into_bytes();
    framed.extend_from_slice(bytes);
    framed.extend_from_slice(b"\r\n");
    stream.send(&framed)
}

pub fn end_chunks(stream: &Stream) -> io::Result<()> {
    stream.send(b"0\r\n\r\n")
}

/// How long, and how many bytes, [`linger`] reads of a refused request.
const LINGER: Duration = Duration::from_millis(500);
const LINGER_BYTES: usize = 256 * 1024;

/// Ends a connection whose request was answered before it was read to its
/// end (refused at its head, or not read at all). Closed with bytes still
/// unread, a TCP connection is reset, which can destroy the answer before
/// the client reads it; so our side is shut, and what the client still
/// sends is read and dropped, for a moment and a few hundred KiB at most.
pub fn linger(stream: &mut Stream) {
    if stream.shutdown_write().is_err() {
        return;
    }
    let until = Instant::now() + LINGER;
    let mut buffer = [0u8; 16 * 1024];
    let mut read = 0;
    while read < LINGER_BYTES {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return,
            Ok(n) => read += n,
        }
    }
}

/// `POST path` with a JSON body on the server at `address` (with `token`
/// for a TCP server): status and body.
pub fn post(
    address: &Address,
    token: Option<&Token>,
    path: &str,
    body: &[u8],
    max_answer: u64,
) -> io::Result<(u16, Vec<u8>)> {
    post_lines(address, token, path, body, max_answer, &mut |_| false)
}

/// [`post`], for an answer that may come in pieces: each line of a chunked
/// answer goes to `take` as soon as it has come, and the lines it does not
/// take (returns false for) make up the body returned. An answer with a
/// length is returned whole, as [`post`] returns it.
pub fn post_lines(
    address: &Address,
    token: Option<&Token>,
    path: &str,
    body: &[u8],
    max_answer: u64,
    take: &mut dyn FnMut(&[u8]) -> bool,
) -> io::Result<(u16, Vec<u8>)> {
    let mut stream = Stream::connect(address)?;
    let authorization = token
        .map(|t| format!("Authorization: {}\r\n", t.header()))
        .unwrap_or_default();
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nHost: pyjail\r\n{authorization}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(body);
    // A server that refuses the request early (401, 413) answers before it
    // has read it all: its answer is what matters.
    let sent = stream.write_all(&request);
    let mut answer = BufReader::new((&mut stream).take(max_answer));
    let head = match read_head(&mut answer) {
        Ok(head) => head,
        Err(err) => return Err(sent.err().unwrap_or(err)),
    };
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Response::new(&mut headers);
    if !matches!(parsed.parse(&head), Ok(httparse::Status::Complete(_))) {
        return Err(io::Error::other("the server's answer is not HTTP"));
    }
    let status = parsed.code.unwrap_or(0);
    let chunked = parsed.headers.iter().any(|h| {
        h.name.eq_ignore_ascii_case("transfer-encoding") && h.value.eq_ignore_ascii_case(b"chunked")
    });
    let mut body = Vec::new();
    if !chunked {
        answer.read_to_end(&mut body)?;
        return Ok((status, body));
    }
    let mut lines = BufReader::new(Chunked {
        inner: answer,
        left: 0,
        ended: false,
    });
    loop {
        let mut line = Vec::new();
        if lines.read_until(b'\n', &mut line)? == 0 {
            return Ok((status, body));
        }
        if !take(line.strip_suffix(b"\n").unwrap_or(&line)) {
            body.extend_from_slice(&line);
        }
    }
}

/// An answer's head, up to and with its blank line.
fn read_head(answer: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    loop {
        let before = head.len();
        let read = answer
            .take((MAX_HEAD - head.len().min(MAX_HEAD)) as u64)
            .read_until(b'\n', &mut head)?;
        if read == 0 {
            return Err(io::Error::other("the server's answer is not HTTP"));
        }
        if matches!(&head[before..], b"\r\n" | b"\n") {
            return Ok(head);
        }
    }
}

/// The body of a chunked answer (trailers are skipped).
struct Chunked<R> {
    inner: R,
    /// Left of the current chunk.
    left: usize,
    ended: bool,
}

impl<R: BufRead> Chunked<R> {
    fn line(&mut self) -> io::Result<Vec<u8>> {
        let mut line = Vec::new();
        (&mut self.inner).take(1024).read_until(b'\n', &mut line)?;
        if line.last() != Some(&b'\n') {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the server's answer ended in the middle",
            ));
        }
        Ok(line)
    }
}

impl<R: BufRead> Read for Chunked<R> {
    fn read(&mut self, into: &mut [u8]) -> io::Result<usize> {
        if self.ended || into.is_empty() {
            return Ok(0);
        }
        if self.left == 0 {
            let line = self.line()?;
            let size = std::str::from_utf8(&line)
                .ok()
                .and_then(|text| text.split(';').next())
                .and_then(|hex| usize::from_str_radix(hex.trim(), 16).ok())
                .ok_or_else(|| io::Error::other("the server's answer has a bad chunk size"))?;
            if size == 0 {
                while !matches!(self.line()?.as_slice(), b"\r\n" | b"\n") {}
                self.ended = true;
                return Ok(0);
            }
            self.left = size;
        }
        let want = into.len().min(self.left);
        let n = self.inner.read(&mut into[..want])?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the server's answer ended in the middle",
            ));
        }
        self.left -= n;
        if self.left == 0 && !matches!(self.line()?.as_slice(), b"\r\n" | b"\n") {
            return Err(io::Error::other("the server's answer has a bad chunk end"));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Shutdown;
    use std::os::unix::net::UnixStream;

    const VALID: &[u8] =
        b"POST /v1/jobs HTTP/1.1\r\nHost: pyjail\r\nContent-Length: 17\r\n\r\n{\"code\": \"pass\"}\n";
    const MAX_BODY: usize = 1 << 16;

    /// What `read_request` makes of `bytes`, sent whole by a client that then stops writing.
    fn read(bytes: &[u8]) -> Result<Request, Refused> {
        let (mut client, server) = UnixStream::pair().unwrap();
        let bytes = bytes.to_vec();
        let writer = std::thread::spawn(move || {
            let _ = client.write_all(&bytes);
            let _ = client.shutdown(Shutdown::Write);
            client
        });
        let mut stream = Stream::Unix(server);
        let result = read_request(&mut stream, MAX_BODY, None);
        drop(stream);
        let _ = writer.join();
        result
    }

    /// A small seeded generator (xorshift64*): the same cases on every run.
    struct Cases(u64);

    impl Cases {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }

        /// `VALID` with one to four edits: bytes changed, inserted (often CR, LF, ':', digits,
        /// NUL or bytes above 0x7f), removed, a line repeated, or the end cut off.
        fn mangled(&mut self) -> Vec<u8> {
            const PICKS: &[u8] = b"\r\n: 0123456789\x00\xff\x80-Content-Length";
            let mut bytes = VALID.to_vec();
            for _ in 0..1 + self.below(4) {
                let at = self.below(bytes.len() + 1);
                let byte = if self.below(2) == 0 {
                    PICKS[self.below(PICKS.len())]
                } else {
                    self.next() as u8
                };
                match self.below(5) {
                    0 if at < bytes.len() => bytes[at] = byte,
                    1 => bytes.insert(at, byte),
                    2 if at < bytes.len() => {
                        let end = (at + 1 + self.below(8)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                    3 => {
                        let line = b"Content-Length: 99999999999999999999\r\n";
                        let head_end = bytes.len().min(at);
                        bytes.splice(head_end..head_end, line.iter().copied());
                    }
                    _ => bytes.truncate(at),
                }
            }
            bytes
        }
    }

    #[test]
    fn the_valid_request_is_read() {
        let request = read(VALID).unwrap();
        assert_eq!(
            (request.method.as_str(), request.path.as_str()),
            ("POST", "/v1/jobs")
        );
        assert_eq!(request.body, b"{\"code\": \"pass\"}\n");
    }

    /// Thousands of mangled requests: each is read or refused with a client-error status and a
    /// reason, never a panic, and at once (the client's end of file ends every wait).
    #[test]
    fn mangled_requests_are_read_or_refused_never_a_panic() {
        let mut cases = Cases(0x5eed_1234_abcd_0015);
        let started = Instant::now();
        let (mut read_whole, mut refused) = (0, 0);
        for _ in 0..3000 {
            let bytes = cases.mangled();
            match read(&bytes) {
                Ok(request) => {
                    assert!(request.body.len() <= MAX_BODY);
                    read_whole += 1;
                }
                Err(Refused(status, why)) => {
                    assert!(
                        (400..500).contains(&status) && status != 408 && !why.is_empty(),
                        "{status} {why:?} for {:?}",
                        String::from_utf8_lossy(&bytes)
                    );
                    refused += 1;
                }
            }
        }
        assert!(
            read_whole > 100 && refused > 100,
            "{read_whole} read, {refused} refused"
        );
        assert!(started.elapsed() < READ_TIMEOUT, "{:?}", started.elapsed());
    }

    /// What [`post_lines`] makes of `answer`, sent by a server on a socket of its own: the
    /// lines taken as they came, then the status and body (or the error).
    fn posted(answer: &'static [u8]) -> (Vec<String>, io::Result<(u16, Vec<u8>)>) {
        // A directory of each call's own: tests run at once, and one removes its directory
        // when it is done.
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("pyjail-http-{}-{call}", std::process::id()));
        let _ = std::fs::create_dir(&dir);
        let path = dir.join("answer.sock");
        let _ = std::fs::remove_file(&path);
        let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
        let server = std::thread::spawn(move || {
            let (mut peer, _) = listener.accept().unwrap();
            let mut request = [0u8; 4096];
            let _ = peer.read(&mut request);
            peer.write_all(answer).unwrap();
        });
        let mut taken = Vec::new();
        let said = post_lines(
            &Address::Unix(path.clone()),
            None,
            "/v1/jobs",
            b"{}",
            1 << 20,
            &mut |line| {
                let piece = line.starts_with(b"piece");
                if piece {
                    taken.push(String::from_utf8_lossy(line).into_owned());
                }
                piece
            },
        );
        server.join().unwrap();
        let _ = std::fs::remove_file(&path);
        let _ = std::fs::remove_dir(&dir);
        (taken, said)
    }

    #[test]
    fn a_chunked_answers_lines_are_taken_as_they_come_whatever_the_chunks() {
        let (taken, said) = posted(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\
              4\r\npiec\r\n8;ext=1\r\ne 1\npiec\r\n3\r\ne 2\r\n\
              c\r\n\npiece 3\nans\r\n4\r\nwer\n\r\n0\r\nTrailer: x\r\n\r\n",
        );
        assert_eq!(taken, ["piece 1", "piece 2", "piece 3"]);
        assert_eq!(said.unwrap(), (200, b"answer\n".to_vec()));
    }

    #[test]
    fn an_answer_with_a_length_is_returned_whole() {
        let (taken, said) =
            posted(b"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 12\r\n\r\npiece\n{\"a\":1}");
        assert!(taken.is_empty());
        assert_eq!(said.unwrap(), (429, b"piece\n{\"a\":1}".to_vec()));
    }

    #[test]
    fn a_chunked_answer_cut_or_mangled_is_an_error() {
        for answer in [
            &b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\npiece 1\n"[..],
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\npiece\n\r\n0\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY0\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n",
            b"not http at all\r\n\r\n",
        ] {
            let (_, said) = posted(answer);
            assert!(
                said.is_err(),
                "{}: {said:?}",
                String::from_utf8_lossy(answer)
            );
        }
    }
}
