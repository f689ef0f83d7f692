//! Just enough HTTP/1.1 for the job API: one request per connection
//! (`Connection: close`), a body of known length, parsed with `httparse`
//! (the request line and headers; bounded sizes and time). Also the client
//! side for `pyjail run --server`.

use std::io::{self, Read, Write};
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
    pub body: Vec<u8>,
}

/// A request that cannot be served: the status and why.
#[derive(Debug)]
pub struct Refused(pub u16, pub String);

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
    let (head_len, method, path, length, expect) = loop {
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
                let (mut authorizations, mut accepted) = (0, false);
                for header in parsed.headers.iter() {
                    let value = std::str::from_utf8(header.value).unwrap_or("");
                    if header.name.eq_ignore_ascii_case("content-length") {
                        let n = value
                            .trim()
                            .parse::<usize>()
                            .map_err(|_| Refused(400, "Content-Length is not a number".into()))?;
                        length = Some(n);
                    } else if header.name.eq_ignore_ascii_case("transfer-encoding") {
                        return Err(Refused(
                            411,
                            "chunked bodies are not accepted: send Content-Length".into(),
                        ));
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
                break (
                    len,
                    parsed.method.unwrap_or("").to_string(),
                    parsed.path.unwrap_or("").to_string(),
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
        let _ = stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
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
    Ok(Request { method, path, body })
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
    let _ = stream.write_all(&answer);
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
    let mut answer = Vec::new();
    let read = (&mut stream).take(max_answer).read_to_end(&mut answer);
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Response::new(&mut headers);
    let head_len = match (parsed.parse(&answer), sent, read) {
        (Ok(httparse::Status::Complete(len)), _, _) => len,
        (_, Err(err), _) | (_, _, Err(err)) => return Err(err),
        _ => return Err(io::Error::other("the server's answer is not HTTP")),
    };
    let status = parsed.code.unwrap_or(0);
    Ok((status, answer.split_off(head_len)))
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
}
