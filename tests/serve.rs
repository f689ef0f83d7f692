//! `pyjail serve` and `pyjail run --server`, end to end: the real server, real helpers, real
//! jails and CPython. Jobs are single-use (what one job does to its jail is not there for the
//! next), concurrent jobs do not see each other, a full server answers 429, and a server killed
//! with SIGKILL leaves no process, mount, cgroup or temp entry behind.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use common::host::{self, HostState};
use common::{pyjail, random_hex, test_user, CHECKOUT, SYSTEM_PYTHON};

/// A `pyjail serve` on a socket of its own, stopped (SIGTERM, then SIGKILL) when dropped.
struct Server {
    child: Child,
    dir: PathBuf,
    socket: PathBuf,
}

impl Server {
    fn start(options: &[&str]) -> Server {
        let dir = std::env::temp_dir().join(format!("pyjail-test-serve-{}", random_hex(6)));
        std::fs::create_dir(&dir).unwrap();
        let socket = dir.join("api.sock");
        let child = Command::new(pyjail())
            .arg("serve")
            .arg("--socket")
            .arg(&socket)
            .args(options)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start pyjail serve");
        let server = Server { child, dir, socket };
        server.wait_ready(1);
        server
    }

    /// Until /healthz says at least `ready` warm jails wait.
    fn wait_ready(&self, ready: u64) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok((200, body)) = request(&self.socket, "GET", "/healthz", b"") {
                if body["ready"].as_u64().unwrap_or(0) >= ready {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "the server's pool did not fill");
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn job(&self, job: &Value) -> (u16, Value) {
        request(&self.socket, "POST", "/v1/jobs", job.to_string().as_bytes()).expect("job")
    }

    /// The server and every process below it (helpers, jails, jailed programs).
    fn tree(&self) -> BTreeSet<u32> {
        let mut tree = BTreeSet::from([self.child.id()]);
        loop {
            let before = tree.len();
            for pid in host::all_pids() {
                let parent = host::proc_stat_fields(pid)
                    .get(1)
                    .and_then(|p| p.parse::<u32>().ok());
                if parent.is_some_and(|p| tree.contains(&p)) {
                    tree.insert(pid);
                }
            }
            if tree.len() == before {
                return tree;
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// One HTTP/1.1 request on the socket: status and JSON body (Null when not JSON).
fn request(socket: &Path, method: &str, path: &str, body: &[u8]) -> std::io::Result<(u16, Value)> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: t\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    raw_answer(stream)
}

fn raw_answer(mut stream: UnixStream) -> std::io::Result<(u16, Value)> {
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let text = String::from_utf8_lossy(&answer);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    Ok((status, serde_json::from_str(body).unwrap_or(Value::Null)))
}

/// A job's stdin larger than a pipe holds reaches the program whole, as it
/// reads; one above the job's limit is cut there and said to be.
#[test]
fn a_large_stdin_is_fed_whole_and_one_above_the_limit_is_cut() {
    let server = Server::start(&["--pool", "2"]);
    let program = "import hashlib, sys\ndata = sys.stdin.buffer.read()\nprint(len(data), hashlib.sha256(data).hexdigest())\n";
    let stdin: String = (0..300_000u32)
        .map(|i| char::from(b'a' + (i % 26) as u8))
        .collect();
    let digest = |text: &str| {
        let out = common::output_with_stdin(&mut Command::new("sha256sum"), text.as_bytes());
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    let (status, answer) = server.job(&json!({"code": program, "stdin": stdin}));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        answer["stdout"],
        format!("300000 {}\n", digest(&stdin)),
        "{answer}"
    );
    assert_eq!(answer["result"]["stdin"]["bytes"], 300_000, "{answer}");
    assert_eq!(answer["result"]["stdin"]["truncated"], false, "{answer}");
    let (status, answer) = server.job(&json!({
        "code": program, "stdin": stdin, "limits": {"stdin": "100000"},
    }));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        answer["stdout"],
        format!("100000 {}\n", digest(&stdin[..100_000])),
        "{answer}"
    );
    assert_eq!(answer["result"]["stdin"]["bytes"], 100_000, "{answer}");
    assert_eq!(answer["result"]["stdin"]["truncated"], true, "{answer}");
}

#[test]
fn a_job_gets_its_argv_env_files_stdin_and_limits() {
    let server = Server::start(&["--pool", "2"]);
    let program = r#"
import os, sys, resource
print(sys.argv, os.getcwd(), os.environ.get("GREETING"))
print(open("data/in.txt").read(), os.access("tool.sh", os.X_OK))
print(sys.stdin.read())
print(resource.getrlimit(resource.RLIMIT_FSIZE)[0], resource.getrlimit(resource.RLIMIT_CPU))
sys.stderr.write("to stderr")
raise SystemExit(7)
"#;
    let (status, answer) = server.job(&json!({
        "code": program,
        "argv": ["one", "two"],
        "env": {"GREETING": "hello"},
        "files": [{"path": "data/in.txt", "text": "a file"},
                  {"path": "tool.sh", "text": "#!/bin/sh\n", "executable": true}],
        "stdin": "piped in",
        "limits": {"file_size": "1MiB", "memory": "64MiB", "cpu": "1s"},
        "report": true,
    }));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        answer["stdout"],
        "['/work/main.py', 'one', 'two'] /work hello\na file True\npiped in\n1048576 (1, 2)\n",
        "{answer}"
    );
    assert_eq!(answer["stderr"], "to stderr");
    assert_eq!(answer["exit"], 7);
    assert_eq!(answer["unfinished"], true);
    assert_eq!(answer["result"]["exit_code"], 7);
    assert_eq!(answer["result"]["stdin"]["bytes"], 8);
    // Telemetry ran, complete from the prelude's start to its end record, for this job's file.
    let telemetry = &answer["report"]["runtime"]["telemetry"];
    assert_eq!(telemetry["complete"], true, "{telemetry}");
    assert_eq!(telemetry["start"]["file"], "/work/main.py", "{telemetry}");
    let (status, metrics) = {
        let mut stream = UnixStream::connect(&server.socket).unwrap();
        stream.write_all(b"GET /metrics HTTP/1.1\r\n\r\n").unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        (text.split(' ').nth(1).unwrap_or("").to_string(), text)
    };
    assert_eq!(status, "200");
    assert!(
        metrics.contains("pyjail_jobs_total{outcome=\"ran\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("pyjail_job_seconds_count 1"), "{metrics}");
}

#[test]
fn a_deadline_kills_the_job_and_the_server_goes_on() {
    let server = Server::start(&["--pool", "1"]);
    let started = Instant::now();
    let (status, answer) =
        server.job(&json!({"code": "while True: pass", "limits": {"timeout": "1s"}}));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["exit"], 137);
    assert_eq!(answer["result"]["limits_hit"], json!(["timeout"]));
    // The verdict is the cold `--json`'s, whether or not the report was asked for.
    assert_eq!(answer["result"]["verdict"], "limit_exceeded", "{answer}");
    assert_eq!(answer["report"], Value::Null);
    // The CPU the killed job used, as the jail's cgroup counted it.
    let cpu_ms = answer["result"]["cpu_ms"].as_f64().unwrap_or(0.0);
    assert!(cpu_ms > 100.0, "{cpu_ms} ms of CPU for a 1 s busy loop");
    assert!(started.elapsed() < Duration::from_secs(5));
    let (_, next) = server.job(&json!({"code": "print(6 * 7)"}));
    assert_eq!(next["stdout"], "42\n");
    assert_eq!(next["result"]["verdict"], "clean", "{next}");
    assert_eq!(next["result"]["reasons"], json!([]), "{next}");
}

/// A client that goes away before its answer (a `run --server` stopped with Ctrl-C, or
/// killed) stops its job, as a signal stops a cold run: the jail does not run on to its
/// deadline, and the job is counted as abandoned.
#[test]
fn a_job_whose_client_goes_away_is_stopped() {
    let server = Server::start(&["--pool", "1"]);
    server.wait_ready(1);
    let body = json!({"code": "import time; time.sleep(30)"}).to_string();
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    let head = format!(
        "POST /v1/jobs HTTP/1.1\r\nHost: t\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    running(&server, 1);
    drop(stream);
    let gone = Instant::now();
    running(&server, 0);
    assert!(
        gone.elapsed() < Duration::from_secs(3),
        "{:?}",
        gone.elapsed()
    );
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    stream.write_all(b"GET /metrics HTTP/1.1\r\n\r\n").unwrap();
    let mut metrics = String::new();
    stream.read_to_string(&mut metrics).unwrap();
    assert!(
        metrics.contains("pyjail_jobs_total{outcome=\"abandoned\"} 1"),
        "{metrics}"
    );
    let (_, next) = server.job(&json!({"code": "print(6 * 7)"}));
    assert_eq!(next["stdout"], "42\n");
    assert_eq!(next["result"]["verdict"], "clean", "{next}");
    assert_eq!(next["result"]["reasons"], json!([]), "{next}");
}

fn send(pid: u32, signal: libc::c_int) {
    // SAFETY: a plain kill of a child of this test.
    assert_eq!(unsafe { libc::kill(pid as i32, signal) }, 0, "kill {pid}");
}

/// Waits until the server counts `n` jobs running.
fn running(server: &Server, n: u64) {
    let until = Instant::now() + Duration::from_secs(10);
    while counter(server, "pyjail_jobs_running") != n {
        assert!(Instant::now() < until, "jobs running never became {n}");
        thread::sleep(Duration::from_millis(20));
    }
}

/// `POST /v1/jobs/ID/signal`: the status and answer.
fn signal_once(server: &Server, id: &str, signal: &str) -> (u16, Value) {
    let body = json!({"signal": signal}).to_string();
    let path = format!("/v1/jobs/{id}/signal");
    request(&server.socket, "POST", &path, body.as_bytes()).unwrap()
}

/// [`signal_once`] until the job of that id is in flight (its request may still be on its way).
fn signal_job(server: &Server, id: &str, signal: &str) -> (u16, Value) {
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let said = signal_once(server, id, signal);
        if said.0 != 404 || Instant::now() > until {
            return said;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// A job submitted with an id is stopped by a signal sent by that id, and answered as a cold
/// run stopped by that signal: even when the signal comes right behind the job (the helper
/// then has the job and the signal at once, and must run the one and be stopped by the other).
#[test]
fn a_job_is_stopped_by_its_id_as_a_cold_run_by_that_signal() {
    let server = Server::start(&["--pool", "1", "--concurrency", "1"]);
    let code = "import sys, time\nprint('started', flush=True)\ntime.sleep(30)\n";
    for (round, (signal, number)) in [("SIGINT", 2), ("SIGTERM", 15), ("SIGHUP", 1)]
        .into_iter()
        .cycle()
        .take(6)
        .enumerate()
    {
        let id = random_hex(16);
        let socket = server.socket.clone();
        let job = json!({"id": id, "code": code, "report": true});
        let answer = thread::spawn(move || {
            request(&socket, "POST", "/v1/jobs", job.to_string().as_bytes()).unwrap()
        });
        if round % 2 == 1 {
            running(&server, 1);
            thread::sleep(Duration::from_millis(300));
        }
        let sent = Instant::now();
        assert_eq!(signal_job(&server, &id, signal).0, 202, "round {round}");
        let (status, answer) = answer.join().unwrap();
        assert!(
            sent.elapsed() < Duration::from_secs(5),
            "{:?}",
            sent.elapsed()
        );
        assert_eq!(status, 200, "round {round}: {answer}");
        assert_eq!(answer["result"]["interrupted_by"], number, "{answer}");
        assert_eq!(answer["exit"], 128 + number, "{answer}");
        assert_eq!(
            answer["summary"],
            format!("[pyjail: killed by signal 9; interrupted by signal {number}: jail killed]"),
            "{answer}"
        );
        if round % 2 == 1 {
            assert_eq!(answer["stdout"], "started\n", "{answer}");
        }
        // Answered: no longer in flight.
        let (status, said) = signal_once(&server, &id, signal);
        assert_eq!(status, 404, "{said}");
    }
    // Signalled while it waits for a jail: the signal follows the job into its jail.
    let submit = |id: &str| {
        let socket = server.socket.clone();
        let job = json!({"id": id, "code": code});
        thread::spawn(move || {
            request(&socket, "POST", "/v1/jobs", job.to_string().as_bytes()).unwrap()
        })
    };
    let (first, queued) = (random_hex(16), random_hex(16));
    let first_answer = submit(&first);
    running(&server, 1);
    let queued_answer = submit(&queued);
    let until = Instant::now() + Duration::from_secs(10);
    while counter(&server, "pyjail_jobs_queued") != 1 {
        assert!(Instant::now() < until, "the second job was never queued");
        thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(signal_job(&server, &queued, "SIGINT").0, 202);
    assert_eq!(signal_job(&server, &first, "SIGTERM").0, 202);
    let (status, answer) = first_answer.join().unwrap();
    assert_eq!((status, &answer["exit"]), (200, &json!(143)), "{answer}");
    let (status, answer) = queued_answer.join().unwrap();
    assert_eq!((status, &answer["exit"]), (200, &json!(130)), "{answer}");
}

/// Ids and signals are checked; an id names one job in flight at a time.
#[test]
fn job_ids_and_signals_are_checked() {
    let server = Server::start(&["--pool", "1"]);
    let id = random_hex(16);
    for (body, says) in [
        (
            json!({"id": "short", "code": "pass"}),
            "id: 32-64 characters",
        ),
        (
            json!({"id": format!("{id}/x"), "code": "pass"}),
            "id: 32-64",
        ),
    ] {
        let (status, answer) = server.job(&body);
        assert_eq!(status, 400, "{answer}");
        assert!(answer["error"].as_str().unwrap().contains(says), "{answer}");
    }
    let socket = server.socket.clone();
    let job = json!({"id": id, "code": "import time; time.sleep(30)"});
    let first = thread::spawn(move || {
        request(&socket, "POST", "/v1/jobs", job.to_string().as_bytes()).unwrap()
    });
    running(&server, 1);
    let (status, answer) = server.job(&json!({"id": id, "code": "pass"}));
    assert_eq!(status, 409, "{answer}");
    let path = format!("/v1/jobs/{id}/signal");
    for (body, says) in [
        (
            &b"{\"signal\": \"SIGKILL\"}"[..],
            "one of SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE",
        ),
        (b"{\"signal\": 15}", "the signal"),
        (b"{}", "the signal"),
    ] {
        let (status, answer) = request(&server.socket, "POST", &path, body).unwrap();
        assert_eq!(status, 400, "{answer}");
        assert!(answer["error"].as_str().unwrap().contains(says), "{answer}");
    }
    assert_eq!(request(&server.socket, "GET", &path, b"").unwrap().0, 405);
    let (status, answer) = signal_once(&server, &random_hex(16), "SIGTERM");
    assert_eq!(status, 404, "{answer}");
    assert_eq!(signal_job(&server, &id, "SIGQUIT").0, 202);
    let (status, answer) = first.join().unwrap();
    assert_eq!(
        (status, &answer["result"]["interrupted_by"]),
        (200, &json!(3))
    );
}

/// `run --server` stopped by a signal stops its job and prints what a cold run stopped by it
/// prints, also while its program waits for stdin; a second signal ends it at once, even when
/// the server does not answer.
#[test]
fn run_server_takes_stop_signals_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "1"]);
    let socket = server.socket.to_str().unwrap();
    let program = "import sys, time\nprint('started', flush=True)\n\
                   print('err', file=sys.stderr, flush=True)\ntime.sleep(30)\n";
    let stopped = |extra: &[&str], ready: &dyn Fn()| {
        let child = Command::new(pyjail())
            .arg("run")
            .args(extra)
            .args(["-c", program])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        ready();
        let stopped = Instant::now();
        send(child.id(), libc::SIGTERM);
        let out = child.wait_with_output().unwrap();
        assert!(
            stopped.elapsed() < Duration::from_secs(5),
            "{:?}",
            stopped.elapsed()
        );
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let cold = stopped(&[], &|| thread::sleep(Duration::from_secs(1)));
    let warm = stopped(&["--server", socket], &|| {
        running(&server, 1);
        thread::sleep(Duration::from_millis(300));
    });
    assert_eq!(
        cold,
        (
            Some(143),
            "started\n".into(),
            "err\n[pyjail: killed by signal 9; interrupted by signal 15: jail killed]\n".into()
        )
    );
    assert_eq!(warm, cold);

    // Stopped while its program waits for stdin that never comes (the feeder blocked on it):
    // the pipe is held open until the client has ended.
    let mut reading = Command::new(pyjail())
        .args([
            "run",
            "--server",
            socket,
            "-c",
            "import sys; sys.stdin.read()",
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let held_open = reading.stdin.take();
    running(&server, 1);
    send(reading.id(), libc::SIGINT);
    let out = reading.wait_with_output().unwrap();
    drop(held_open);
    assert_eq!(out.status.code(), Some(130));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "[pyjail: killed by signal 9; interrupted by signal 2: jail killed]\n"
    );

    // A server that does not answer: the first signal cannot be passed on, the second ends
    // the client.
    server.wait_ready(1);
    send(server.child.id(), libc::SIGSTOP);
    let mut waiting = Command::new(pyjail())
        .args(["run", "--server", socket, "-c", "pass"])
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    thread::sleep(Duration::from_millis(500));
    send(waiting.id(), libc::SIGTERM);
    thread::sleep(Duration::from_millis(200));
    assert_eq!(
        waiting.try_wait().unwrap(),
        None,
        "ended on the first signal"
    );
    send(waiting.id(), libc::SIGTERM);
    let ended = Instant::now();
    let status = waiting.wait().unwrap();
    send(server.child.id(), libc::SIGCONT);
    assert_eq!(status.code(), Some(143));
    assert!(
        ended.elapsed() < Duration::from_secs(2),
        "{:?}",
        ended.elapsed()
    );
}

/// A streamed job's answer is chunked NDJSON: each piece of output as the program writes it (in
/// the job's encoding), the answer last, without the output already sent.
#[test]
fn a_streamed_jobs_output_comes_as_it_is_written() {
    let server = Server::start(&["--pool", "1"]);
    let code = "import sys, time\nprint('first', flush=True)\ntime.sleep(1)\n\
                sys.stderr.buffer.write(b'\\xff\\n')\nprint('\u{e9}')\n";
    for encoding in ["text", "base64"] {
        server.wait_ready(1);
        let job = json!({"code": code, "stream": true, "encoding": encoding}).to_string();
        let mut stream = UnixStream::connect(&server.socket).unwrap();
        let head = format!(
            "POST /v1/jobs HTTP/1.1\r\nHost: t\r\nContent-Length: {}\r\n\r\n{job}",
            job.len()
        );
        let sent = Instant::now();
        stream.write_all(head.as_bytes()).unwrap();
        // (when each byte came, the byte)
        let mut came = Vec::new();
        let mut byte = [0u8; 1];
        while stream.read(&mut byte).unwrap() == 1 {
            came.push((sent.elapsed(), byte[0]));
        }
        let bytes: Vec<u8> = came.iter().map(|(_, b)| *b).collect();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 200 OK"), "{head}");
        assert!(head.contains("Transfer-Encoding: chunked"), "{head}");
        assert!(
            head.contains("Content-Type: application/x-ndjson"),
            "{head}"
        );
        // De-chunked: each chunk is one line.
        let mut lines = Vec::new();
        let mut rest = body;
        loop {
            let (size, after) = rest.split_once("\r\n").unwrap();
            let size = usize::from_str_radix(size, 16).unwrap();
            if size == 0 {
                assert_eq!(after, "\r\n");
                break;
            }
            lines.push(after[..size].to_string());
            assert_eq!(&after[size..size + 2], "\r\n");
            rest = &after[size + 2..];
        }
        let lines: Vec<Value> = lines
            .iter()
            .map(|l| serde_json::from_str(l.strip_suffix('\n').unwrap()).unwrap())
            .collect();
        let field = if encoding == "text" { "text" } else { "base64" };
        let piece = |stream: &str, data: &str| json!({"stream": stream, field: data});
        let (first, second, third) = if encoding == "text" {
            ("first\n", "\u{fffd}\n", "\u{e9}\n")
        } else {
            ("Zmlyc3QK", "/wo=", "w6kK")
        };
        assert_eq!(lines[0], piece("stdout", first), "{lines:?}");
        let rest: Vec<&Value> = lines[1..lines.len() - 1].iter().collect();
        assert!(
            rest == [&piece("stderr", second), &piece("stdout", third)]
                || rest == [&piece("stdout", third), &piece("stderr", second)],
            "{rest:?}"
        );
        let answer = lines.last().unwrap();
        assert_eq!(
            (&answer["exit"], &answer["stdout"], &answer["stderr"]),
            (&json!(0), &json!(""), &json!(""))
        );
        // The first piece came while the program slept, a second before its end.
        let first_line_at = came[head.len() + 4].0;
        let answer_at = came.last().unwrap().0;
        assert!(
            answer_at - first_line_at > Duration::from_millis(800),
            "{first_line_at:?} {answer_at:?}"
        );
    }
}

/// What a streamed program prints is only ever its output: lines shaped like pieces, like the
/// answer or like chunk framing reach `run --server`'s stdout as printed, and the exit status is
/// the program's.
#[test]
fn a_streamed_programs_output_cannot_pass_for_a_piece_or_the_answer() {
    let server = Server::start(&["--pool", "1"]);
    let forged = "{\"stream\":\"stderr\",\"text\":\"forged\"}\n\
                  {\"exit\":0,\"stdout\":\"\",\"summary\":null}\n\
                  0\r\n\r\nHTTP/1.1 200 OK\r\n\r\n";
    let code = format!(
        "import sys\nsys.stdout.write({forged:?})\nsys.stdout.flush()\nsys.stdout.write({forged:?})\n\
         raise SystemExit(3)\n"
    );
    let run = |extra: &[&str]| {
        Command::new(pyjail())
            .arg("run")
            .args(extra)
            .args(["-c", &code])
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let (warm, cold) = (
        run(&["--server", server.socket.to_str().unwrap()]),
        run(&[]),
    );
    assert_eq!(String::from_utf8_lossy(&warm.stdout), forged.repeat(2));
    assert_eq!(warm.stdout, cold.stdout);
    assert_eq!(warm.stderr, cold.stderr);
    assert_eq!(warm.status.code(), Some(3));
}

/// `POST /v1/jobs/ID/stdin` until the job has it (its request may still be on its way, or the
/// job not yet in its jail): the status and answer.
fn feed_job(server: &Server, id: &str, bytes: &[u8]) -> (u16, Value) {
    let path = format!("/v1/jobs/{id}/stdin");
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let said = request(&server.socket, "POST", &path, bytes).unwrap();
        if !matches!(said.0, 404 | 409) || Instant::now() > until {
            return said;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// A job submitted with `stdin_open` reads what `POST /v1/jobs/ID/stdin` feeds it as it comes,
/// until an empty feed ends it; the job's answer counts it as a cold run counts its stdin.
#[test]
fn an_open_stdin_is_fed_by_the_jobs_id_as_it_comes() {
    let server = Server::start(&["--pool", "1"]);
    let (status, answer) = server.job(&json!({"code": "pass", "stdin_open": true}));
    assert_eq!(status, 400, "{answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("stdin_open"),
        "{answer}"
    );
    let id = random_hex(16);
    let code = "import sys\nfor line in sys.stdin:\n    print(line.strip().upper(), flush=True)\n";
    let job = json!({"id": id, "code": code, "stdin": "a\n", "stdin_open": true, "stream": true})
        .to_string();
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    let head = format!(
        "POST /v1/jobs HTTP/1.1\r\nHost: t\r\nContent-Length: {}\r\n\r\n{job}",
        job.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    let mut answer = std::io::BufReader::new(stream);
    let mut next_piece = || {
        let mut line = String::new();
        while !line.starts_with('{') {
            line.clear();
            std::io::BufRead::read_line(&mut answer, &mut line).unwrap();
        }
        serde_json::from_str::<Value>(line.trim_end()).unwrap()
    };
    // What came with the job, then each feed, each answered before the next is sent.
    assert_eq!(next_piece()["text"], "A\n");
    assert_eq!(feed_job(&server, &id, b"b\n").0, 202);
    assert_eq!(next_piece()["text"], "B\n");
    assert_eq!(feed_job(&server, &id, b"c\nd").0, 202);
    assert_eq!(next_piece()["text"], "C\n");
    assert_eq!(feed_job(&server, &id, b"").0, 202);
    assert_eq!(next_piece()["text"], "D\n");
    let last = next_piece();
    assert_eq!(last["exit"], 0, "{last}");
    assert_eq!(
        last["result"]["stdin"],
        json!({"bytes": 7, "truncated": false})
    );
    // Ended (409), or answered and gone (404).
    let path = format!("/v1/jobs/{id}/stdin");
    let (status, said) = request(&server.socket, "POST", &path, b"late").unwrap();
    assert!(matches!(status, 404 | 409), "{status} {said}");

    // A job without an open stdin takes none.
    let id = random_hex(16);
    let socket = server.socket.clone();
    let job = json!({"id": id, "code": "import time; time.sleep(30)"});
    let busy = thread::spawn(move || {
        request(&socket, "POST", "/v1/jobs", job.to_string().as_bytes()).unwrap()
    });
    running(&server, 1);
    let path = format!("/v1/jobs/{id}/stdin");
    let (status, said) = request(&server.socket, "POST", &path, b"x").unwrap();
    assert_eq!(status, 409, "{said}");
    assert!(
        said["error"].as_str().unwrap().contains("stdin_open"),
        "{said}"
    );
    assert_eq!(signal_job(&server, &id, "SIGTERM").0, 202);
    assert_eq!(busy.join().unwrap().0, 200);
}

/// An open stdin's first part larger than a pipe holds goes in whole before what is fed after
/// it, and the job's stdin limit counts both: a feed's answer says how much of it the program
/// gets.
#[test]
fn an_open_stdin_goes_on_after_a_large_first_part_within_the_limit() {
    use base64::Engine;
    let server = Server::start(&["--pool", "1"]);
    let first: Vec<u8> = (0..200_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    let code = "import sys, hashlib\ndata = sys.stdin.buffer.read()\n\
                print(len(data), hashlib.sha256(data).hexdigest())\n";
    for (limit, fed, kept) in [
        ("1MiB", &b"tail"[..], 200_004),
        ("200002B", b"tail", 200_002),
    ] {
        let id = random_hex(16);
        let job = json!({
            "id": id,
            "code": code,
            "stdin_base64": base64::engine::general_purpose::STANDARD.encode(&first),
            "stdin_open": true,
            "limits": {"stdin": limit},
        });
        let socket = server.socket.clone();
        let answer = thread::spawn(move || {
            request(&socket, "POST", "/v1/jobs", job.to_string().as_bytes()).unwrap()
        });
        let (status, said) = feed_job(&server, &id, fed);
        assert_eq!(status, 202, "{said}");
        // What the program gets of the feed: the rest is cut, and the answer says so.
        assert_eq!(said["bytes"], fed.len());
        assert_eq!(said["kept"], kept - first.len(), "{limit}: {said}");
        // Fed after the cut: taken, or the program's side already gone.
        let (status, _) = feed_job(&server, &id, b"");
        assert!(matches!(status, 202 | 404 | 410), "{status}");
        let (status, answer) = answer.join().unwrap();
        assert_eq!(status, 200, "{answer}");
        let whole = [&first[..], fed].concat();
        let expected = &whole[..kept];
        let digest = sha256_hex(expected);
        assert_eq!(answer["stdout"], format!("{kept} {digest}\n"), "{limit}");
        assert_eq!(answer["result"]["stdin"]["bytes"], kept as u64, "{answer}");
        assert_eq!(
            answer["result"]["stdin"]["truncated"],
            kept < whole.len(),
            "{answer}"
        );
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `run --server` feeds a piped stdin to its job as it comes, as a cold run streams it: the
/// program answers each line before the next is written, and a producer that never ends does
/// not hold up a program that reads one line.
/// `--report` as a cold run takes it: a path that cannot be opened stops the run before the
/// program starts, and a report that cannot be written fails the run (125) after it.
#[test]
fn run_server_fails_on_an_unwritable_report_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "1"]);
    let socket = server.socket.to_str().unwrap();
    for extra in [&["--server", socket][..], &[]] {
        let run = |report: &str| {
            Command::new(pyjail())
                .arg("run")
                .args(extra)
                .args(["--report", report, "-c", "print('ran')"])
                .stdin(Stdio::null())
                .output()
                .unwrap()
        };
        let out = run("/nonexistent-dir/report.json");
        assert_eq!(out.status.code(), Some(125), "{extra:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{extra:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("--report /nonexistent-dir/report.json"),
            "{extra:?}: {stderr}"
        );
        let out = run("/dev/full");
        assert_eq!(out.status.code(), Some(125), "{extra:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "ran\n", "{extra:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("cannot write the report"),
            "{extra:?}: {stderr}"
        );
    }
}

/// `pyjail run --server gen.py | head -1` as a cold run: once the client's stdout has no
/// reader, the program's next write fails with a broken pipe (the client tells the job by its
/// id), and both end as bare Python does, with BrokenPipeError and exit 1, instead of the
/// program running on until a limit stops it.
#[test]
fn run_server_breaks_the_programs_pipe_when_its_reader_goes_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "1"]);
    let socket = server.socket.to_str().unwrap();
    for extra in [&["--server", socket][..], &[]] {
        common::assert_ends_on_a_broken_pipe(
            Command::new(pyjail())
                .arg("run")
                .args(extra)
                .args(["-c", common::PRINTS_FOREVER])
                .stdin(Stdio::null()),
            &format!("{extra:?}"),
        );
    }
    assert!(counter(&server, "pyjail_job_signals_total") >= 1);
}

#[test]
fn run_server_feeds_a_piped_stdin_as_it_comes() {
    let server = Server::start(&["--pool", "1"]);
    let socket = server.socket.to_str().unwrap();
    let code = "import sys\nfor line in sys.stdin:\n    print(line.strip().upper(), flush=True)\n\
                print('end')\n";
    for extra in [&["--server", socket][..], &[]] {
        let mut child = Command::new(pyjail())
            .arg("run")
            .args(extra)
            .args(["-c", code])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        for word in ["one", "two"] {
            stdin.write_all(format!("{word}\n").as_bytes()).unwrap();
            line.clear();
            std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
            assert_eq!(line, format!("{}\n", word.to_uppercase()), "{extra:?}");
        }
        drop(stdin);
        let mut rest = String::new();
        stdout.read_to_string(&mut rest).unwrap();
        assert_eq!(rest, "end\n", "{extra:?}");
        assert!(child.wait().unwrap().success());
    }
    let started = Instant::now();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "yes | {} run --server {socket} -c 'import sys; print(sys.stdin.readline())'",
            pyjail().display()
        ))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "y\n\n");
    assert!(out.status.success());
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

/// `run --server` prints the program's output as it comes, as a cold run does.
#[test]
fn run_server_prints_output_as_it_comes() {
    let server = Server::start(&["--pool", "1"]);
    let mut child = Command::new(pyjail())
        .args(["run", "--server", server.socket.to_str().unwrap(), "-c"])
        .arg("import time\nprint('first', flush=True)\ntime.sleep(2)\nprint('second')\n")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 6];
    stdout.read_exact(&mut first).unwrap();
    let first_at = started.elapsed();
    assert_eq!(&first, b"first\n");
    assert_eq!(
        child.try_wait().unwrap(),
        None,
        "ended before its output came"
    );
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "second\n");
    assert!(child.wait().unwrap().success());
    assert!(
        started.elapsed() - first_at > Duration::from_millis(1500),
        "first line at {first_at:?}, end at {:?}",
        started.elapsed()
    );
}

#[test]
fn bad_requests_are_clear_errors() {
    let server = Server::start(&["--pool", "1"]);
    let long_name = format!(r#"{{"code": "1", "report_name": "{}"}}"#, "n".repeat(5000));
    // Each name of a path within the kernel's 255 bytes: refused here, not by the jail.
    let long = "x".repeat(256);
    let long_file = json!({"code": "1", "files": [{"path": format!("d/{long}"), "text": ""}]});
    let long_dir = json!({"code": "1", "dirs": [long]});
    let long_program = json!({"code": "1", "name": format!("{long}.py")});
    let (long_file, long_dir, long_program) = (
        long_file.to_string(),
        long_dir.to_string(),
        long_program.to_string(),
    );
    let cases: [(&[u8], u16, &str); 10] = [
        (b"{not json", 400, "the job"),
        (long_name.as_bytes(), 400, "report_name"),
        (long_file.as_bytes(), 400, "longer than 255 bytes"),
        (long_dir.as_bytes(), 400, "longer than 255 bytes"),
        (long_program.as_bytes(), 400, "not a file name"),
        (
            br#"{"code": "1", "limits": {"memory": "1MiB"}}"#,
            400,
            "at least 2097152 bytes",
        ),
        (
            br#"{"code": "1", "limits": {"memory": "100GiB"}}"#,
            400,
            "memory",
        ),
        (
            br#"{"code": "1", "files": [{"path": "../x", "text": ""}]}"#,
            400,
            "relative",
        ),
        (br#"{"code": "1", "module": "m"}"#, 400, "exactly one"),
        (br#"{"code": "1", "surprise": true}"#, 400, "surprise"),
    ];
    for (body, want, says) in cases {
        let (status, answer) = request(&server.socket, "POST", "/v1/jobs", body).unwrap();
        assert_eq!(status, want, "{}: {answer}", String::from_utf8_lossy(body));
        assert!(
            answer["error"].as_str().unwrap_or("").contains(says),
            "{answer}"
        );
    }
    let (status, _) = request(&server.socket, "GET", "/nowhere", b"").unwrap();
    assert_eq!(status, 404);
    let (status, _) = request(&server.socket, "GET", "/v1/jobs", b"").unwrap();
    assert_eq!(status, 405);
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    stream
        .write_all(b"POST /v1/jobs HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        .unwrap();
    assert_eq!(raw_answer(stream).unwrap().0, 411);
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    stream.write_all(b"\x00\x01garbage\r\n\r\n").unwrap();
    assert_eq!(raw_answer(stream).unwrap().0, 400);
    // Content-Length: one value, digits only (RFC 9112 6.3), whatever the order.
    let job = br#"{"code": "print(1)"}"#;
    for lengths in [
        vec!["5", "20"],
        vec!["20", "5"],
        vec!["+20"],
        vec!["20, 20"],
    ] {
        let mut head = String::from("POST /v1/jobs HTTP/1.1\r\n");
        for length in &lengths {
            head.push_str(&format!("Content-Length: {length}\r\n"));
        }
        head.push_str("\r\n");
        let mut stream = UnixStream::connect(&server.socket).unwrap();
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(job).unwrap();
        let (status, answer) = raw_answer(stream).unwrap();
        assert_eq!(status, 400, "{lengths:?}: {answer}");
    }
    // Still serving.
    assert_eq!(server.job(&json!({"code": "print(1)"})).1["stdout"], "1\n");
}

#[test]
fn a_full_server_answers_429_with_retry_after() {
    let server = Server::start(&["--pool", "1", "--concurrency", "1", "--queue", "0"]);
    let socket = server.socket.clone();
    let busy = thread::spawn(move || {
        let body = json!({"code": "import time; time.sleep(2)"}).to_string();
        request(&socket, "POST", "/v1/jobs", body.as_bytes()).unwrap()
    });
    thread::sleep(Duration::from_millis(500));
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    let body = json!({"code": "print(1)"}).to_string();
    write!(
        stream,
        "POST /v1/jobs HTTP/1.1\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    assert!(text.starts_with("HTTP/1.1 429 "), "{text}");
    assert!(text.contains("Retry-After: 1\r\n"), "{text}");
    assert_eq!(busy.join().unwrap().0, 200);
}

/// A job waits for a jail at most its own timeout: behind a busy server (concurrency 1, a job
/// sleeping 8 s) one with a 1 s timeout is answered 503 after about a second, not when the
/// other has ended.
#[test]
fn a_job_waits_for_a_jail_at_most_its_timeout() {
    let server = Server::start(&["--pool", "1", "--concurrency", "1"]);
    let busy = {
        let socket = server.socket.clone();
        thread::spawn(move || {
            let body = json!({"code": "import time; time.sleep(8)"}).to_string();
            request(&socket, "POST", "/v1/jobs", body.as_bytes()).unwrap()
        })
    };
    running(&server, 1);
    let asked = Instant::now();
    let (status, answer) = server.job(&json!({"code": "print(1)", "limits": {"timeout": "1s"}}));
    let waited = asked.elapsed();
    assert_eq!(status, 503, "{answer}");
    assert!(
        answer["error"].as_str().unwrap_or("").contains("timeout"),
        "{answer}"
    );
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(4),
        "{waited:?}"
    );
    assert_eq!(busy.join().unwrap().0, 200);
}

/// A streamed job's client that takes nothing of its answer is gone once a piece has waited
/// 30 s for it (the whole piece, however the write is cut up): the job is stopped and counts
/// as abandoned, and the client's connection ends. Here the profile allows 120 s, and the
/// program writes without end.
#[test]
fn a_streamed_jobs_client_that_takes_nothing_is_gone_after_30_s() {
    let dir = std::env::temp_dir().join(format!("pyjail-test-serve-{}", random_hex(6)));
    std::fs::create_dir(&dir).unwrap();
    let strict =
        std::fs::read_to_string(Path::new(CHECKOUT).join("rules/profiles/strict.yaml")).unwrap();
    let long = strict
        .replace("  wall: 10s\n", "  wall: 120s\n")
        .replace("  cpu: 5s\n", "  cpu: 100s\n")
        .replace("  output: 1MiB\n", "  output: 1GiB\n");
    assert_ne!(long, strict);
    let profile = dir.join("long.yaml");
    std::fs::write(&profile, long).unwrap();
    let server = Server::start(&["--pool", "1", "--profile", profile.to_str().unwrap()]);
    let job = json!({
        "code": "import sys\nwhile True: sys.stdout.write('x' * 65536); sys.stdout.flush()",
        "stream": true,
    })
    .to_string();
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    let head = format!(
        "POST /v1/jobs HTTP/1.1\r\nHost: t\r\nContent-Length: {}\r\n\r\n{job}",
        job.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    running(&server, 1);
    let started = Instant::now();
    while counter(&server, "pyjail_jobs_running") != 0 {
        assert!(
            started.elapsed() < Duration::from_secs(45),
            "the job still runs for a client that takes nothing"
        );
        thread::sleep(Duration::from_millis(200));
    }
    assert!(
        started.elapsed() > Duration::from_secs(25),
        "{:?}",
        started.elapsed()
    );
    let metrics = {
        let mut stream = UnixStream::connect(&server.socket).unwrap();
        stream.write_all(b"GET /metrics HTTP/1.1\r\n\r\n").unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        text
    };
    assert!(
        metrics.contains("pyjail_jobs_total{outcome=\"abandoned\"} 1"),
        "{metrics}"
    );
    // What it was sent ends: the connection is closed, not held.
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut sink = Vec::new();
    assert!(stream.read_to_end(&mut sink).is_ok());
}

/// Everything a job can reach of its jail, tampered with; the next job of the same server
/// (a fresh jail) sees none of it.
#[test]
fn a_tampering_job_does_not_affect_the_next() {
    let server = Server::start(&["--pool", "1", "--concurrency", "1"]);
    let tamper = r#"
import os, signal, subprocess, sys
for path in ("/work/left.txt", "/tmp/left.txt", "/work/main.py"):
    with open(path, "w") as f:
        f.write("left")
os.environ["LEFT"] = "1"
os.putenv("LEFT2", "1")
sys.addaudithook(lambda *a: None)
try:
    os.chmod("/.pyjail/prelude.py", 0o777)
except OSError as e:
    print("prelude:", e.strerror)
# A daemon that would outlive the job, and signals to everything in reach.
subprocess.Popen(["/bin/sh", "-c", "sleep 300 &"], start_new_session=True)
for sig in (signal.SIGTERM, signal.SIGKILL, signal.SIGSTOP):
    try:
        os.kill(1, sig)
    except OSError as e:
        print("kill 1:", e.strerror)
print("tampered")
"#;
    let (_, first) = server.job(&json!({"code": tamper}));
    assert!(
        first["stdout"].as_str().unwrap().contains("tampered"),
        "{first}"
    );
    let check = r#"
import os, sys
print(sorted(os.listdir("/work")), sorted(os.listdir("/tmp")))
print(os.environ.get("LEFT"), os.environ.get("LEFT2"))
procs = sorted(p for p in os.listdir("/proc") if p.isdigit())
print(procs == [str(os.getpid())])
print(len(sys.argv), open("/work/main.py").read() != "left")
"#;
    let (_, second) = server.job(&json!({"code": check}));
    assert_eq!(
        second["stdout"], "['main.py'] []\nNone None\nTrue\n1 True\n",
        "{second}"
    );
    assert_eq!(second["exit"], 0);
}

/// A job's jail is forked from the pool's template (its seccomp program stacked on the
/// template's: two filters) and has every layer a cold run has: no capabilities, no_new_privs,
/// its own pid namespace, Landlock (procfs is a writable mount, Landlock refuses the write), and
/// the calls the template may make refused and recorded.
#[test]
fn a_forked_jail_has_every_layer_of_a_cold_run() {
    let server = Server::start(&["--pool", "1"]);
    let program = r#"
import ctypes, os
fields = dict(line.split(":\t", 1) for line in open("/proc/self/status").read().splitlines())
print([fields[k].strip() for k in ("Uid", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs", "Seccomp")])
print("filters", fields["Seccomp_filters"].strip())
try:
    open("/proc/self/comm", "w").write("x")
except OSError as e:
    print("comm:", e.strerror)
print(sorted(p for p in os.listdir("/proc") if p.isdigit()) == [str(os.getpid())])
libc = ctypes.CDLL(None, use_errno=True)
print("unshare", libc.unshare(0x10000000), ctypes.get_errno())
print("mount", libc.mount(b"none", b"/tmp", b"tmpfs", 0, None), ctypes.get_errno())
"#;
    let (status, warm) = server.job(&json!({"code": program}));
    assert_eq!(status, 200, "{warm}");
    let (code, cold, _) = run_in(&server.dir, &["-c", program]);
    assert_eq!(code, Some(0));
    let expected = "['1000\\t1000\\t1000\\t1000', '0000000000000000', '0000000000000000', \
                    '0000000000000000', '0000000000000000', '1', '2']\n";
    assert!(cold.starts_with(expected), "{cold}");
    let rest = "comm: Permission denied\nTrue\nunshare -1 1\nmount -1 1\n";
    assert_eq!(cold, format!("{expected}filters 1\n{rest}"));
    assert_eq!(
        warm["stdout"],
        format!("{expected}filters 2\n{rest}"),
        "{warm}"
    );
    assert_eq!(
        warm["result"]["denied_calls"]["names"],
        json!(["unshare", "mount"]),
        "{warm}"
    );
    assert!(counter(&server, "pyjail_jails_forked_total") >= 1);
}

/// Two jobs at once run as host ids of their own, leased for each (as jails started one by one
/// do): the template's namespace maps the pool from 100000 on (`user::FORKED_IDS`).
#[test]
fn concurrent_forked_jobs_have_host_ids_of_their_own() {
    if test_user().is_none() {
        return; // not root: one's own id is the only one there is
    }
    let server = Server::start(&["--pool", "2", "--concurrency", "2"]);
    server.wait_ready(2);
    let program =
        "import time\nprint(open('/proc/self/uid_map').read().split()[1])\ntime.sleep(0.8)\n";
    let jobs: Vec<_> = (0..2)
        .map(|_| {
            let socket = server.socket.clone();
            let body = json!({"code": program}).to_string();
            thread::spawn(move || request(&socket, "POST", "/v1/jobs", body.as_bytes()).unwrap())
        })
        .collect();
    let ids: BTreeSet<u64> = jobs
        .into_iter()
        .map(|j| {
            let (_, answer) = j.join().unwrap();
            answer["stdout"].as_str().unwrap().trim().parse().unwrap()
        })
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.iter().all(|&id| id >= 100_000), "{ids:?}");
}

/// A counter of the server's `/metrics`.
fn counter(server: &Server, name: &str) -> u64 {
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    stream.write_all(b"GET /metrics HTTP/1.1\r\n\r\n").unwrap();
    let mut metrics = String::new();
    stream.read_to_string(&mut metrics).unwrap();
    let prefix = format!("{name} ");
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no {name} in\n{metrics}"))
}

/// The pool's template: its pid 1 and its interpreter (not a jail forked from it, whose pid
/// namespace is one level deeper: three pids in NSpid, not two).
fn template_of(server: &Server) -> [u32; 2] {
    let tree = server.tree();
    let interpreter: Vec<u32> = tree
        .iter()
        .copied()
        .filter(|pid| {
            let forked_from = std::fs::read(format!("/proc/{pid}/cmdline"))
                .is_ok_and(|c| String::from_utf8_lossy(&c).contains("--template"));
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
            let levels = status
                .lines()
                .find_map(|l| l.strip_prefix("NSpid:"))
                .map_or(0, |pids| pids.split_whitespace().count());
            forked_from && levels == 2
        })
        .collect();
    assert_eq!(interpreter.len(), 1, "{tree:?}");
    let pid1 = host::proc_stat_fields(interpreter[0])[1].parse().unwrap();
    [pid1, interpreter[0]]
}

/// When the template is gone, jails are started one by one again: jobs go on.
#[test]
fn jobs_go_on_when_the_template_is_gone() {
    let server = Server::start(&["--pool", "1"]);
    server.wait_ready(1);
    let [_, interpreter] = template_of(&server);
    // SAFETY: a plain kill of a process of this test's server.
    unsafe { libc::kill(interpreter as i32, libc::SIGKILL) };
    let program = "print(open('/proc/self/status').read().count('Seccomp_filters:\\t1'))";
    for _ in 0..3 {
        let (status, answer) = server.job(&json!({"code": program}));
        assert_eq!(status, 200, "{answer}");
        assert_eq!(answer["exit"], 0, "{answer}");
    }
    // The pool refilled without the template: jails of their own (one filter).
    server.wait_ready(1);
    let (_, answer) = server.job(&json!({"code": program}));
    assert_eq!(answer["stdout"], "1\n", "{answer}");
}

/// `--no-template`: every jail is started with an interpreter of its own (one seccomp filter:
/// its own), and there is no template in the server's tree.
#[test]
fn no_template_starts_every_jail_on_its_own() {
    let server = Server::start(&["--pool", "1", "--no-template"]);
    server.wait_ready(1);
    let program = "print(open('/proc/self/status').read().count('Seccomp_filters:\\t1'))";
    let (status, answer) = server.job(&json!({"code": program}));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["stdout"], "1\n", "{answer}");
    let templates = server.tree().into_iter().filter(|pid| {
        std::fs::read(format!("/proc/{pid}/cmdline"))
            .is_ok_and(|c| String::from_utf8_lossy(&c).contains("--template"))
    });
    assert_eq!(templates.count(), 0);
    assert!(counter(&server, "pyjail_jails_started_total") >= 1);
    assert_eq!(counter(&server, "pyjail_jails_forked_total"), 0);
}

/// A warm or forked job's program sees the command line a cold run's does (`sys.argv`,
/// `sys.orig_argv`), not the warm jail's.
#[test]
fn a_warm_jobs_program_sees_a_cold_runs_command_line() {
    let program = "import sys; print(sys.argv, (getattr(sys, 'orig_argv', None) or [])[-4:])";
    for flags in [&["--pool", "1"][..], &["--pool", "1", "--no-template"]] {
        let server = Server::start(flags);
        let (stdout, _) = same_as_cold(&server, |_| {}, &["-c", program, "--", "a", "b"]);
        assert!(stdout.contains("'/work/main.py', 'a', 'b']"), "{stdout}");
    }
}

/// A forked job's interpreter does not tear the template's objects down at its end
/// (`_leave` in the prelude), yet ends as a cold run's does: exit statuses and messages,
/// tracebacks, atexit handlers, threads, files left open, a replaced sys.stdout, globals
/// finalized at exit.
#[test]
fn a_forked_job_ends_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "1"]);
    let programs = [
        "import sys; sys.exit(3)",
        "import sys; sys.exit('bye')",
        "import sys; sys.exit(None)",
        "raise ValueError('x')",
        "import atexit; atexit.register(print, 'at exit'); print('body')",
        "f = open('/work/o.txt', 'w'); f.write('data')\nimport atexit, os\n\
         atexit.register(lambda: print(os.path.getsize('/work/o.txt')))",
        "import threading, time\n\
         threading.Thread(target=lambda: (time.sleep(0.05), print('thread'))).start()",
        "import sys; sys.stdout.write('no newline')",
        "import sys; sys.stdout = open('/work/x', 'w'); print('to a file')",
        "import os; os._exit(7)",
        "class D:\n    def __del__(self): print('finalized')\nd = D()\nprint('body')",
    ];
    for program in programs {
        same_as_cold(&server, |_| {}, &["-c", program]);
    }
}

/// A forked job's kernel record is read to its end, as a cold run's: the jail's pid 1 holds the
/// job's seccomp filter while the supervisor drains the count of withdrawn calls, so the report
/// neither says the record may miss a denial nor calls it incomplete; the denial is there.
#[test]
fn a_forked_jobs_kernel_record_is_complete_as_a_cold_runs() {
    let server = Server::start(&["--pool", "1"]);
    let program = "import ctypes; ctypes.CDLL(None).ptrace(0, 0, 0, 0); print('asked')";
    let (status, answer) = server.job(&json!({"code": program, "report": true}));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["stdout"], "asked\n", "{answer}");
    assert!(counter(&server, "pyjail_jails_forked_total") >= 1);
    let kernel = &answer["report"]["kernel"];
    assert_eq!(kernel["drained"], true, "{kernel}");
    assert_eq!(kernel["complete"], true, "{kernel}");
    assert!(kernel["denied"].to_string().contains("ptrace"), "{kernel}");
    let text = answer["report_text"].as_str().unwrap_or_default();
    assert!(!text.contains("was killed"), "{text}");
}

/// `run --server` refuses what a cold run refuses, with the same message and exit code.
#[test]
fn run_server_refuses_bad_input_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "1"]);
    std::fs::write(server.dir.join("four.py"), "1234").unwrap();
    let cases: [&[&str]; 14] = [
        &[],
        &["missing.py"],
        &["."],
        &["-m", "not a module"],
        &["--timeout", "soon", "-c", "1"],
        &["--cpu", "0", "-c", "1"],
        &["--memory", "0", "-c", "1"],
        &["--pids", "0", "-c", "1"],
        &["--output-limit", "x", "-c", "1"],
        &["--file-size", "3", "four.py"],
        &["--file-size", "3", "-c", "1234"],
        &["--work", "missing-dir", "-c", "1"],
        &["--env", "NOVALUE", "-c", "1"],
        &["--stdin", ".", "-c", "1"],
    ];
    for args in cases {
        let cold = run_in(&server.dir, args);
        let mut through = vec!["--server", server.socket.to_str().unwrap()];
        through.extend(args);
        let warm = run_in(&server.dir, &through);
        assert_ne!(cold.0, Some(0), "{args:?}: {cold:?}");
        assert_eq!(warm, cold, "{args:?}");
    }
}

/// A warm or forked jail's kernel record holds the program's calls alone, as a cold run's: the
/// job's files, which the prelude writes under the jail's filter, are not among them, and the
/// program's first start of another program is (a forked jail starts no interpreter).
#[test]
fn a_warm_jobs_kernel_record_holds_the_programs_calls_alone() {
    let program = "import os; os.system('true'); open('/work/out.txt', 'w').write('1')";
    for flags in [&["--pool", "1"][..], &["--pool", "1", "--no-template"]] {
        let server = Server::start(flags);
        let (status, answer) = server.job(&json!({
            "code": program,
            "files": [{"path": "data/in.txt", "text": "a file"}],
            "report": true,
        }));
        assert_eq!(status, 200, "{flags:?}: {answer}");
        let watched = &answer["report"]["kernel"]["watched"];
        assert_eq!(watched["execs_total"], 1, "{flags:?}: {watched}");
        assert_eq!(
            watched["execs"][0]["argv"],
            json!(["sh", "-c", "true"]),
            "{flags:?}"
        );
        assert_eq!(watched["inside_total"], 1, "{flags:?}: {watched}");
        assert_eq!(watched["total"], 2, "{flags:?}: {watched}");
    }
}

/// A forked job's end (`_leave` in the prelude) adds no event to its record: the import of
/// `atexit` it needs happened before the hook; a program's own import of it is its own event.
#[test]
fn a_forked_jobs_end_adds_no_event_to_its_record() {
    let server = Server::start(&["--pool", "1"]);
    let counts = |program: &str| {
        let (status, answer) = server.job(&json!({"code": program, "report": true}));
        assert_eq!(status, 200, "{answer}");
        answer["report"]["runtime"]["telemetry"]["counts"].clone()
    };
    let plain = counts("print(1)");
    assert!(plain.get("import").is_none(), "{plain}");
    let own = counts("import atexit; atexit.register(print, 'bye')");
    assert_eq!(own["import"], 1, "{own}");
}

/// A forked job's audit telemetry counts what a cold run's does: the template's own imports
/// are undone (modules, and the import system's directory listings), and only the event of a
/// cleared interpreter (a forked one is not cleared) is missing. (A job's import of an
/// extension module the template loaded, `ctypes` or `resource`, may lack one event: the
/// README says which.)
#[test]
fn a_forked_jobs_telemetry_counts_are_a_cold_runs() {
    let server = Server::start(&["--pool", "1"]);
    for program in ["print(1)", "import math", "import datetime"] {
        let report = server.dir.join("cold.json");
        let cold = run_in(
            &server.dir,
            &["--report", report.to_str().unwrap(), "-c", program],
        );
        assert_eq!(cold.0, Some(0), "{cold:?}");
        let cold: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
        let mut cold = cold["runtime"]["telemetry"]["counts"].clone();
        cold.as_object_mut()
            .unwrap()
            .remove("cpython.PyInterpreterState_Clear");
        let (status, answer) = server.job(&json!({"code": program, "report": true}));
        assert_eq!(status, 200, "{answer}");
        let forked = &answer["report"]["runtime"]["telemetry"]["counts"];
        assert_eq!(forked, &cold, "{program}");
    }
}

/// Two jobs at once, in two jails: neither sees the other's files or processes.
#[test]
fn concurrent_jobs_do_not_see_each_other() {
    let server = Server::start(&["--pool", "2", "--concurrency", "2"]);
    server.wait_ready(2);
    let program = |me: &str| {
        format!(
            r#"
import os, time
open("/tmp/{me}", "w").write("x")
time.sleep(0.8)
procs = sorted(p for p in os.listdir("/proc") if p.isdigit())
print(sorted(os.listdir("/tmp")), procs == [str(os.getpid())])
"#
        )
    };
    let jobs: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|me| {
            let socket = server.socket.clone();
            let body = json!({"code": program(me)}).to_string();
            thread::spawn(move || request(&socket, "POST", "/v1/jobs", body.as_bytes()).unwrap())
        })
        .collect();
    let answers: Vec<String> = jobs
        .into_iter()
        .map(|j| {
            j.join().unwrap().1["stdout"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(answers, ["['a'] True\n", "['b'] True\n"]);
}

/// Each warm jail has a network namespace of its own (made in line by its pid 1, not on a
/// thread as in a cold run): not the host's nor the previous job's, its loopback up and
/// working, and a listener on the host's 127.0.0.1 out of reach.
#[test]
fn each_job_has_a_network_namespace_of_its_own() {
    let trap = host::Trap::tcp("127.0.0.1".parse().unwrap()).expect("TCP trap");
    let port = trap.spec.rsplit(':').next().unwrap().to_string();
    let server = Server::start(&["--pool", "2"]);
    server.wait_ready(2);
    let code = format!(
        r#"
import os, socket
print(os.readlink("/proc/self/ns/net"))
own = socket.socket()
own.bind(("127.0.0.1", 0))
own.listen()
socket.create_connection(own.getsockname(), timeout=2).close()
print("loopback works")
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=2)
    print("reached the host")
except OSError as e:
    print("host unreached", e.errno)
"#
    );
    let host_ns = std::fs::read_link("/proc/self/ns/net").unwrap();
    let mut seen = Vec::new();
    for _ in 0..2 {
        let (status, answer) = server.job(&json!({ "code": code }));
        assert_eq!(status, 200, "{answer}");
        let out = answer["stdout"].as_str().unwrap_or("").to_string();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{answer}");
        assert!(lines[0].starts_with("net:["), "{answer}");
        assert_ne!(Path::new(lines[0]), host_ns, "the host's network namespace");
        assert_eq!(lines[1], "loopback works", "{answer}");
        assert!(lines[2].starts_with("host unreached"), "{answer}");
        seen.push(lines[0].to_string());
    }
    assert_ne!(seen[0], seen[1], "two jobs shared a network namespace");
    assert!(trap.hits().is_empty(), "a job reached {}", trap.what);
}

/// The report names the program as a cold run's does: `<string>` for `-c`, the path as given
/// for a file, `<stdin>` for `-`.
#[test]
fn run_server_reports_name_the_program_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "1"]);
    let dir = std::env::temp_dir().join(format!("pyjail-test-name-{}", random_hex(6)));
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("prog.py");
    std::fs::write(&file, "print(1)\n").unwrap();
    let file = file.to_str().unwrap();
    let socket = server.socket.to_str().unwrap();
    let subject = |extra: &[&str], program: &[&str]| {
        let out = common::output_with_stdin(
            Command::new(pyjail())
                .arg("run")
                .args(extra)
                .args(["--report", "-", "--report-format", "human"])
                .args(program),
            b"print(2)\n",
        );
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        stderr
            .lines()
            .find(|l| l.starts_with("pyjail report:"))
            .unwrap_or_else(|| panic!("no report in {stderr}"))
            .to_string()
    };
    for program in [&["-c", "print(1)"][..], &[file], &["-"]] {
        let cold = subject(&[], program);
        assert_eq!(subject(&["--server", socket], program), cold, "{program:?}");
    }
    assert!(subject(&[], &["-c", "print(1)"]).contains("<string>"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn run_server_prints_what_a_cold_run_prints() {
    let server = Server::start(&["--pool", "1"]);
    let program = "import ctypes, sys\nprint('out', sys.argv[1:])\nsys.stderr.write('err\\n')\n\
                   ctypes.CDLL(None).ptrace(0, 0, 0, 0)\nraise SystemExit(3)\n";
    let run = |extra: &[&str]| {
        let out = Command::new(pyjail())
            .arg("run")
            .args(extra)
            .args(["--timeout", "5s", "-c", program, "--", "x", "y"])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let socket = server.socket.to_str().unwrap();
    let cold = run(&[]);
    let warm = run(&["--server", socket]);
    assert_eq!(
        cold,
        (
            Some(3),
            "out ['x', 'y']\n".into(),
            "err\n[pyjail: exit 3; denied 1 system call(s): ptrace]\n".into()
        )
    );
    assert_eq!(warm, cold);
    let fields = |stderr: &str| {
        let line: Value = serde_json::from_str(stderr.lines().last().unwrap()).unwrap();
        [
            "exit",
            "exit_code",
            "verdict",
            "limits_hit",
            "denied_calls",
            "schema",
        ]
        .map(|k| line[k].clone())
    };
    let (cold_json, warm_json) = (run(&["--json"]), run(&["--json", "--server", socket]));
    assert_eq!(
        fields(&warm_json.2),
        fields(&cold_json.2),
        "{}",
        warm_json.2
    );
    // The documents are written in the same key order: the result line, and the JSON report
    // down to its sections' fields.
    let last_line = |stderr: &str| -> Value {
        serde_json::from_str(stderr.lines().last().unwrap_or_default()).unwrap()
    };
    assert_eq!(
        key_order(&last_line(&warm_json.2)),
        key_order(&last_line(&cold_json.2))
    );
    let report_file =
        std::env::temp_dir().join(format!("pyjail-test-report-{}.json", random_hex(6)));
    let report = |extra: &[&str]| -> Value {
        run(&[extra, &["--report", report_file.to_str().unwrap()]].concat());
        let written = std::fs::read(&report_file).unwrap();
        std::fs::remove_file(&report_file).unwrap();
        serde_json::from_slice(&written).unwrap()
    };
    let (cold_report, warm_report) = (report(&[]), report(&["--server", socket]));
    assert!(key_order(&cold_report).len() > 40, "{cold_report}");
    assert_eq!(key_order(&warm_report), key_order(&cold_report));
    // Flags the server's pool fixes are refused, clearly.
    let refused = run(&["--server", socket, "--profile", "strict"]);
    assert_eq!(refused.0, Some(125));
    assert!(
        refused.2.contains("--profile cannot be used with --server"),
        "{}",
        refused.2
    );
}

/// A document's keys in the order written: the top level's, then each section's, as
/// `section.key` (deeper maps hold counts keyed by what happened, which differ run to run).
fn key_order(document: &Value) -> Vec<String> {
    // Parsed maps keep their order only with serde_json's `preserve_order`, which the client
    // needs too; without it every comparison here would see sorted keys.
    let probe: Value = serde_json::from_str(r#"{"b": 1, "a": 2}"#).unwrap();
    assert_eq!(key_order_of(&probe), ["b", "a"], "serde_json sorts keys");
    key_order_of(document)
}

fn key_order_of(document: &Value) -> Vec<String> {
    let Value::Object(top) = document else {
        return Vec::new();
    };
    let mut keys = Vec::new();
    for (name, value) in top {
        keys.push(name.clone());
        if let Value::Object(section) = value {
            keys.extend(section.keys().map(|key| format!("{name}.{key}")));
        }
    }
    keys
}

/// SIGKILL of the server: its helpers get their parent-death signal, stop their jails (one in
/// the middle of a job) and remove their cgroups; nothing is left on the host.
#[test]
fn sigkill_of_the_server_leaves_nothing_behind() {
    let before = HostState::capture();
    let mut server = Server::start(&["--pool", "2", "--concurrency", "1"]);
    server.wait_ready(2);
    let socket = server.socket.clone();
    let busy = thread::spawn(move || {
        let body = json!({"code": "import time; print('started', flush=True); time.sleep(60)"})
            .to_string();
        request(&socket, "POST", "/v1/jobs", body.as_bytes())
    });
    // Until the job's interpreter runs the program (a python below a helper, below the server).
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut tree = server.tree();
    while !tree.iter().any(|pid| {
        std::fs::read(format!("/proc/{pid}/cmdline"))
            .is_ok_and(|c| String::from_utf8_lossy(&c).contains("prelude.py"))
    }) || tree.len() < 1 + 2 * 3
    {
        assert!(Instant::now() < deadline, "the job did not start: {tree:?}");
        thread::sleep(Duration::from_millis(50));
        tree = server.tree();
    }
    thread::sleep(Duration::from_millis(300));
    let tree = server.tree();
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    let left = host::leftovers_since(&before, &tree, Duration::from_secs(10));
    assert!(left.is_empty(), "left behind:\n  {}", left.join("\n  "));
    let _ = busy.join();
}

/// SIGTERM: the job in flight finishes and is answered, the socket goes, the server exits 0 and
/// leaves nothing behind.
#[test]
fn sigterm_lets_the_job_in_flight_finish() {
    let before = HostState::capture();
    let mut server = Server::start(&["--pool", "2"]);
    server.wait_ready(2);
    let socket = server.socket.clone();
    let busy = thread::spawn(move || {
        let body = json!({"code": "import time; time.sleep(1); print('done')"}).to_string();
        request(&socket, "POST", "/v1/jobs", body.as_bytes()).unwrap()
    });
    thread::sleep(Duration::from_millis(400));
    let tree = server.tree();
    Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    let (status, answer) = busy.join().unwrap();
    assert_eq!(
        (status, &answer["stdout"]),
        (200, &json!("done\n")),
        "{answer}"
    );
    let exited = server.child.wait().unwrap();
    assert!(exited.success(), "{exited:?}");
    assert!(!server.socket.exists(), "the socket is still there");
    let left = host::leftovers_since(&before, &tree, Duration::from_secs(10));
    assert!(left.is_empty(), "left behind:\n  {}", left.join("\n  "));
}

/// `run --server` sends piped stdin and `--work` files as a cold run would give them.
#[test]
fn run_server_sends_stdin_and_work_files() {
    let server = Server::start(&["--pool", "1"]);
    let work = server.dir.join("work");
    std::fs::create_dir_all(work.join("pkg")).unwrap();
    std::fs::write(work.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(
        work.join("pkg/tool.py"),
        "import sys\nprint('tool', sys.stdin.read().upper())\n",
    )
    .unwrap();
    let out = common::output_with_stdin(
        Command::new(pyjail())
            .arg("run")
            .arg("--server")
            .arg(&server.socket)
            .arg("--work")
            .arg(&work)
            .args(["-m", "pkg.tool"]),
        b"piped",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "tool PIPED\n",
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// A token file of mode 0600 in `dir`.
fn token_file(dir: &Path, token: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("token");
    std::fs::write(&path, format!("{token}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

/// `pyjail serve --listen 127.0.0.1:0` with a token: the server, its address (from its first
/// line on stderr) and the token.
fn tcp_server(options: &[&str]) -> (Server, std::net::SocketAddr, String) {
    let dir = std::env::temp_dir().join(format!("pyjail-test-serve-{}", random_hex(6)));
    std::fs::create_dir(&dir).unwrap();
    let token = random_hex(24);
    let file = token_file(&dir, &token);
    let mut child = Command::new(pyjail())
        .args(["serve", "--listen", "127.0.0.1:0", "--token-file"])
        .arg(&file)
        .args(options)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyjail serve");
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut line).unwrap();
    let addr = line
        .split("listening on tcp://")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::stderr()));
    let server = Server {
        child,
        socket: dir.join("unused"),
        dir,
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while tcp_request(addr, Some(&token), "GET", "/healthz", b"")
        .map_or(true, |(_, body)| body["ready"].as_u64().unwrap_or(0) < 1)
    {
        assert!(Instant::now() < deadline, "the server's pool did not fill");
        thread::sleep(Duration::from_millis(20));
    }
    (server, addr, token)
}

/// One request on TCP, with `Authorization: Bearer TOKEN` when given: status, the answer's
/// head and its JSON body.
fn tcp_request(
    addr: std::net::SocketAddr,
    token: Option<&str>,
    method: &str,
    path: &str,
    body: &[u8],
) -> std::io::Result<(u16, Value)> {
    tcp_request_head(addr, token, method, path, body).map(|(status, _, body)| (status, body))
}

fn tcp_request_head(
    addr: std::net::SocketAddr,
    token: Option<&str>,
    method: &str,
    path: &str,
    body: &[u8],
) -> std::io::Result<(u16, String, Value)> {
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let auth = token.map_or(String::new(), |t| format!("Authorization: Bearer {t}\r\n"));
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: t\r\n{auth}Content-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((
        status,
        head.to_string(),
        serde_json::from_str(body).unwrap_or(Value::Null),
    ))
}

/// Over TCP a killed client's kernel sends FIN, as a client that only stopped sending does: a
/// `run --server tcp://...` killed with SIGKILL stops its job as over a unix socket (the server
/// writes an interim `100 Continue` once the client stops sending, which a closed socket answers
/// with a reset), and a half-closed client that still reads gets its answer after that interim
/// one, streamed or not.
#[test]
fn a_tcp_client_killed_stops_its_job_and_a_half_closed_one_is_answered() {
    let (server, addr, token) = tcp_server(&["--pool", "1"]);
    let metric = |name: &str| -> u64 {
        let text = raw_request(
            addr,
            &format!("GET /metrics HTTP/1.1\r\nAuthorization: Bearer {token}\r\n\r\n"),
        );
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {text}"))
    };
    let mut client = Command::new(pyjail())
        .args(["run", "--server", &format!("tcp://{addr}"), "-c"])
        .arg("import time; time.sleep(30)")
        .env("PYJAIL_TOKEN", &token)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(10);
    while metric("pyjail_jobs_running") != 1 {
        assert!(Instant::now() < until, "the job never ran");
        thread::sleep(Duration::from_millis(20));
    }
    send(client.id(), libc::SIGKILL);
    let _ = client.wait();
    let gone = Instant::now();
    while metric("pyjail_jobs_running") != 0 {
        assert!(
            gone.elapsed() < Duration::from_secs(3),
            "the job ran on after its client was killed"
        );
        thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(metric("pyjail_jobs_total{outcome=\"abandoned\"}"), 1);
    for stream in [false, true] {
        let body =
            json!({"code": "import time; time.sleep(0.3); print('still here')", "stream": stream})
                .to_string();
        let mut connection = std::net::TcpStream::connect(addr).unwrap();
        let head = format!(
            "POST /v1/jobs HTTP/1.1\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        connection.write_all(head.as_bytes()).unwrap();
        connection.write_all(body.as_bytes()).unwrap();
        connection.shutdown(std::net::Shutdown::Write).unwrap();
        let mut answer = String::new();
        connection.read_to_string(&mut answer).unwrap();
        let answer = answer
            .strip_prefix("HTTP/1.1 100 Continue\r\n\r\n")
            .unwrap_or_else(|| panic!("no interim answer first: {answer}"));
        assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
        assert!(answer.contains("still here"), "{answer}");
    }
    assert_eq!(metric("pyjail_jobs_total{outcome=\"ran\"}"), 2);
    drop(server);
}

/// TCP on loopback: every request needs the token (none or a wrong one: 401, before the body is
/// looked at), and `run --server tcp://...` reaches the server with the token from a file or
/// the environment.
/// A request refused at its head (no token) is answered even while its body is still on its
/// way: the server reads and drops what follows rather than resetting the connection, which
/// could destroy the answer before the client reads it.
#[test]
fn a_request_refused_at_its_head_is_answered_whatever_follows() {
    let (_server, addr, _token) = tcp_server(&["--pool", "1"]);
    let body = vec![b' '; 192 * 1024];
    for _ in 0..20 {
        let (status, _, _) = tcp_request_head(addr, None, "POST", "/v1/jobs", &body).unwrap();
        assert_eq!(status, 401);
    }
}

#[test]
fn tcp_requests_need_the_token() {
    let (server, addr, token) = tcp_server(&["--pool", "1"]);
    let job = json!({"code": "print(6 * 7)"}).to_string();
    let wrong = format!("{}x", &token[..token.len() - 1]);
    for presented in [None, Some(wrong.as_str()), Some(&token[1..]), Some("")] {
        for (method, path) in [
            ("POST", "/v1/jobs"),
            ("GET", "/healthz"),
            ("GET", "/metrics"),
        ] {
            let (status, head, body) =
                tcp_request_head(addr, presented, method, path, job.as_bytes()).unwrap();
            assert_eq!(status, 401, "{presented:?} {method} {path}: {head}");
            assert!(head.contains("WWW-Authenticate: Bearer"), "{head}");
            assert!(body["error"].as_str().unwrap().contains("token"), "{body}");
        }
    }
    // The same header twice is refused even when one of them is right.
    let text = raw_request(
        addr,
        &format!("GET /healthz HTTP/1.1\r\nAuthorization: Bearer {token}\r\nAuthorization: Bearer {wrong}\r\n\r\n"),
    );
    assert!(text.starts_with("HTTP/1.1 401 "), "{text}");
    // Without the token nothing else of the request is looked at, its framing included.
    let text = raw_request(
        addr,
        "POST /v1/jobs HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    );
    assert!(text.starts_with("HTTP/1.1 401 "), "{text}");
    let (status, answer) =
        tcp_request(addr, Some(&token), "POST", "/v1/jobs", job.as_bytes()).unwrap();
    assert_eq!(
        (status, &answer["stdout"]),
        (200, &json!("42\n")),
        "{answer}"
    );
    let run = |server_arg: String, extra: &[&str], env: Option<&str>| {
        let mut command = Command::new(pyjail());
        command
            .arg("run")
            .arg("--server")
            .arg(server_arg)
            .args(extra)
            .args(["-c", "print('via tcp')"])
            .env_remove("PYJAIL_TOKEN")
            .stdin(Stdio::null());
        if let Some(value) = env {
            command.env("PYJAIL_TOKEN", value);
        }
        let out = command.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let url = format!("tcp://{addr}");
    let file = token_file(&server.dir, &token);
    let file = file.to_str().unwrap();
    assert_eq!(
        run(url.clone(), &["--token-file", file], None),
        (Some(0), "via tcp\n".into(), String::new())
    );
    assert_eq!(
        run(url.clone(), &[], Some(&token)),
        (Some(0), "via tcp\n".into(), String::new())
    );
    let (code, _, stderr) = run(url.clone(), &[], None);
    assert_eq!(code, Some(125));
    assert!(stderr.contains("needs its token"), "{stderr}");
    let (code, _, stderr) = run(url.clone(), &[], Some(&wrong));
    assert_eq!(code, Some(125));
    assert!(stderr.contains("(401)"), "{stderr}");
    let (code, _, stderr) = run(format!("tcp://10.1.2.3:{}", addr.port()), &[], Some(&token));
    assert_eq!(code, Some(125));
    assert!(stderr.contains("not a loopback address"), "{stderr}");
    let metrics = raw_request(
        addr,
        &format!("GET /metrics HTTP/1.1\r\nAuthorization: Bearer {token}\r\n\r\n"),
    );
    assert!(
        metrics.contains("pyjail_unauthorized_total 15\n"),
        "{metrics}"
    );
}

/// `--listen` takes loopback addresses only, and a token from a file only other users cannot
/// read, or from the environment; anything else stops the server before it starts.
#[test]
fn tcp_listen_refuses_other_addresses_and_weak_tokens() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("pyjail-test-serve-{}", random_hex(6)));
    std::fs::create_dir(&dir).unwrap();
    let good = token_file(&dir, &random_hex(24));
    let socket = dir.join("api.sock");
    let open = dir.join("open-token");
    std::fs::write(&open, random_hex(24)).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).unwrap();
    let serve = |args: &[&str], env: Option<&str>| {
        let mut command = Command::new(pyjail());
        command
            .arg("serve")
            .args(args)
            .env_remove("PYJAIL_TOKEN")
            .stdin(Stdio::null());
        if let Some(value) = env {
            command.env("PYJAIL_TOKEN", value);
        }
        // A server that starts after all is stopped, not waited for forever.
        let child = command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        ended_within(child, Duration::from_secs(10))
    };
    let good = good.to_str().unwrap();
    let cases: [(&[&str], Option<&str>, &str); 9] = [
        (
            &["--listen", "0.0.0.0:0", "--token-file", good],
            None,
            "not a loopback address",
        ),
        (
            &["--listen", "[::]:0", "--token-file", good],
            None,
            "not a loopback address",
        ),
        (
            &["--listen", "192.0.2.1:8700"],
            Some("0123456789abcdef"),
            "not a loopback address",
        ),
        (
            &["--listen", "localhost:8700", "--token-file", good],
            None,
            "expected a loopback IP",
        ),
        (&["--listen", "127.0.0.1:0"], None, "needs a token"),
        (
            &[
                "--listen",
                "127.0.0.1:0",
                "--token-file",
                open.to_str().unwrap(),
            ],
            None,
            "chmod 600",
        ),
        (
            &["--listen", "127.0.0.1:0"],
            Some("short"),
            "16 to 1024 printable",
        ),
        (
            &["--socket", socket.to_str().unwrap(), "--token-file", good],
            None,
            "goes with --listen",
        ),
        (
            &[
                "--listen",
                "127.0.0.1:0",
                "--token-file",
                good,
                "--max-body",
                "0",
            ],
            None,
            "at least 1024 bytes",
        ),
    ];
    for (args, env, says) in cases {
        let (code, stderr) = serve(args, env);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(!stderr.contains("listening"), "{stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A server that cannot set up a jail fails closed, as a cold run with the same profile is
/// refused: it names what is missing and exits 2 instead of listening with a pool that never
/// fills (every job a 503). Here the profile binds a directory that does not exist.
#[test]
fn a_server_that_cannot_set_up_a_jail_does_not_start() {
    let dir = std::env::temp_dir().join(format!("pyjail-test-serve-{}", random_hex(6)));
    std::fs::create_dir(&dir).unwrap();
    let missing = dir.join("no-such-dir");
    let strict =
        std::fs::read_to_string(Path::new(CHECKOUT).join("rules/profiles/strict.yaml")).unwrap();
    let broken = strict.replace(
        "ro_bind: []",
        &format!("ro_bind: [\"{}:/work/data\"]", missing.display()),
    );
    assert_ne!(broken, strict, "the strict profile binds nothing");
    let profile = dir.join("broken.yaml");
    std::fs::write(&profile, broken).unwrap();
    let profile = profile.to_str().unwrap();
    let (code, _, cold) = run_in(&dir, &["--profile", profile, "-c", "print(1)"]);
    assert_eq!(code, Some(125), "{cold}");
    assert!(cold.contains("no-such-dir"), "{cold}");
    let socket = dir.join("api.sock");
    let server = Command::new(pyjail())
        .args(["serve", "--pool", "1", "--profile", profile, "--socket"])
        .arg(&socket)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (status, stderr) = ended_within(server, Duration::from_secs(20));
    assert_eq!(status, Some(2), "{stderr}");
    assert!(stderr.contains("no warm jail could be set up"), "{stderr}");
    assert!(stderr.contains("no-such-dir"), "{stderr}");
    assert!(!stderr.contains("listening"), "{stderr}");
    assert!(!socket.exists(), "the socket is left behind");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A server expected to stop at start (its stderr piped): its exit code and stderr; one that
/// starts after all is killed at `within`, not waited for forever (then no code).
fn ended_within(mut child: Child, within: Duration) -> (Option<i32>, String) {
    let deadline = Instant::now() + within;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(10));
    };
    let mut stderr = String::new();
    let _ = child.stderr.take().unwrap().read_to_string(&mut stderr);
    (status, stderr)
}

/// `pyjail run` in `cwd` (cold, or with `--server`): exit code, stdout, stderr.
fn run_in(cwd: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(pyjail())
        .current_dir(cwd)
        .arg("run")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every file below `dir`: relative path, mode bits and content.
fn tree_of(dir: &Path) -> Vec<(String, u32, Vec<u8>)> {
    use std::os::unix::fs::PermissionsExt;
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let name = path
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if meta.is_dir() {
                found.push((name + "/", meta.permissions().mode() & 0o7777, Vec::new()));
                stack.push(path);
            } else {
                let content = std::fs::read(&path).unwrap();
                found.push((name, meta.permissions().mode() & 0o7777, content));
            }
        }
    }
    found.sort();
    found
}

/// A cold run and one through the server, each in a directory of its own with the same
/// inputs: the same output, summary, `--json` line and collected files.
fn same_as_cold(server: &Server, setup: impl Fn(&Path), args: &[&str]) -> (String, String) {
    let mut results = Vec::new();
    for kind in ["cold", "warm"] {
        let dir = server.dir.join(format!("{kind}-{}", random_hex(4)));
        std::fs::create_dir(&dir).unwrap();
        setup(&dir);
        let mut full: Vec<&str> = Vec::new();
        if kind == "warm" {
            full.extend(["--server", server.socket.to_str().unwrap()]);
        }
        full.extend(args);
        let plain = run_in(&dir, &full);
        let out = dir.join("results");
        let files = out.exists().then(|| tree_of(&out));
        if out.exists() {
            std::fs::remove_dir_all(&out).unwrap();
        }
        full.push("--json");
        let json = run_in(&dir, &full);
        let line: Value =
            serde_json::from_str(json.2.lines().last().unwrap_or("")).unwrap_or(Value::Null);
        let facts = [
            "exit",
            "exit_code",
            "files",
            "limits_hit",
            "denied_calls",
            "verdict",
        ]
        .map(|k| line[k].clone());
        results.push((plain, files, facts));
    }
    let (cold, warm) = (&results[0], &results[1]);
    assert_eq!(warm.0, cold.0, "output, summary and exit code");
    assert_eq!(warm.1, cold.1, "collected files");
    assert_eq!(warm.2, cold.2, "the --json result");
    (cold.0 .1.clone(), cold.0 .2.clone())
}

fn touch(path: &Path, content: &str, mtime: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
    let status = Command::new("touch")
        .args(["-d", mtime])
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// `--out` (and `--collect`) through the server: the files the program leaves come back as a
/// cold run collects them (links skipped, dot-directories, the program and unchanged `--work`
/// copies left out, executables not executable), with the same summary and result.
#[test]
fn run_server_collects_files_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "2"]);
    let program = r##"
import os
os.makedirs("sub/deeper")
open("out.txt", "w").write("result\n")
open("sub/deeper/data.csv", "w").write("a,b\n1,2\n")
open("tool.sh", "w").write("#!/bin/sh\n")
os.chmod("tool.sh", 0o755)
os.symlink("/etc/passwd", "link")
os.makedirs(".cache")
open(".cache/x", "w").write("x")
open("input/changed.txt", "a").write("more\n")
print(sorted(os.listdir(".")), sorted(os.listdir("input")))
print(os.stat("input/same.txt").st_mtime_ns, oct(os.stat("input/run.sh").st_mode))
"##;
    let setup = |dir: &Path| {
        std::fs::write(dir.join("prog.py"), program).unwrap();
        touch(
            &dir.join("in/input/same.txt"),
            "same\n",
            "@1700000000.123456789",
        );
        touch(&dir.join("in/input/changed.txt"), "was\n", "@1700000000");
        touch(&dir.join("in/input/run.sh"), "#!/bin/sh\n", "@1700000000");
        std::fs::create_dir(dir.join("in/empty")).unwrap();
        let status = Command::new("chmod")
            .arg("755")
            .arg(dir.join("in/input/run.sh"))
            .status()
            .unwrap();
        assert!(status.success());
    };
    let (stdout, stderr) = same_as_cold(
        &server,
        setup,
        &["--work", "in", "--out", "results", "prog.py"],
    );
    assert_eq!(
        stdout,
        "['.cache', 'empty', 'input', 'link', 'out.txt', 'prog.py', 'sub', 'tool.sh'] \
         ['changed.txt', 'run.sh', 'same.txt']\n1700000000123456789 0o100755\n"
    );
    assert!(
        stderr.contains("collected 4 file(s), 34 bytes, into results; left 1 in the jail: link"),
        "{stderr}"
    );
    let (_, stderr) = same_as_cold(
        &server,
        setup,
        &[
            "--work",
            "in",
            "--out",
            "results",
            "--collect",
            "*.csv",
            "prog.py",
        ],
    );
    assert!(stderr.contains("collected 1 file(s), 8 bytes"), "{stderr}");
    // The API alone: the files come back in the answer.
    let (status, answer) = server.job(&json!({
        "code": "open('a.txt', 'w').write('A')",
        "collect": {"globs": ["*.txt"]},
    }));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        answer["files"],
        json!([{"path": "a.txt", "base64": "QQ=="}])
    );
    assert_eq!(answer["result"]["files"]["collected"][0]["size"], 1);
    // Names that are made safe the same way collide as in a host directory: the first (in
    // byte order) is collected, the others are left in the jail, both ways.
    let colliding = "import os\nopen('a\\nb', 'w').write('one')\nopen('a_b', 'w').write('two')\n\
                     open('a\\tb', 'w').write('three')\nos.makedirs('d\\n')\n\
                     open('d\\n/x', 'w').write('dx')\nos.makedirs('d_')\nopen('d_/x', 'w').write('d_x')\n";
    let (_, stderr) = same_as_cold(
        &server,
        |dir| std::fs::write(dir.join("prog.py"), colliding).unwrap(),
        &["--out", "results", "prog.py"],
    );
    assert!(
        stderr.contains("collected 2 file(s), 7 bytes, into results; left 3 in the jail"),
        "{stderr}"
    );
    let (status, answer) = server.job(&json!({"code": colliding, "collect": {}}));
    assert_eq!(status, 200, "{answer}");
    let paths: Vec<&str> = answer["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["a_b", "d_/x"], "{answer}");
    assert_eq!(
        answer["result"]["files"]["skipped"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

/// A project directory (`pyjail run DIR`: its `__main__.py` runs with its files in /work) and
/// `-m MODULE --work DIR` through the server: what a cold run gives, to the program's own view
/// of /work (empty directories, modification times, executable bits).
#[test]
fn run_server_runs_projects_and_modules_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "2"]);
    let main = r#"
import os, sys
import helper
print(sys.argv, helper.NAME, sorted(os.listdir("/work")))
print(os.stat("/work/data.txt").st_mtime_ns, os.access("/work/bin/run.sh", os.X_OK))
"#;
    let setup = |dir: &Path| {
        touch(&dir.join("proj/__main__.py"), main, "@1600000000");
        touch(
            &dir.join("proj/helper.py"),
            "NAME = 'helper'\n",
            "@1600000000",
        );
        touch(&dir.join("proj/data.txt"), "data\n", "@1600000000.5");
        touch(&dir.join("proj/bin/run.sh"), "#!/bin/sh\n", "@1600000000");
        std::fs::create_dir(dir.join("proj/empty")).unwrap();
        touch(&dir.join("proj/pkg/__init__.py"), "", "@1600000000");
        touch(
            &dir.join("proj/pkg/tool.py"),
            "import sys\nprint('tool', sys.argv, __name__)\nraise SystemExit(4)\n",
            "@1600000000",
        );
        let status = Command::new("chmod")
            .arg("755")
            .arg(dir.join("proj/bin/run.sh"))
            .status()
            .unwrap();
        assert!(status.success());
    };
    let (stdout, _) = same_as_cold(&server, setup, &["proj", "--", "x"]);
    assert_eq!(
        stdout,
        "['/work/__main__.py', 'x'] helper ['__main__.py', 'bin', 'data.txt', 'empty', \
         'helper.py', 'pkg']\n1600000000500000000 True\n"
    );
    let (stdout, _) = same_as_cold(&server, setup, &["--work", "proj", "-m", "pkg.tool"]);
    assert_eq!(stdout, "tool ['/work/pkg/tool.py'] __main__\n");
    // What a cold run refuses, the client refuses the same way.
    let refused = |args: &[&str]| {
        let dir = server.dir.join(format!("refused-{}", random_hex(4)));
        std::fs::create_dir(&dir).unwrap();
        setup(&dir);
        let mut full = vec!["--server", server.socket.to_str().unwrap()];
        full.extend(args);
        let (cold, warm) = (run_in(&dir, args), run_in(&dir, &full));
        assert_eq!(cold.0, Some(125));
        assert_eq!(warm.0, cold.0);
        assert_eq!(warm.2, cold.2);
        cold.2
    };
    assert!(refused(&["--work", "proj", "proj"]).contains("copied into /work already"));
    assert!(refused(&["proj/pkg"]).contains("has no __main__.py"));
    assert!(refused(&["--work", "proj", "proj/helper.py"]).contains("has its own helper.py"));
}

/// A project's report through the server lints its other Python files as a cold run's does: a
/// hostile sibling module's finding names its file, in the same static section.
#[test]
fn run_server_lints_a_projects_modules_as_a_cold_run_does() {
    let server = Server::start(&["--pool", "1"]);
    let dir = server.dir.join(format!("modules-{}", random_hex(4)));
    touch(
        &dir.join("proj/__main__.py"),
        "import helper\n",
        "@1600000000",
    );
    touch(
        &dir.join("proj/helper.py"),
        "import sys\nif len(sys.argv) > 5:\n    open('/etc/shadow').read()\n",
        "@1600000000",
    );
    let static_block = |extra: &[&str]| {
        let mut args = extra.to_vec();
        args.extend(["--report", "-", "--report-format", "human", "proj"]);
        let (code, _, stderr) = run_in(&dir, &args);
        assert_eq!(code, Some(0), "{stderr}");
        let lines: Vec<String> = stderr
            .lines()
            .skip_while(|l| !l.starts_with("static"))
            .take_while(|l| !l.starts_with("runtime"))
            .map(str::to_string)
            .collect();
        lines
    };
    let cold = static_block(&[]);
    assert!(
        cold.iter().any(|l| l.contains("helper.py line 3: PJ")),
        "{cold:#?}"
    );
    let socket = server.socket.to_str().unwrap();
    assert_eq!(static_block(&["--server", socket]), cold);
}

/// The server run by an ordinary user (no delegated cgroup here: `--allow-degraded cgroup`, as
/// the unprivileged cold runs take it): a job's files, owned by the jail's subordinate id, come
/// back through a helper in the jail's user namespace, and its client writes them as that user.
#[test]
fn an_unprivileged_server_sends_back_files() {
    let Some(user) = test_user() else {
        return; // not root: the suite already runs unprivileged
    };
    let dir = user.home.join(format!("serve-{}", random_hex(4)));
    std::fs::create_dir(&dir).unwrap();
    let chown = Command::new("chown")
        .arg(format!("{}:{}", user.uid, user.gid))
        .arg(&dir)
        .status()
        .unwrap();
    assert!(chown.success());
    let socket = dir.join("api.sock");
    let as_user = |args: &[&str]| {
        let mut command = user.command(&user.pyjail);
        command.args(args).current_dir(&dir).stdin(Stdio::null());
        command
    };
    let child = as_user(&["serve", "--socket", "api.sock", "--python", SYSTEM_PYTHON])
        .args(["--pool", "1", "--allow-degraded", "cgroup"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server {
        child,
        dir: dir.clone(),
        socket,
    };
    server.wait_ready(1);
    // It may not raise a helper's priority back: jails start at the server's, and so do jobs.
    let own = nice_of(std::process::id());
    for pid in server.tree() {
        assert_eq!(nice_of(pid), own, "{pid}");
    }
    let program = "import os\nos.makedirs('a/b')\nopen('a/b/x.txt', 'w').write('deep')\n\
                   open('y.txt', 'w').write('top')\nprint(os.nice(0))";
    let out = as_user(&[
        "run", "--server", "api.sock", "--out", "results", "-c", program,
    ])
    .output()
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{own}\n"));
    assert!(
        stderr.contains("collected 2 file(s), 7 bytes, into results"),
        "{stderr}"
    );
    let found = tree_of(&dir.join("results"));
    let expected: Vec<(String, u32, Vec<u8>)> = vec![
        ("a/".into(), 0o755, Vec::new()),
        ("a/b/".into(), 0o755, Vec::new()),
        ("a/b/x.txt".into(), 0o644, b"deep".to_vec()),
        ("y.txt".into(), 0o644, b"top".to_vec()),
    ];
    assert_eq!(found, expected);
    use std::os::unix::fs::MetadataExt;
    let owner = std::fs::metadata(dir.join("results/a/b/x.txt"))
        .unwrap()
        .uid();
    assert_eq!(owner, user.uid, "written as the user who ran the client");
}

/// A call the profile denies while a warm jail's interpreter starts, before any job (here
/// `getrandom`, which CPython makes for its hash seed at start-up), fails closed: it is answered
/// EPERM at once by the helper (the jail does not wait for a job's recorder, nor until the
/// ready deadline), it never runs, and the next job's record counts it, as a cold run with the
/// same profile counts it.
#[test]
fn a_call_denied_before_the_job_fails_closed_and_is_counted() {
    let dir = std::env::temp_dir().join(format!("pyjail-test-serve-{}", random_hex(6)));
    std::fs::create_dir(&dir).unwrap();
    let strict =
        std::fs::read_to_string(Path::new(CHECKOUT).join("rules/profiles/strict.yaml")).unwrap();
    let without: String = strict
        .lines()
        .filter(|line| line.trim() != "- getrandom")
        .map(|line| format!("{line}\n"))
        .collect();
    assert_ne!(without, strict, "the strict profile allows getrandom");
    let profile = dir.join("no-getrandom.yaml");
    std::fs::write(&profile, without).unwrap();
    let profile = profile.to_str().unwrap();
    let started = Instant::now();
    let server = Server::start(&["--pool", "1", "--profile", profile]);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the jail waited {:?} to be ready",
        started.elapsed()
    );
    let program = "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n\
                   buf = ctypes.create_string_buffer(8)\n\
                   print(libc.getrandom(buf, 8, 0), ctypes.get_errno())\n";
    let denied = |extra: &[&str]| {
        let (code, stdout, stderr) = run_in(&dir, &[extra, &["--json", "-c", program]].concat());
        let line: Value = serde_json::from_str(stderr.lines().last().unwrap_or("")).unwrap();
        (code, stdout, line["denied_calls"].clone())
    };
    let cold = denied(&["--profile", profile]);
    let warm = denied(&["--server", server.socket.to_str().unwrap()]);
    // EPERM (1), not a call that ran and filled the buffer.
    assert_eq!(cold.1, "-1 1\n");
    assert_eq!(warm, cold);
    assert_eq!(cold.2["names"], json!(["getrandom"]));
    assert!(cold.2["total"].as_u64().unwrap() >= 2, "{}", cold.2);
    // The pool's profile is the only cause: with strict, nothing is denied before the job.
    let plain = Server::start(&["--pool", "1"]);
    let (_, answer) = plain.job(&json!({"code": "print(1)"}));
    assert_eq!(answer["result"]["denied_calls"]["total"], 0, "{answer}");
    let (_, answer) = server.job(&json!({"code": "print(1)"}));
    assert_eq!(
        answer["result"]["denied_calls"]["names"],
        json!(["getrandom"]),
        "{answer}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The nice value of `pid` (`/proc/PID/stat`, field 19).
fn nice_of(pid: u32) -> i32 {
    host::proc_stat_fields(pid)[16].parse().unwrap()
}

/// A jail is set up at nice 19, so that refilling the pool yields the CPU to running jobs,
/// and raised to the server's own priority before it says it is ready: it waits for its
/// job there (helper, pid 1 and interpreter), so that the job's wake-up does not queue
/// behind other set-ups, and the job runs at the server's priority.
#[test]
fn jails_wait_at_the_servers_priority_and_jobs_run_there() {
    let own = nice_of(std::process::id());
    let server = Server::start(&["--pool", "2"]);
    server.wait_ready(2);
    let tree = server.tree();
    let parent_of = |pid: u32| host::proc_stat_fields(pid)[1].parse::<u32>().unwrap();
    // The forker (the server's child) starts helpers at nice 19 and stays there.
    let forker: Vec<u32> = tree
        .iter()
        .copied()
        .filter(|pid| parent_of(*pid) == server.child.id())
        .collect();
    for pid in &forker {
        assert_eq!(
            nice_of(*pid),
            19,
            "{pid}: the forker sets up at low priority"
        );
    }
    // So does the template the jails are forked from (forking is refilling).
    let template = template_of(&server);
    for pid in template {
        assert_eq!(
            nice_of(pid),
            19,
            "{pid}: the template forks at low priority"
        );
    }
    let waiting: Vec<u32> = tree
        .iter()
        .copied()
        .filter(|pid| *pid != server.child.id() && !forker.contains(pid))
        .filter(|pid| !template.contains(pid))
        .collect();
    assert!(
        waiting.len() >= 6,
        "helpers, their pid 1s and interpreters: {waiting:?}"
    );
    for pid in &waiting {
        assert_eq!(nice_of(*pid), own, "{pid} waits at the server's priority");
    }
    assert_eq!(nice_of(server.child.id()), own);
    let program = "import os\nprint(os.nice(0))";
    let (_, answer) = server.job(&json!({"code": program}));
    assert_eq!(answer["stdout"], format!("{own}\n"), "{answer}");
    // Through the client too, and for a job that starts processes of its own.
    let program = "import subprocess\nsubprocess.run(['/bin/sh', '-c', 'nice'])";
    let out = Command::new(pyjail())
        .args([
            "run",
            "--server",
            server.socket.to_str().unwrap(),
            "-c",
            program,
        ])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{own}\n"));
}

/// A host where jails can no longer be set up (here the profile binds a directory removed
/// once the server has started; every jail set up on its own, not forked from a template that
/// holds the bind) is not hammered: after a failure the next attempt waits a second; /healthz
/// says why; SIGTERM still ends the server at once.
#[test]
fn failing_jails_are_retried_once_a_second() {
    let dir = std::env::temp_dir().join(format!("pyjail-test-serve-{}", random_hex(6)));
    std::fs::create_dir(&dir).unwrap();
    let strict =
        std::fs::read_to_string(Path::new(CHECKOUT).join("rules/profiles/strict.yaml")).unwrap();
    let missing = dir.join("missing");
    std::fs::create_dir(&missing).unwrap();
    let bad = strict.replace(
        "ro_bind: []",
        &format!("ro_bind: [\"{}\"]", missing.display()),
    );
    assert_ne!(bad, strict);
    let profile = dir.join("bad.yaml");
    std::fs::write(&profile, bad).unwrap();
    let socket = dir.join("api.sock");
    let child = Command::new(pyjail())
        .args(["serve", "--pool", "2", "--no-template", "--profile"])
        .arg(&profile)
        .arg("--socket")
        .arg(&socket)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Stopped however the test ends.
    let mut server = Server {
        child,
        dir: dir.clone(),
        socket: socket.clone(),
    };
    server.wait_ready(2);
    std::fs::remove_dir(&missing).unwrap();
    for _ in 0..2 {
        let (status, answer) = server.job(&json!({"code": "print(1)"}));
        assert_eq!(
            (status, &answer["stdout"]),
            (200, &json!("1\n")),
            "{answer}"
        );
    }
    thread::sleep(Duration::from_secs(3));
    let (status, health) = request(&socket, "GET", "/healthz", b"").unwrap();
    assert_eq!(status, 503, "{health}");
    assert!(
        health["error"].as_str().unwrap().contains("missing"),
        "{health}"
    );
    let mut stream = UnixStream::connect(&socket).unwrap();
    stream.write_all(b"GET /metrics HTTP/1.1\r\n\r\n").unwrap();
    let mut metrics = String::new();
    stream.read_to_string(&mut metrics).unwrap();
    let failed: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("pyjail_jails_failed_total "))
        .and_then(|n| n.parse().ok())
        .unwrap();
    // Two at a time, a second apart: about 2 per second, not one per set-up attempt.
    assert!((2..=10).contains(&failed), "{failed} failed set-ups in 3 s");
    let stopped = Instant::now();
    Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(server.child.wait().unwrap().success());
    assert!(stopped.elapsed() < Duration::from_secs(5));
}

/// Past `--concurrency + --queue + 64` open connections (here 65, sending nothing) the next one
/// is answered 429 at once, before anything is read; once they go, jobs run again.
#[test]
fn connections_past_the_cap_are_refused_at_once() {
    let server = Server::start(&["--pool", "1", "--concurrency", "1", "--queue", "0"]);
    let idle: Vec<UnixStream> = (0..65)
        .map(|_| UnixStream::connect(&server.socket).unwrap())
        .collect();
    // Until every idle connection is taken by a worker.
    thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let mut stream = UnixStream::connect(&server.socket).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    assert!(text.starts_with("HTTP/1.1 429 "), "{text}");
    assert!(text.contains("too many connections"), "{text}");
    assert!(started.elapsed() < Duration::from_secs(2));
    drop(idle);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, answer) = server.job(&json!({"code": "print(2)"}));
        if status == 200 {
            assert_eq!(answer["stdout"], "2\n");
            break;
        }
        assert!(Instant::now() < deadline, "{status} {answer}");
        thread::sleep(Duration::from_millis(20));
    }
}

/// Helpers that have answered are reaped as they end, not only when the next jail is asked for:
/// once the three job helpers have ended, no zombie stays below the server.
#[test]
fn ended_helpers_are_reaped() {
    let server = Server::start(&["--pool", "2"]);
    for _ in 0..3 {
        let (status, answer) = server.job(&json!({"code": "print(1)"}));
        assert_eq!(status, 200, "{answer}");
    }
    server.wait_ready(2);
    let zombie = |pid: &u32| host::proc_stat_fields(*pid).first().map(String::as_str) == Some("Z");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let tree = server.tree();
        let (zombies, live): (Vec<u32>, Vec<u32>) = tree.into_iter().partition(zombie);
        // The server, the forker, the template the jails are forked from (pid 1,
        // interpreter) and two waiting jails (helper, pid 1, interpreter).
        if live.len() == 2 + 2 + 2 * 3 && zombies.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "live {live:?}, zombies {zombies:?}"
        );
        thread::sleep(Duration::from_millis(50));
    }
}

/// An answer larger than a pipe holds (several reads, at the output limit's edge) comes back
/// whole: the server passes the helper's line on as it is.
#[test]
fn a_large_answer_comes_back_whole() {
    let server = Server::start(&["--pool", "1"]);
    let program =
        "import sys\nsys.stdout.write('x' * 700000 + 'end')\nsys.stderr.write('e' * 300000)";
    let (status, answer) = server.job(&json!({"code": program}));
    assert_eq!(status, 200);
    let stdout = answer["stdout"].as_str().unwrap();
    assert_eq!(stdout.len(), 700_003);
    assert!(stdout.ends_with("xend"));
    assert_eq!(answer["stderr"].as_str().unwrap().len(), 300_000);
    assert_eq!(answer["result"]["stdout"]["bytes"], 700_003);
}

/// Sends `request` as written on a new TCP connection and returns the whole answer.
fn raw_request(addr: std::net::SocketAddr, request: &str) -> String {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    text
}
