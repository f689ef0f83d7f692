//! Where a network client connects: the host and port a call names, folded from constants
//! (`("10.0.0.1", 4444)`, `"http://h:8080/x"`, `HTTPConnection("h", 8443)`). The
//! `network` rule's findings carry it as their target, and the capability summary says
//! "connects to 10.0.0.1:4444".

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use crate::capability::Capability;
use crate::checker::{argument, span, Checker};
use crate::fold::{Const, Folded};

/// Where a client's address is among its arguments.
enum Address {
    /// An `(host, port)` pair: positional index and keyword name.
    Pair(usize, &'static str),
    /// Host and port as two arguments, with the protocol's port when none is given.
    HostPort { default_port: u16 },
    /// A URL: positional index.
    Url(usize),
}

/// Servers, and where their listening address is.
fn server_address(name: &str) -> Option<Address> {
    use Address::*;
    match name {
        "socketserver.TCPServer"
        | "socketserver.UDPServer"
        | "socketserver.ThreadingTCPServer"
        | "socketserver.ThreadingUDPServer"
        | "socketserver.ForkingTCPServer"
        | "socketserver.ForkingUDPServer"
        | "http.server.HTTPServer"
        | "http.server.ThreadingHTTPServer"
        | "xmlrpc.server.SimpleXMLRPCServer"
        | "xmlrpc.server.DocXMLRPCServer"
        | "xmlrpc.server.MultiPathXMLRPCServer"
        | "socket.create_server" => Some(Pair(0, "server_address")),
        "wsgiref.simple_server.make_server" => Some(HostPort { default_port: 0 }),
        "asyncio.start_server" => Some(HostPort { default_port: 0 }),
        _ => None,
    }
}

/// Whether `host` is this machine's loopback interface.
fn is_loopback(host: &str) -> bool {
    host == "localhost" || host == "::1" || host == "[::1]" || host.starts_with("127.")
}

fn address(name: &str) -> Option<Address> {
    use Address::*;
    let port = |default_port| Some(HostPort { default_port });
    match name {
        "socket.create_connection" | "ssl.create_connection" | "ssl.get_server_certificate" => {
            Some(Pair(0, "address"))
        }
        "socket.socket.connect" | "socket.socket.connect_ex" => Some(Pair(0, "address")),
        "socket.socket.sendto" => Some(Pair(1, "address")),
        "http.client.HTTPConnection" => port(80),
        "http.client.HTTPSConnection" => port(443),
        "smtplib.SMTP" | "smtplib.LMTP" => port(25),
        "smtplib.SMTP_SSL" => port(465),
        "ftplib.FTP" | "ftplib.FTP_TLS" => port(21),
        "telnetlib.Telnet" => port(23),
        "poplib.POP3" => port(110),
        "poplib.POP3_SSL" => port(995),
        "imaplib.IMAP4" => port(143),
        "imaplib.IMAP4_SSL" => port(993),
        "nntplib.NNTP" => port(119),
        "nntplib.NNTP_SSL" => port(563),
        "asyncio.open_connection" => port(0),
        "urllib.request.urlopen"
        | "urllib.request.urlretrieve"
        | "xmlrpc.client.ServerProxy"
        | "xmlrpclib.ServerProxy"
        | "urllib3.connection_from_url"
        | "websocket.create_connection"
        | "websockets.connect"
        | "httpx.stream" => Some(Url(0)),
        "requests.request" | "httpx.request" | "urllib3.request" | "aiohttp.request" => {
            Some(Url(1))
        }
        _ => match name.rsplit_once('.') {
            Some(("requests" | "httpx", "get" | "post" | "put" | "patch" | "delete"))
            | Some(("requests" | "httpx", "head" | "options")) => Some(Url(0)),
            _ => None,
        },
    }
}

fn known<'a>(checker: &Checker<'a, '_>, expr: &'a Expr) -> Option<Const<'a>> {
    match checker.fold(expr) {
        Folded::Known(value) => Some(value),
        _ => None,
    }
}

/// `host:port`, as a reviewer writes an endpoint (IPv6 hosts in brackets).
fn endpoint(host: &str, port: Option<i64>) -> Option<String> {
    let host = host.trim();
    if host.is_empty() || host.chars().any(char::is_control) {
        return None;
    }
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    Some(match port {
        Some(port) if port > 0 => format!("{host}:{port}"),
        _ => host,
    })
}

/// The endpoint of a URL: `http://user@h:8080/x` is `h:8080`, `https://h/` is `h:443`.
fn url_endpoint(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !port.contains(']') => (host, port.parse().ok()),
        _ => (authority, None),
    };
    let default = match scheme.to_ascii_lowercase().as_str() {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        "ftp" => Some(21),
        _ => None,
    };
    endpoint(
        host.trim_start_matches('[').trim_end_matches(']'),
        port.or(default),
    )
}

/// Where the call `name` connects to, when its arguments fold to constants.
pub(crate) fn of_call<'a>(
    checker: &Checker<'a, '_>,
    name: &str,
    call: &'a ast::ExprCall,
) -> Option<String> {
    match address(name)? {
        Address::Pair(position, keyword) => {
            match known(checker, argument(call, position, keyword)?)? {
                Const::Seq(pair) => match &pair[..] {
                    [Const::Str(host), Const::Int(port), ..] => endpoint(host, Some(*port)),
                    _ => None,
                },
                _ => None,
            }
        }
        Address::HostPort { default_port } => {
            let host = known(checker, argument(call, 0, "host")?)?;
            let port = match argument(call, 1, "port").map(|p| known(checker, p)) {
                None => Some(i64::from(default_port)),
                Some(Some(Const::Int(port))) => Some(port),
                Some(_) => None,
            };
            endpoint(host.as_str()?, port)
        }
        Address::Url(position) => {
            let url = known(checker, argument(call, position, "url")?)?;
            url_endpoint(url.as_str()?)
        }
    }
}

/// The host a server listens on, when its arguments fold to a constant.
fn server_host<'a>(
    checker: &Checker<'a, '_>,
    name: &str,
    call: &'a ast::ExprCall,
) -> Option<String> {
    // `asyncio.start_server(callback, host, port)`: the host comes second.
    let host_at = usize::from(name == "asyncio.start_server");
    match server_address(name)? {
        Address::Pair(position, keyword) => {
            match known(checker, argument(call, position, keyword)?)? {
                Const::Seq(pair) => pair.first()?.as_str().map(str::to_string),
                _ => None,
            }
        }
        _ => known(checker, argument(call, host_at, "host")?)?
            .as_str()
            .map(str::to_string),
    }
}

/// Names the endpoint on the `network` finding already made for the callee of `call`; a
/// server that listens on the loopback interface only reaches this machine's own programs,
/// and is not reported.
pub(crate) fn check(checker: &mut Checker<'_, '_>, name: &str, call: &ast::ExprCall) {
    if server_host(checker, name, call).is_some_and(|host| is_loopback(&host)) {
        checker.withdraw_finding(span(call.func.range()), Capability::Network);
    } else if let Some(target) = of_call(checker, name, call) {
        checker.retarget_network_finding(span(call.func.range()), target);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(source: &str) -> Vec<(String, Option<String>)> {
        let linter = crate::Linter::new(crate::RuleSet::embedded());
        let findings = linter.lint("x.py", source.as_bytes()).unwrap();
        findings
            .into_iter()
            .filter(|f| f.rule_id == "PJ406")
            .map(|f| (f.message, f.target))
            .collect()
    }

    #[test]
    fn names_the_endpoint_of_each_client_call_once() {
        let found = targets(
            "import socket\nfrom socket import create_connection as cc\n\
             with socket.socket(socket.AF_INET) as s:\n    s.connect(('10.0.0.1', 4444))\n\
             cc(address=('169.254.169.254', 80))\n\
             host = 'h.example'\nsocket.create_connection((host, 8000))\n\
             socket.create_connection((input(), 1))\n",
        );
        let endpoints: Vec<Option<&str>> = found.iter().map(|(_, t)| t.as_deref()).collect();
        assert_eq!(
            endpoints,
            [
                None,
                Some("10.0.0.1:4444"),
                Some("169.254.169.254:80"),
                Some("h.example:8000"),
                None
            ],
            "{found:#?}"
        );
        assert!(found[1].0.ends_with("to `10.0.0.1:4444`"), "{found:#?}");
    }

    #[test]
    fn clients_with_host_and_port_arguments_or_urls() {
        let found = targets(
            "import http.client, smtplib, requests, urllib.request\n\
             http.client.HTTPSConnection('bank.example')\n\
             smtplib.SMTP('mx.example', port=2525)\n\
             requests.request('POST', url='http://10.0.0.2:8080/up')\n\
             urllib.request.urlopen(f'http://{input()}/')\n",
        );
        let endpoints: Vec<Option<&str>> = found.iter().map(|(_, t)| t.as_deref()).collect();
        assert_eq!(
            endpoints,
            [
                Some("bank.example:443"),
                Some("mx.example:2525"),
                Some("10.0.0.2:8080"),
                None
            ],
            "{found:#?}"
        );
    }

    #[test]
    fn reads_endpoints_from_urls() {
        let cases = [
            ("http://evil.example:8080/x", Some("evil.example:8080")),
            (
                "https://user:pw@api.example.com/v1?q",
                Some("api.example.com:443"),
            ),
            ("http://[::1]:9000/", Some("[::1]:9000")),
            ("wss://h", Some("h:443")),
            ("gopher://h", Some("h")),
            ("not a url", None),
        ];
        for (url, expected) in cases {
            assert_eq!(url_endpoint(url).as_deref(), expected, "{url}");
        }
    }
}
