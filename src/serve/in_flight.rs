//! Jobs in flight, by the `id` their client gave them, from admission to
//! answer: what may be asked of a job while it runs.
//! - `POST /v1/jobs/{id}/signal`: a stop signal, handed to the thread
//!   waiting for the job's answer, which passes it on to the job's helper,
//!   whose jail then stops as a cold run's does on that signal (`pyjail run
//!   --server` forwards its own stop signals this way); or SIGPIPE, which
//!   says that whoever reads the job's stdout has gone
//!   ([`jail::supervisor::READER_GONE`]: `pyjail run --server` sends it when
//!   its own stdout breaks).
//! - `POST /v1/jobs/{id}/stdin`: more of the program's stdin, for a job
//!   submitted with `stdin_open`: written into the helper's stdin (handed
//!   over once the job is sent), where the job's supervisor streams it on as
//!   the program reads; an empty body ends it. A write waits for the pipe:
//!   a program that does not read holds its feeder back.
//!
//! The id is all it takes to act on a job, so it must be unguessable: the
//! client draws it at random ([`new_id`]), and short ids are refused.

use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::os::fd::{AsFd, BorrowedFd};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering::SeqCst};
use std::sync::{Arc, Mutex};

use nix::sys::eventfd::{EfdFlags, EventFd};
use nix::sys::signal::Signal;

/// Shortest and longest job id (32 characters: 128 random bits in hex).
const ID_LENGTHS: std::ops::RangeInclusive<usize> = 32..=64;

/// Why an id cannot name a job; None when it can.
pub fn bad_id(id: &str) -> Option<String> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if !ID_LENGTHS.contains(&id.len()) || !id.chars().all(allowed) {
        return Some(format!(
            "id: {}-{} characters of A-Z, a-z, 0-9, '-' and '_' (it is all it takes to \
             stop the job: draw it at random)",
            ID_LENGTHS.start(),
            ID_LENGTHS.end()
        ));
    }
    None
}

/// A fresh id: 128 bits from the kernel's random source, in hex.
pub fn new_id() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    jail::ids::random_bytes(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The signals a job may be sent: those that stop a cold run, and
/// [`jail::supervisor::READER_GONE`].
pub fn job_signal(name: &str) -> Result<Signal, String> {
    jail::supervisor::job_signals()
        .find(|signal| signal.as_str() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = jail::supervisor::job_signals()
                .map(|s| s.as_str())
                .collect();
            format!("signal: one of {}", names.join(", "))
        })
}

/// What may be asked of one job in flight: the last stop signal asked for
/// and whether the reader of its stdout has gone (with an eventfd that the
/// thread awaiting the job's answer polls), and its open stdin.
pub struct Controls {
    stop: AtomicI32,
    reader_gone: AtomicBool,
    asked: EventFd,
    stdin: Mutex<OpenStdin>,
}

/// A job's stdin as `POST /v1/jobs/{id}/stdin` sees it.
struct OpenStdin {
    /// The job was submitted with `stdin_open`.
    open: bool,
    /// Bytes its stdin limit still leaves room for: what is fed past them is
    /// cut, as a cold run cuts its stdin.
    room: u64,
    /// The helper's stdin, once the job is sent; None again once ended.
    pipe: Option<File>,
    ended: bool,
}

/// Why bytes could not be fed to a job's stdin.
pub enum NotFed {
    /// Submitted without `stdin_open`.
    NotOpen,
    /// Its end was already given.
    Ended,
    /// Not sent to its jail yet: ask again.
    NotYet,
    /// The program's side is gone (it ended, or its stdin was cut).
    Closed,
}

impl Controls {
    /// `stdin_room`: for a job submitted with `stdin_open`, the bytes its
    /// stdin limit leaves for what is fed.
    fn new(stdin_room: Option<u64>) -> nix::Result<Controls> {
        Ok(Controls {
            stop: AtomicI32::new(0),
            reader_gone: AtomicBool::new(false),
            asked: EventFd::from_flags(EfdFlags::EFD_CLOEXEC | EfdFlags::EFD_NONBLOCK)?,
            stdin: Mutex::new(OpenStdin {
                open: stdin_room.is_some(),
                room: stdin_room.unwrap_or(0),
                pipe: None,
                ended: false,
            }),
        })
    }

    fn ask(&self, signal: Signal) {
        if signal == jail::supervisor::READER_GONE {
            self.reader_gone.store(true, SeqCst);
        } else {
            self.stop.store(signal as i32, SeqCst);
        }
        // Only fails past 2^64-2 unread requests.
        let _ = self.asked.write(1);
    }

    /// Readable once a signal has been asked for.
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.asked.as_fd()
    }

    /// The signals asked for since the last call: the reader's going
    /// first, then the last stop signal (a later one replaces an earlier).
    pub fn take_signals(&self) -> Vec<libc::c_int> {
        if self.asked.read().is_err() {
            return Vec::new();
        }
        let reader_gone = self.reader_gone.swap(false, SeqCst);
        let stop = self.stop.swap(0, SeqCst);
        let reader_gone = reader_gone.then_some(jail::supervisor::READER_GONE as libc::c_int);
        reader_gone
            .into_iter()
            .chain((stop != 0).then_some(stop))
            .collect()
    }

    fn stdin(&self) -> std::sync::MutexGuard<'_, OpenStdin> {
        self.stdin.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn stdin_open(&self) -> bool {
        self.stdin().open
    }

    /// The job is sent: the rest of its stdin goes to `pipe`.
    pub fn stdin_goes_to(&self, pipe: Option<File>) {
        let mut stdin = self.stdin();
        if !stdin.ended {
            stdin.pipe = pipe;
        }
    }

    /// Feeds `bytes` to the job's stdin (waiting for the pipe to take them:
    /// one feed at a time, in order); no bytes end it. How many the program
    /// gets: those within its stdin limit. All are written, so that the
    /// job's own count records the cut.
    pub fn feed(&self, bytes: &[u8]) -> Result<u64, NotFed> {
        let mut stdin = self.stdin();
        if !stdin.open {
            return Err(NotFed::NotOpen);
        }
        if stdin.ended {
            return Err(NotFed::Ended);
        }
        let Some(pipe) = stdin.pipe.as_mut() else {
            return Err(NotFed::NotYet);
        };
        if bytes.is_empty() {
            stdin.ended = true;
            stdin.pipe = None;
            return Ok(0);
        }
        pipe.write_all(bytes).map_err(|_| NotFed::Closed)?;
        let kept = stdin.room.min(bytes.len() as u64);
        stdin.room -= kept;
        Ok(kept)
    }
}

/// The jobs in flight that have an id.
#[derive(Default)]
pub struct Running {
    jobs: Mutex<HashMap<String, Arc<Controls>>>,
}

/// Why a job cannot be listed.
pub enum Unlisted {
    Taken,
    Failed(nix::Error),
}

impl Running {
    /// Lists the job `id` until the returned guard is dropped.
    pub fn list(&self, id: &str, stdin_room: Option<u64>) -> Result<Listed<'_>, Unlisted> {
        let mut jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        if jobs.contains_key(id) {
            return Err(Unlisted::Taken);
        }
        let controls = Arc::new(Controls::new(stdin_room).map_err(Unlisted::Failed)?);
        jobs.insert(id.to_string(), Arc::clone(&controls));
        Ok(Listed {
            running: self,
            id: id.to_string(),
            controls,
        })
    }

    /// The controls of the job `id`, when it is in flight.
    pub fn get(&self, id: &str) -> Option<Arc<Controls>> {
        let jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        jobs.get(id).cloned()
    }

    /// Sends the job `id` `signal` ([`job_signal`]); false when no such job
    /// is in flight.
    pub fn signal(&self, id: &str, signal: Signal) -> bool {
        self.get(id).map(|job| job.ask(signal)).is_some()
    }
}

/// A job listed in [`Running`] while this lives.
pub struct Listed<'a> {
    running: &'a Running,
    id: String,
    controls: Arc<Controls>,
}

impl Listed<'_> {
    pub fn controls(&self) -> &Controls {
        &self.controls
    }
}

impl Drop for Listed<'_> {
    fn drop(&mut self) {
        let mut jobs = self.running.jobs.lock().unwrap_or_else(|e| e.into_inner());
        jobs.remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_long_plain_and_fresh() {
        let (a, b) = (new_id().unwrap(), new_id().unwrap());
        assert_eq!(bad_id(&a), None);
        assert_ne!(a, b);
        for bad in [
            "",
            "short",
            &"a".repeat(65),
            &format!("{}/x", "a".repeat(40)),
        ] {
            assert!(bad_id(bad).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn a_listed_job_takes_its_signals_and_leaves_with_its_guard() {
        let running = Running::default();
        let id = new_id().unwrap();
        let listed = running.list(&id, None).ok().unwrap();
        assert!(matches!(running.list(&id, None), Err(Unlisted::Taken)));
        assert!(listed.controls().take_signals().is_empty());
        assert!(running.signal(&id, Signal::SIGINT));
        assert!(running.signal(&id, Signal::SIGTERM));
        assert_eq!(listed.controls().take_signals(), [libc::SIGTERM]);
        assert!(listed.controls().take_signals().is_empty());
        // The reader's going is not lost behind a stop signal, nor one behind it.
        assert!(running.signal(&id, Signal::SIGINT));
        assert!(running.signal(&id, Signal::SIGPIPE));
        assert_eq!(
            listed.controls().take_signals(),
            [libc::SIGPIPE, libc::SIGINT]
        );
        assert!(running.signal(&id, Signal::SIGPIPE));
        assert_eq!(listed.controls().take_signals(), [libc::SIGPIPE]);
        assert!(listed.controls().take_signals().is_empty());
        drop(listed);
        assert!(!running.signal(&id, Signal::SIGTERM));
        assert!(running.list(&id, None).is_ok());
    }

    #[test]
    fn an_open_stdin_is_fed_in_order_once_the_job_is_sent_until_its_end() {
        let running = Running::default();
        let closed = running.list(&new_id().unwrap(), None).ok().unwrap();
        assert!(matches!(closed.controls().feed(b"x"), Err(NotFed::NotOpen)));
        let listed = running.list(&new_id().unwrap(), Some(6)).ok().unwrap();
        let controls = listed.controls();
        assert!(matches!(controls.feed(b"early"), Err(NotFed::NotYet)));
        let (read, write) = nix::unistd::pipe().unwrap();
        controls.stdin_goes_to(Some(File::from(write)));
        assert!(matches!(controls.feed(b"one "), Ok(4)));
        // Past the limit: written (the job counts the cut), not kept.
        assert!(matches!(controls.feed(b"two"), Ok(2)));
        assert!(matches!(controls.feed(b"three"), Ok(0)));
        assert!(matches!(controls.feed(b""), Ok(0)));
        assert!(matches!(controls.feed(b"late"), Err(NotFed::Ended)));
        let mut fed = String::new();
        std::io::Read::read_to_string(&mut File::from(read), &mut fed).unwrap();
        assert_eq!(fed, "one twothree");
        // The program's side gone: the feed says so.
        let listed = running.list(&new_id().unwrap(), Some(1)).ok().unwrap();
        let (read, write) = nix::unistd::pipe().unwrap();
        drop(read);
        listed.controls().stdin_goes_to(Some(File::from(write)));
        assert!(matches!(listed.controls().feed(b"x"), Err(NotFed::Closed)));
    }

    #[test]
    fn only_stop_signals_and_the_readers_going_are_sent() {
        assert_eq!(job_signal("SIGINT"), Ok(Signal::SIGINT));
        assert_eq!(job_signal("SIGQUIT"), Ok(Signal::SIGQUIT));
        assert_eq!(job_signal("SIGPIPE"), Ok(Signal::SIGPIPE));
        for bad in ["SIGKILL", "SIGSTOP", "SIGUSR1", "TERM", "15", ""] {
            assert!(job_signal(bad).is_err(), "{bad}");
        }
    }
}
