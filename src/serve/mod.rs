//! `pyjail serve`: a pool of warm jails (`jail::warm`) behind an HTTP/1.1
//! JSON API on a unix socket or loopback TCP with a token, and `pyjail run
//! --server`, its client.
//!
//! The server is multi-threaded and never clones a jail: each warm jail is
//! started by a helper process (`pyjail warm-helper`, `cmd/warm.rs`), this
//! binary executed afresh, which is single-threaded when it calls
//! `jail::warm::Warm::start`, runs exactly one job and exits. Server and
//! helper speak one JSON line each way over the helper's stdin and stdout.

pub mod client;
pub mod http;
pub mod in_flight;
pub mod job;
pub mod metrics;
pub mod pool;
pub mod stream;
pub mod transport;
