//! `pyjail lsp`: the analyzer as a language server over stdio, for editors.
//!
//! Built on lsp-server's message types and lsp-types' protocol types, with a
//! transport of our own (see `transport`) so that malformed input is answered
//! and survived rather than ending the session.

mod actions;
mod analysis;
mod diagnostics;
mod documents;
mod server;
mod settings;
mod text;
mod transport;

use std::io;
use std::thread;

pub use server::{End, Options};

/// Serves one session on stdin/stdout until `exit` or end of input. The server
/// runs on a thread with the stack the analyzer wants, so that each lint runs
/// right there instead of on a thread of its own.
pub fn serve_stdio(options: Options) -> End {
    let output = transport::Output::new(Box::new(io::stdout()));
    let incoming = transport::spawn_reader(io::BufReader::new(io::stdin()), output.clone());
    let server = server::Server::new(output, options);
    let serving = thread::Builder::new()
        .name("lsp-server".to_owned())
        .stack_size(analyzer::WORKER_STACK_BYTES)
        .spawn(move || server.serve(incoming));
    match serving {
        Ok(handle) => handle.join().unwrap_or(End::Abrupt),
        Err(err) => {
            stderr_line!("pyjail lsp: cannot start the server thread: {err}");
            End::Abrupt
        }
    }
}
