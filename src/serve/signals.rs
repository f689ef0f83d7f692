//! Stop signals for jobs in flight: `POST /v1/jobs/{id}/signal`. A job
//! submitted with an `id` is listed here until it is answered; a signal for
//! it is handed to the thread waiting for its answer, which passes it on to
//! the job's helper, whose jail then stops as a cold run's does on that
//! signal (`pyjail run --server` forwards its own stop signals this way).
//! The id is all it takes to stop a job, so it must be unguessable: the
//! client draws it at random ([`new_id`]), and short ids are refused.

use std::collections::HashMap;
use std::os::fd::{AsFd, BorrowedFd};
use std::sync::atomic::{AtomicI32, Ordering::SeqCst};
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

/// The signals a job may be sent: those that stop a cold run.
pub fn stop_signal(name: &str) -> Result<Signal, String> {
    jail::supervisor::STOP_SIGNALS
        .into_iter()
        .find(|signal| signal.as_str() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = jail::supervisor::STOP_SIGNALS
                .iter()
                .map(|s| s.as_str())
                .collect();
            format!("signal: one of {}", names.join(", "))
        })
}

/// The stop requests of one job: the last signal asked for, and an eventfd
/// that the thread awaiting the job's answer polls.
pub struct Stop {
    signal: AtomicI32,
    asked: EventFd,
}

impl Stop {
    fn new() -> nix::Result<Stop> {
        Ok(Stop {
            signal: AtomicI32::new(0),
            asked: EventFd::from_flags(EfdFlags::EFD_CLOEXEC | EfdFlags::EFD_NONBLOCK)?,
        })
    }

    fn ask(&self, signal: Signal) {
        self.signal.store(signal as i32, SeqCst);
        // Only fails past 2^64-2 unread requests.
        let _ = self.asked.write(1);
    }

    /// Readable once a signal has been asked for.
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.asked.as_fd()
    }

    /// The signal asked for since the last call, if any.
    pub fn take(&self) -> Option<libc::c_int> {
        self.asked.read().ok().map(|_| self.signal.load(SeqCst))
    }
}

/// The jobs in flight that have an id.
#[derive(Default)]
pub struct Running {
    jobs: Mutex<HashMap<String, Arc<Stop>>>,
}

/// Why a job cannot be listed.
pub enum Unlisted {
    Taken,
    Failed(nix::Error),
}

impl Running {
    /// Lists the job `id` until the returned guard is dropped.
    pub fn list(&self, id: &str) -> Result<Listed<'_>, Unlisted> {
        let mut jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        if jobs.contains_key(id) {
            return Err(Unlisted::Taken);
        }
        let stop = Arc::new(Stop::new().map_err(Unlisted::Failed)?);
        jobs.insert(id.to_string(), Arc::clone(&stop));
        Ok(Listed {
            running: self,
            id: id.to_string(),
            stop,
        })
    }

    /// Asks the job `id` to stop with `signal`; false when no such job is in
    /// flight.
    pub fn signal(&self, id: &str, signal: Signal) -> bool {
        let jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        match jobs.get(id) {
            Some(stop) => {
                stop.ask(signal);
                true
            }
            None => false,
        }
    }
}

/// A job listed in [`Running`] while this lives.
pub struct Listed<'a> {
    running: &'a Running,
    id: String,
    stop: Arc<Stop>,
}

impl Listed<'_> {
    pub fn stop(&self) -> &Stop {
        &self.stop
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
        let listed = running.list(&id).ok().unwrap();
        assert!(matches!(running.list(&id), Err(Unlisted::Taken)));
        assert_eq!(listed.stop().take(), None);
        assert!(running.signal(&id, Signal::SIGINT));
        assert!(running.signal(&id, Signal::SIGTERM));
        assert_eq!(listed.stop().take(), Some(libc::SIGTERM));
        assert_eq!(listed.stop().take(), None);
        drop(listed);
        assert!(!running.signal(&id, Signal::SIGTERM));
        assert!(running.list(&id).is_ok());
    }

    #[test]
    fn only_stop_signals_are_sent() {
        assert_eq!(stop_signal("SIGINT"), Ok(Signal::SIGINT));
        assert_eq!(stop_signal("SIGQUIT"), Ok(Signal::SIGQUIT));
        for bad in ["SIGKILL", "SIGSTOP", "TERM", "15", ""] {
            assert!(stop_signal(bad).is_err(), "{bad}");
        }
    }
}
