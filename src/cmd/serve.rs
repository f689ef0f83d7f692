//! `pyjail serve`: the job API on a unix socket or loopback TCP with a token
//! (`serve/transport.rs`), backed by a pool of warm jails (`serve/pool.rs`).
//! Worker threads each accept and serve one connection at a time, a few of
//! them always waiting in accept (no hand-off and no thread start on a
//! request's path); at most
//! `--concurrency` jobs running and `--queue` waiting; more is refused with
//! 429 and `Retry-After`. SIGTERM or SIGINT: stop accepting, let the jobs in
//! flight finish (each within its own deadline), tear the idle jails down,
//! remove the socket, exit 0.

use std::os::fd::AsFd;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed, Ordering::SeqCst};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use jail::{JailError, Profile};

use crate::cli::{exit, ServeArgs};
use crate::serve::http::{self, Refused};
use crate::serve::in_flight::{self, NotFed, Unlisted};
use crate::serve::job::ApiJob;
use crate::serve::metrics::Metrics;
use crate::serve::pool::{self, HelperCommand, Pool};
use crate::serve::stream::{Output, Piece};
use crate::serve::transport::{self, Address, Listener, Stream, Token};

struct Server {
    profile: Profile,
    /// Required of every request (TCP).
    token: Option<Token>,
    pool: Arc<Pool>,
    metrics: Arc<Metrics>,
    admitted: AtomicUsize,
    capacity: usize,
    /// Connections being served; past `max_connections` one is refused at once.
    connections: AtomicUsize,
    /// Workers waiting in accept.
    waiting: AtomicUsize,
    max_connections: usize,
    max_body: usize,
    stopping: AtomicBool,
    /// Jobs in flight that have an id, for `POST /v1/jobs/{id}/signal`.
    in_flight: in_flight::Running,
}

pub fn main(args: ServeArgs) -> ExitCode {
    match serve(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            stderr_line!("pyjail serve: {err}");
            ExitCode::from(exit::USAGE)
        }
    }
}

fn serve(args: ServeArgs) -> Result<(), String> {
    let (address, token) = match (&args.socket, &args.listen) {
        (Some(_), None) if args.token_file.is_some() => {
            return Err(
                "--token-file goes with --listen: who may use a unix socket is decided \
                        by its file mode (0600)"
                    .into(),
            )
        }
        (Some(path), None) => (Address::Unix(path.clone()), None),
        (None, Some(text)) => {
            let addr = transport::loopback(text).map_err(|e| format!("--listen {e}"))?;
            let token = Token::load(args.token_file.as_deref())?.ok_or_else(|| {
                format!(
                    "--listen needs a token that every request must carry: --token-file FILE \
                     (mode 0600) or {}",
                    transport::TOKEN_ENV
                )
            })?;
            (Address::Tcp(addr), Some(token))
        }
        _ => return Err("give --socket PATH or --listen IP:PORT".into()),
    };
    let profile_name = args.profile.clone().unwrap_or_else(|| "strict".into());
    let profile = Profile::load(&profile_name).map_err(|e| e.to_string())?;
    // Checked here so that a bad --python or a prelude that does not compile
    // is one clear error, not a pool that never fills.
    let python = jail::python::resolve(args.python.as_deref()).map_err(|e| e.to_string())?;
    jail::prelude::compile(&python.host_executable, jail::prelude::source())
        .map_err(|e| format!("the audit prelude: {e}"))?;
    for name in &args.allow_degraded {
        jail::degradable(name).map_err(|e| e.to_string())?;
    }
    if args.pool == 0 || args.concurrency == 0 {
        return Err("--pool and --concurrency must be at least 1".into());
    }
    let max_body =
        jail::units::parse_size(&args.max_body).map_err(|e| format!("--max-body: {e}"))? as usize;
    if max_body < MIN_BODY {
        return Err(format!(
            "--max-body {}: at least {MIN_BODY} bytes, or no job fits",
            args.max_body
        ));
    }
    // The stop signals go to the signal thread only: blocked here, before any
    // thread starts, so every thread inherits the mask.
    let stop: nix::sys::signal::SigSet = [
        nix::sys::signal::Signal::SIGINT,
        nix::sys::signal::Signal::SIGTERM,
        nix::sys::signal::Signal::SIGHUP,
    ]
    .into_iter()
    .collect();
    stop.thread_block().map_err(|e| e.to_string())?;
    let listener = Listener::bind(&address)?;
    let job_nice = crate::serve::pool::job_nice();
    let address = listener.address().map_err(|e| e.to_string())?;
    let metrics = Arc::new(Metrics::default());
    let exe = std::env::current_exe().map_err(|e| format!("cannot find pyjail itself: {e}"))?;
    let pool = Pool::new(
        args.pool,
        HelperCommand {
            exe,
            profile: profile_name,
            python: args.python.clone(),
            allow_degraded: args.allow_degraded.clone(),
            no_template: args.no_template,
            max_job: max_body.saturating_mul(2),
            job_nice,
        },
        Arc::clone(&metrics),
    )
    .map_err(|e| format!("cannot start the server's threads: {e}"))?;
    let server = Arc::new(Server {
        profile,
        token,
        pool: Arc::clone(&pool),
        metrics,
        admitted: AtomicUsize::new(0),
        capacity: args.concurrency + args.queue,
        connections: AtomicUsize::new(0),
        waiting: AtomicUsize::new(0),
        // Room for health checks and bad requests beside every admitted job.
        max_connections: args.concurrency + args.queue + 64,
        max_body,
        stopping: AtomicBool::new(false),
        in_flight: in_flight::Running::default(),
    });
    let running = Arc::new(Semaphore::new(args.concurrency));
    let spawner = {
        let pool = Arc::clone(&pool);
        std::thread::spawn(move || pool.spawner())
    };
    // Fail closed: a server that cannot set up a jail (a layer missing, as
    // a cold run would refuse) says why and does not start.
    if let Err(why) = pool.first_jail(FIRST_JAIL_WITHIN) {
        pool.stop();
        pool.wait_idle(Duration::from_secs(10));
        if let Address::Unix(path) = &address {
            let _ = std::fs::remove_file(path);
        }
        return Err(format!("no warm jail could be set up: {why}"));
    }
    let listener = Arc::new(listener);
    for _ in 0..SPARE_WORKERS {
        start_worker(&server, &running, &listener)
            .map_err(|e| format!("cannot start the server's threads: {e}"))?;
    }
    stderr_line!(
        "pyjail serve: listening on {address} (pool {}, concurrency {}, queue {}; jails set up \
         at {})",
        args.pool,
        args.concurrency,
        args.queue,
        match job_nice {
            Some(_) => "low priority",
            None => "the server's priority: it may not raise a helper's back",
        }
    );
    let _ = stop.wait();
    server.stopping.store(true, SeqCst);
    listener.shutdown();
    if let Address::Unix(path) = &address {
        let _ = std::fs::remove_file(path);
    }
    // Jobs in flight end within their own deadline, at most the profile's.
    let until = Instant::now() + server.profile.limits.wall + Duration::from_secs(5);
    while server.admitted.load(SeqCst) > 0 && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    pool.stop();
    pool.wait_idle(Duration::from_secs(60));
    let _ = spawner.join();
    pool.stop();
    Ok(())
}

/// The smallest `--max-body` taken.
const MIN_BODY: usize = 1024;

/// How long the server waits at start for its first jail before it gives up.
const FIRST_JAIL_WITHIN: Duration = Duration::from_secs(60);

/// Workers kept waiting in accept: the one that takes a connection starts
/// another when it was the last, and one that finds this many waiting when
/// it is done ends.
const SPARE_WORKERS: usize = 4;

fn start_worker(
    server: &Arc<Server>,
    running: &Arc<Semaphore>,
    listener: &Arc<Listener>,
) -> std::io::Result<()> {
    let (server, running, listener) = (
        Arc::clone(server),
        Arc::clone(running),
        Arc::clone(listener),
    );
    let counted = Arc::clone(&server);
    counted.waiting.fetch_add(1, SeqCst);
    std::thread::Builder::new()
        .spawn(move || worker(&server, &running, &listener))
        .map(drop)
        .inspect_err(|_| {
            counted.waiting.fetch_sub(1, SeqCst);
        })
}

/// Accepts and serves connections, one at a time, until the server stops or
/// enough other workers wait.
fn worker(server: &Arc<Server>, running: &Arc<Semaphore>, listener: &Arc<Listener>) {
    loop {
        let stream = listener.accept();
        if server.stopping.load(SeqCst) {
            return;
        }
        if server.waiting.fetch_sub(1, SeqCst) == 1 {
            // Another waits before this one serves (a failure is retried by
            // the next connection).
            let _ = start_worker(server, running, listener);
        }
        match stream {
            Ok(stream) => serve_one(server, running, stream),
            // Out of descriptors, say: not a reason to spin.
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
        if server.waiting.fetch_add(1, SeqCst) >= SPARE_WORKERS {
            server.waiting.fetch_sub(1, SeqCst);
            return;
        }
    }
}

/// One connection; past the cap on connections, a 429 before anything is read.
fn serve_one(server: &Server, running: &Semaphore, mut stream: Stream) {
    if server.connections.fetch_add(1, SeqCst) >= server.max_connections {
        server.connections.fetch_sub(1, SeqCst);
        server.metrics.refusals.fetch_add(1, Relaxed);
        let body = json!({"error": "too many connections"}).to_string();
        let retry = [("Retry-After", "1".to_string())];
        http::respond(
            &mut stream,
            429,
            "application/json",
            &retry,
            body.as_bytes(),
        );
        return http::linger(&mut stream);
    }
    let _counted = Counted(&server.connections);
    connection(server, running, stream)
}

/// A counting semaphore: the jobs that may run at once.
struct Semaphore {
    free: std::sync::Mutex<usize>,
    changed: std::sync::Condvar,
}

impl Semaphore {
    fn new(n: usize) -> Semaphore {
        Semaphore {
            free: std::sync::Mutex::new(n),
            changed: std::sync::Condvar::new(),
        }
    }

    /// A permit, or None when none was free by `deadline`.
    fn acquire(&self, deadline: Instant) -> Option<Permit<'_>> {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            free = self
                .changed
                .wait_timeout(free, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        *free -= 1;
        Some(Permit(self))
    }
}

struct Permit<'a>(&'a Semaphore);

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.0.changed.notify_one();
    }
}

/// Holds one unit of a counter (admitted jobs, connections) while it lives.
struct Counted<'a>(&'a AtomicUsize);

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, SeqCst);
    }
}

fn connection(server: &Server, running: &Semaphore, mut stream: Stream) {
    let received = Instant::now();
    // Writes other than the answer's (`Stream::send`) are bounded too.
    let _ = stream.set_write_timeout(Some(transport::TAKEN_WITHIN));
    let request = match http::read_request(&mut stream, server.max_body, server.token.as_ref()) {
        Ok(request) => request,
        Err(Refused(401, why)) => {
            server.metrics.unauthorized.fetch_add(1, Relaxed);
            let body = json!({"error": why}).to_string();
            let challenge = [("WWW-Authenticate", "Bearer realm=\"pyjail\"".to_string())];
            http::respond(
                &mut stream,
                401,
                "application/json",
                &challenge,
                body.as_bytes(),
            );
            return http::linger(&mut stream);
        }
        Err(Refused(status, why)) => {
            error(&mut stream, status, &why);
            return http::linger(&mut stream);
        }
    };
    match (request.method.as_str(), request.path.as_str()) {
        ("GET", "/healthz") => {
            let (healthy, ready, last_error) = server.pool.healthy();
            let status = if healthy && !server.stopping.load(SeqCst) {
                200
            } else {
                503
            };
            let body = json!({"ok": status == 200, "ready": ready, "error": last_error});
            http::respond(
                &mut stream,
                status,
                "application/json",
                &[],
                body.to_string().as_bytes(),
            );
        }
        ("GET", "/metrics") => {
            let text = server.metrics.render(server.pool.size());
            http::respond(
                &mut stream,
                200,
                "text/plain; version=0.0.4",
                &[],
                text.as_bytes(),
            );
        }
        ("POST", "/v1/jobs") => job(server, running, &mut stream, &request, received),
        (method, path) => match (method, job_path(path)) {
            ("POST", Some((id, "signal"))) => signal(server, &mut stream, id, &request.body),
            ("POST", Some((id, "stdin"))) => stdin(server, &mut stream, id, &request.body),
            (_, Some((_, "signal" | "stdin"))) => error(&mut stream, 405, "method not allowed"),
            _ if matches!(path, "/healthz" | "/metrics" | "/v1/jobs") => {
                error(&mut stream, 405, "method not allowed")
            }
            _ => error(
                &mut stream,
                404,
                "no such endpoint: POST /v1/jobs, POST /v1/jobs/ID/signal, \
                 POST /v1/jobs/ID/stdin, GET /healthz, GET /metrics",
            ),
        },
    }
}

/// The ID and what follows it in a `/v1/jobs/ID/WHAT` path.
fn job_path(path: &str) -> Option<(&str, &str)> {
    path.strip_prefix("/v1/jobs/")?
        .split_once('/')
        .filter(|(_, what)| !what.contains('/'))
}

/// `POST /v1/jobs/ID/stdin`: the body goes on the stdin of the job in flight
/// submitted with that id and `stdin_open`, once the pipe takes it; an empty
/// body ends that stdin. 202 once written, with how many of the bytes the
/// program gets within the job's stdin limit (`kept`; the rest is cut, as a
/// cold run cuts its stdin); 404 when no such job is in flight;
/// 409 (with `Retry-After`) before the job is in its jail; 409 for a job
/// without `stdin_open` or whose stdin has ended; 410 when the program's
/// side is gone.
fn stdin(server: &Server, stream: &mut Stream, id: &str, body: &[u8]) {
    let Some(job) = server.in_flight.get(id) else {
        return error(stream, 404, "no job of that id is in flight");
    };
    let (status, why) = match job.feed(body) {
        Ok(kept) => {
            let body = json!({"id": id, "bytes": body.len(), "kept": kept}).to_string();
            return http::respond(stream, 202, "application/json", &[], body.as_bytes());
        }
        Err(NotFed::NotYet) => {
            let body = json!({"error": "the job is not in its jail yet"}).to_string();
            let retry = [("Retry-After", "1".to_string())];
            return http::respond(stream, 409, "application/json", &retry, body.as_bytes());
        }
        Err(NotFed::NotOpen) => (409, "the job was not submitted with stdin_open"),
        Err(NotFed::Ended) => (409, "the job's stdin has ended"),
        Err(NotFed::Closed) => (410, "the program's stdin is closed"),
    };
    error(stream, status, why)
}

/// `POST /v1/jobs/ID/signal` with `{"signal": "SIGTERM"}`: the job in
/// flight submitted with that id is stopped as a cold run is by that signal,
/// and answered as such on its own connection; with `SIGPIPE`, its program's
/// stdout is closed, whose reader has gone. 202 once the signal is on its
/// way, 404 when no job of that id is in flight (unknown, or answered).
fn signal(server: &Server, stream: &mut Stream, id: &str, body: &[u8]) {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Asked {
        signal: String,
    }
    let asked = serde_json::from_slice::<Asked>(body)
        .map_err(|e| format!("the signal: {e}"))
        .and_then(|asked| in_flight::job_signal(&asked.signal));
    let signal = match asked {
        Ok(signal) => signal,
        Err(why) => return error(stream, 400, &why),
    };
    if !server.in_flight.signal(id, signal) {
        return error(stream, 404, "no job of that id is in flight");
    }
    server.metrics.signals.fetch_add(1, Relaxed);
    let body = json!({"id": id, "signal": signal.as_str()}).to_string();
    http::respond(stream, 202, "application/json", &[], body.as_bytes());
}

fn error(stream: &mut Stream, status: u16, why: &str) {
    let body = json!({"error": why}).to_string();
    http::respond(stream, status, "application/json", &[], body.as_bytes());
}

fn job(
    server: &Server,
    running: &Semaphore,
    stream: &mut Stream,
    request: &http::Request,
    received: Instant,
) {
    let body = &request.body;
    let bad = |stream: &mut Stream, why: String| {
        server.metrics.jobs_bad_request.fetch_add(1, Relaxed);
        error(stream, 400, &why);
    };
    let api: ApiJob = match serde_json::from_slice(body) {
        Ok(api) => api,
        Err(err) => return bad(stream, format!("the job: {err}")),
    };
    let job = match api.to_job(&server.profile) {
        Ok(job) => job,
        Err(JailError::Input(why)) => return bad(stream, why),
        Err(err) => return bad(stream, err.to_string()),
    };
    if let Some(why) = api.id.as_deref().and_then(in_flight::bad_id) {
        return bad(stream, why);
    }
    if api.stdin_open && api.id.is_none() {
        return bad(
            stream,
            "stdin_open: the job needs an id to be fed by".into(),
        );
    }
    if server.stopping.load(SeqCst) {
        return error(stream, 503, "the server is shutting down");
    }
    if server.admitted.fetch_add(1, SeqCst) >= server.capacity {
        server.admitted.fetch_sub(1, SeqCst);
        server.metrics.refusals.fetch_add(1, Relaxed);
        let body = json!({"error": "every jail is busy and the queue is full"}).to_string();
        return http::respond(
            stream,
            429,
            "application/json",
            &[("Retry-After", "1".into())],
            body.as_bytes(),
        );
    }
    let _admitted = Counted(&server.admitted);
    // Listed from here until answered: a signal for it may come while it
    // waits for a jail, and is passed on once the job is sent.
    let listed = match api.id.as_deref().map(|id| {
        // The job's stdin limit counts what came with it and what is fed.
        let room = job.limits.stdin.saturating_sub(job.stdin.len() as u64);
        server.in_flight.list(id, api.stdin_open.then_some(room))
    }) {
        None => None,
        Some(Ok(listed)) => Some(listed),
        Some(Err(Unlisted::Taken)) => {
            return error(stream, 409, "a job of that id is already in flight")
        }
        Some(Err(Unlisted::Failed(err))) => return error(stream, 503, &err.to_string()),
    };
    // A job waits for a jail at most its own wall-clock limit.
    let deadline = Instant::now() + job.limits.wall;
    server.metrics.queued.fetch_add(1, Relaxed);
    let Some(permit) = running.acquire(deadline) else {
        server.metrics.queued.fetch_sub(1, Relaxed);
        return error(
            stream,
            503,
            "no jail became free within the job's timeout: every one is busy",
        );
    };
    // One line for the helper, whatever the client's formatting.
    let line = serde_json::to_vec(&api).unwrap_or_default();
    // A streamed job's answer starts with its first piece of output: its
    // status is known by then (the job runs).
    let answer_started = std::cell::Cell::new(false);
    // Once a write has failed (or timed out), nothing more is written.
    let client_failed = std::cell::Cell::new(false);
    let shared: &Stream = stream;
    let mut pass_on = |piece: &[u8]| {
        let mut line = piece.to_vec();
        line.push(b'\n');
        let written = !client_failed.get()
            && (answer_started.replace(true) || http::start_chunks(shared).is_ok())
            && http::chunk(shared, &line).is_ok();
        client_failed.set(!written);
        written
    };
    // A TCP client killed while it waits sends FIN, as one that merely
    // stopped sending does; data written to a closed socket is answered
    // with a reset, which tells the two apart. Before the answer starts an
    // interim 100 Continue is harmless; within a stream, an empty piece.
    let tcp_probe = matches!(shared, Stream::Tcp(_)) && request.minor == 1;
    let mut probe = || {
        let written = !client_failed.get()
            && match answer_started.get() {
                true => http::chunk(shared, &Piece::nothing(Output::Stdout).encode()).is_ok(),
                false => shared.send(http::CONTINUE).is_ok(),
            };
        client_failed.set(!written);
        written
    };
    let mut answer: Result<(Vec<u8>, Said), String> = Err(String::new());
    // A jail that ended while it waited (it should not) says so instead of
    // taking the job; the job then goes to the next jail, once.
    let mut queued = true;
    for _ in 0..2 {
        let helper = server.pool.take(deadline);
        if std::mem::take(&mut queued) {
            server.metrics.queued.fetch_sub(1, Relaxed);
        }
        let helper = match helper {
            Ok(helper) => helper,
            Err(why) => return error(stream, 503, &why),
        };
        server.metrics.running.fetch_add(1, Relaxed);
        // The helper enforces the job's wall clock; this only bounds a
        // helper that stopped answering.
        let awaiting = pool::Awaiting {
            client: shared.as_fd(),
            controls: listed.as_ref().map(|listed| listed.controls()),
            pieces: api.stream.then_some(&mut pass_on as &mut pool::PassOn),
            probe: tcp_probe.then_some(&mut probe as &mut pool::Probe),
        };
        let until = Instant::now() + job.limits.wall + Duration::from_secs(10);
        answer = helper
            .run(&line, &server.pool, until, awaiting)
            .and_then(|line| {
                let said = serde_json::from_slice::<Said>(&line)
                    .map_err(|e| format!("the helper's answer: {e}"))?;
                Ok((line, said))
            });
        server.metrics.running.fetch_sub(1, Relaxed);
        if !answer.as_ref().is_ok_and(|(_, said)| said.retry) {
            break;
        }
    }
    drop(permit);
    if client_failed.get() || pool::gone(stream.as_fd()) {
        // Nobody to answer (gone, or took nothing of its stream): its job
        // was not run, or was stopped (a cold run's Ctrl-C does the same).
        server.metrics.jobs_abandoned.fetch_add(1, Relaxed);
        return;
    }
    // Once a streamed answer has started, an error is its last line.
    let fail = |stream: &mut Stream, why: &str| {
        server.metrics.jobs_refused_setup.fetch_add(1, Relaxed);
        match (answer_started.get(), client_failed.get()) {
            (_, true) => {} // nobody takes it
            (true, false) => {
                let line = json!({"error": why}).to_string() + "\n";
                let _ =
                    http::chunk(stream, line.as_bytes()).and_then(|()| http::end_chunks(stream));
            }
            (false, false) => error(stream, 503, why),
        }
    };
    let (mut body, said) = match answer {
        Ok((body, said)) if said.exit.is_some() => (body, said),
        Ok((_, said)) => {
            return fail(
                stream,
                &said.error.unwrap_or_else(|| "the helper failed".into()),
            )
        }
        Err(why) => return fail(stream, &why),
    };
    if said.error.is_none() {
        server.metrics.jobs_ok.fetch_add(1, Relaxed);
    } else {
        server.metrics.jobs_refused_setup.fetch_add(1, Relaxed);
    }
    for limit in &said.result.limits_hit {
        server.metrics.limit_hit(limit);
    }
    server.metrics.observe(received.elapsed().as_secs_f64());
    // The helper's line as it is: only the fields above are looked at, the
    // output in it is not decoded and encoded again.
    if api.stream {
        body.push(b'\n');
        // A client that went away is not told.
        if !client_failed.get() && (answer_started.get() || http::start_chunks(stream).is_ok()) {
            let _ = http::chunk(stream, &body).and_then(|()| http::end_chunks(stream));
        }
    } else {
        http::respond(stream, 200, "application/json", &[], &body);
    }
}

/// What the server looks at in a helper's answer line (the rest is skipped
/// unparsed and passed on).
#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct Said {
    /// Present in an answer to a job; absent when the helper could not take it.
    exit: Option<u8>,
    error: Option<String>,
    /// The jail ended while it waited: the job may go to another.
    retry: bool,
    result: SaidResult,
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct SaidResult {
    limits_hit: Vec<String>,
}
