//! Where the job API is reached: a unix socket (mode 0600: the file system
//! decides who may connect), or TCP on loopback with a bearer token. There is
//! no TLS, so TCP never leaves the host: a non-loopback address is refused
//! by the server and by the client. The token comes from a file (readable by
//! its owner only) or the environment, never from the command line, which
//! every user of the host can read in /proc.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

/// The environment variable that may carry the token (server and client).
pub const TOKEN_ENV: &str = "PYJAIL_TOKEN";
/// How `--server` names a TCP server: `tcp://127.0.0.1:PORT`.
const TCP_SCHEME: &str = "tcp://";
const MIN_TOKEN: usize = 16;
const MAX_TOKEN: usize = 1024;

/// A server's address.
#[derive(Debug, Clone)]
pub enum Address {
    Unix(PathBuf),
    Tcp(SocketAddr),
}

impl Address {
    /// `--server`'s value: `tcp://IP:PORT` (loopback only) or a socket path.
    pub fn parse(text: &Path) -> Result<Address, String> {
        match text.to_str().and_then(|t| t.strip_prefix(TCP_SCHEME)) {
            Some(addr) => loopback(addr).map(Address::Tcp),
            None => Ok(Address::Unix(text.to_path_buf())),
        }
    }
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Address::Unix(path) => write!(f, "{}", path.display()),
            Address::Tcp(addr) => write!(f, "{TCP_SCHEME}{addr}"),
        }
    }
}

/// An IP address and port on loopback (127.0.0.0/8 or ::1).
pub fn loopback(text: &str) -> Result<SocketAddr, String> {
    let addr: SocketAddr = text.parse().map_err(|_| {
        format!(
            "`{text}`: expected a loopback IP address and port, e.g. 127.0.0.1:8700 or [::1]:8700"
        )
    })?;
    if !addr.ip().is_loopback() {
        return Err(format!(
            "`{text}`: not a loopback address. The API has no TLS, so TCP stays on this host \
             (127.0.0.0/8 or ::1): reach it from elsewhere through a tunnel or a proxy that adds \
             TLS and authentication"
        ));
    }
    Ok(addr)
}

/// The server's listening end.
pub enum Listener {
    Unix(UnixListener),
    Tcp(TcpListener),
}

impl Listener {
    /// Binds `address`. A unix socket is created mode 0600; a socket file
    /// nobody listens on any more (a server that was killed) is replaced,
    /// anything else at the path is an error.
    pub fn bind(address: &Address) -> Result<Listener, String> {
        match address {
            Address::Unix(path) => bind_unix(path).map(Listener::Unix),
            Address::Tcp(addr) => TcpListener::bind(addr)
                .map(Listener::Tcp)
                .map_err(|e| format!("--listen {addr}: {e}")),
        }
    }

    /// Where it listens, as a client gives it to `--server` (with the port
    /// the kernel chose for port 0).
    pub fn address(&self) -> io::Result<Address> {
        Ok(match self {
            Listener::Unix(listener) => Address::Unix(
                listener
                    .local_addr()?
                    .as_pathname()
                    .map(Path::to_path_buf)
                    .unwrap_or_default(),
            ),
            Listener::Tcp(listener) => Address::Tcp(listener.local_addr()?),
        })
    }

    /// Wakes every thread waiting in [`Listener::accept`] (which then fails)
    /// and takes no more connections.
    pub fn shutdown(&self) {
        let fd = match self {
            Listener::Unix(listener) => listener.as_raw_fd(),
            Listener::Tcp(listener) => listener.as_raw_fd(),
        };
        // SAFETY: a plain syscall on a socket we own.
        unsafe { libc::shutdown(fd, libc::SHUT_RDWR) };
    }

    pub fn accept(&self) -> io::Result<Stream> {
        match self {
            Listener::Unix(listener) => listener.accept().map(|(s, _)| Stream::Unix(s)),
            Listener::Tcp(listener) => {
                let (stream, _) = listener.accept()?;
                // Answers are written whole; no waiting for more to send.
                stream.set_nodelay(true)?;
                Ok(Stream::Tcp(stream))
            }
        }
    }
}

fn bind_unix(path: &Path) -> Result<UnixListener, String> {
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if !meta.file_type().is_socket() {
            return Err(format!("{}: exists and is not a socket", path.display()));
        }
        if UnixStream::connect(path).is_ok() {
            return Err(format!(
                "{}: a server already listens there",
                path.display()
            ));
        }
        std::fs::remove_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let listener = UnixListener::bind(path).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(listener)
}

/// One connection, either kind.
/// A client that takes nothing of a part of its answer (all of it, or a
/// piece of a streamed one) for this long is gone: its job is stopped.
pub const TAKEN_WITHIN: std::time::Duration = std::time::Duration::from_secs(30);

pub enum Stream {
    Unix(UnixStream),
    Tcp(TcpStream),
}

impl Stream {
    pub fn connect(address: &Address) -> io::Result<Stream> {
        match address {
            Address::Unix(path) => UnixStream::connect(path).map(Stream::Unix),
            Address::Tcp(addr) => {
                let stream = TcpStream::connect(addr)?;
                stream.set_nodelay(true)?;
                Ok(Stream::Tcp(stream))
            }
        }
    }

    pub fn set_read_timeout(&self, timeout: Option<Duration>) -> io::Result<()> {
        match self {
            Stream::Unix(s) => s.set_read_timeout(timeout),
            Stream::Tcp(s) => s.set_read_timeout(timeout),
        }
    }

    pub fn set_write_timeout(&self, timeout: Option<Duration>) -> io::Result<()> {
        match self {
            Stream::Unix(s) => s.set_write_timeout(timeout),
            Stream::Tcp(s) => s.set_write_timeout(timeout),
        }
    }

    /// Writes all of `bytes` within [`TAKEN_WITHIN`], however the client
    /// takes them (a client that takes a little now and then cannot hold a
    /// write longer); TimedOut past it.
    pub fn send(&self, bytes: &[u8]) -> io::Result<()> {
        let deadline = std::time::Instant::now() + TAKEN_WITHIN;
        let mut rest = bytes;
        while !rest.is_empty() {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return Err(io::ErrorKind::TimedOut.into());
            }
            self.set_write_timeout(Some(left))?;
            match (&mut &*self).write(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Ends our side: the peer reads to the end of what was sent.
    pub fn shutdown_write(&self) -> io::Result<()> {
        match self {
            Stream::Unix(s) => s.shutdown(std::net::Shutdown::Write),
            Stream::Tcp(s) => s.shutdown(std::net::Shutdown::Write),
        }
    }
}

impl AsFd for Stream {
    fn as_fd(&self) -> BorrowedFd<'_> {
        match self {
            Stream::Unix(s) => s.as_fd(),
            Stream::Tcp(s) => s.as_fd(),
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Unix(s) => s.read(buf),
            Stream::Tcp(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        (&*self).write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        (&*self).flush()
    }
}

/// Written through a shared reference, as the sockets themselves allow: a
/// streamed answer is written while the connection is also polled.
impl Write for &Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Unix(s) => (&*s).write(buf),
            Stream::Tcp(s) => (&*s).write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Stream::Unix(s) => (&*s).flush(),
            Stream::Tcp(s) => (&*s).flush(),
        }
    }
}

/// The bearer token a TCP server requires (`Authorization: Bearer TOKEN`).
#[derive(Clone)]
pub struct Token {
    text: String,
    digest: [u8; 32],
}

impl Token {
    /// From `file` when given, else from `PYJAIL_TOKEN`; None when neither
    /// is there. A file that other users may read is refused.
    pub fn load(file: Option<&Path>) -> Result<Option<Token>, String> {
        let text = match file {
            Some(path) => read_token_file(path)?,
            None => match std::env::var(TOKEN_ENV) {
                Ok(text) => text,
                Err(std::env::VarError::NotPresent) => return Ok(None),
                Err(std::env::VarError::NotUnicode(_)) => {
                    return Err(format!("{TOKEN_ENV}: not text"))
                }
            },
        };
        let from = || match file {
            Some(path) => path.display().to_string(),
            None => TOKEN_ENV.to_string(),
        };
        let text = text.trim_end_matches(['\n', '\r']).to_string();
        if !(MIN_TOKEN..=MAX_TOKEN).contains(&text.len())
            || !text.bytes().all(|b| b.is_ascii_graphic())
        {
            return Err(format!(
                "{}: a token is {MIN_TOKEN} to {MAX_TOKEN} printable ASCII characters without \
                 spaces (e.g. `openssl rand -hex 32`)",
                from()
            ));
        }
        let digest = Sha256::digest(text.as_bytes()).into();
        Ok(Some(Token { text, digest }))
    }

    /// The `Authorization` header's value.
    pub fn header(&self) -> String {
        format!("Bearer {}", self.text)
    }

    /// Whether an `Authorization` header's value carries this token. The
    /// comparison takes the same time whatever the value: both sides are
    /// hashed (so lengths do not show) and every byte of the digests is
    /// compared.
    pub fn accepts(&self, header: &[u8]) -> bool {
        // The scheme's name is case-insensitive (RFC 9110 11.1).
        let presented = match header.split_at_checked(7) {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case(b"Bearer ") => token,
            _ => return false,
        };
        let digest: [u8; 32] = Sha256::digest(presented).into();
        let differ = digest
            .iter()
            .zip(self.digest.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        std::hint::black_box(differ) == 0
    }
}

fn read_token_file(path: &Path) -> Result<String, String> {
    let fail = |e: io::Error| format!("{}: {e}", path.display());
    let file = std::fs::File::open(path).map_err(fail)?;
    let meta = file.metadata().map_err(fail)?;
    if !meta.is_file() {
        return Err(format!("{}: not a regular file", path.display()));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(format!(
            "{}: other users may read it (mode {:o}): `chmod 600` it",
            path.display(),
            meta.permissions().mode() & 0o777
        ));
    }
    let mut text = String::new();
    file.take(MAX_TOKEN as u64 + 3)
        .read_to_string(&mut text)
        .map_err(fail)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(text: &str) -> Token {
        Token {
            text: text.into(),
            digest: Sha256::digest(text.as_bytes()).into(),
        }
    }

    #[test]
    fn only_the_exact_bearer_token_is_accepted() {
        let t = token("0123456789abcdef0123");
        for right in [
            &b"Bearer 0123456789abcdef0123"[..],
            b"bearer 0123456789abcdef0123",
            b"BEARER 0123456789abcdef0123",
        ] {
            assert!(t.accepts(right), "{}", String::from_utf8_lossy(right));
        }
        for wrong in [
            &b"Bearer 0123456789abcdef012"[..],
            b"Bearer 0123456789abcdef01234",
            b"Bearer 0123456789abcdef0124",
            b"Basic 0123456789abcdef0123",
            b"Bearer  0123456789abcdef0123",
            b"0123456789abcdef0123",
            b"Bearer ",
            b"",
        ] {
            assert!(!t.accepts(wrong), "{}", String::from_utf8_lossy(wrong));
        }
    }

    #[test]
    fn only_loopback_addresses_are_taken() {
        assert!(loopback("127.0.0.1:8700").is_ok());
        assert!(loopback("127.1.2.3:0").is_ok());
        assert!(loopback("[::1]:8700").is_ok());
        for bad in [
            "0.0.0.0:8700",
            "[::]:8700",
            "10.0.0.1:80",
            "localhost:8700",
            "127.0.0.1",
        ] {
            assert!(loopback(bad).is_err(), "{bad}");
        }
        assert!(matches!(
            Address::parse(Path::new("tcp://127.0.0.1:9")),
            Ok(Address::Tcp(_))
        ));
        assert!(Address::parse(Path::new("tcp://192.168.1.1:9")).is_err());
        assert!(matches!(
            Address::parse(Path::new("/run/api.sock")),
            Ok(Address::Unix(_))
        ));
    }
}
