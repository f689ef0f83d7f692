//! The supervisor's side of seccomp user notification: every call the filter
//! refuses is first reported here by the kernel (name, arguments, pid), then
//! answered with `EPERM`. The program cannot forge these records, and it
//! cannot hide a denial from the count either:
//!
//! A task waiting for its answer can be interrupted by a signal until the
//! supervisor has read the notification; the kernel then withdraws it and the
//! call returns EINTR (or is restarted). The kernel's count of pending
//! notifications is raised when a notification is queued and lowered only by a
//! read (`SECCOMP_IOCTL_NOTIF_RECV`); a read that finds only withdrawn ones
//! fails with ENOENT. A dedicated thread blocked in that read therefore sees
//! every notification exactly once, as a record or as ENOENT, and it is
//! stopped only once the count is drained. That needs a task still holding
//! the filter: once none does (a task lets go when it exits, before it is
//! reaped), a read fails with ENOENT at once and the count is lost. So the
//! jail's pid 1, which holds the filter too, kills and reaps every other task
//! when the program ends and waits; the supervisor drains the count, then
//! kills it (`sandbox::init`). A signal interrupts the read only when no
//! notification is pending, so the read that the supervisor's stop signal
//! interrupts is the last.
//!
//! The thread also answers at once, so that a flood never stalls the jail, and
//! the record is bounded: denials are grouped by name, with a few argument
//! lists per name.
//!
//! The same listener shows the supervisor the calls the jail allows but
//! watches (program starts, writes and other changes of paths: see
//! `seccomp.rs`, `watched.rs`). Which a notification is, the installed
//! program says when run on the call ([`crate::seccomp::Program::watches`]);
//! a watched call is read, recorded and let continue. A watched call a
//! signal interrupts before it is read is withdrawn like a denial: the
//! count of withdrawn notifications covers both, and cannot tell them apart.
//!
//! Ordinary programs withdraw notifications too: a pool that terminates its
//! workers while one still opens a semaphore, the jail's own end of the
//! processes left when the program ends. Sending a signal is watched
//! (`seccomp::WATCHED_WHEN_SIGNALLING`), and is seen before the kernel
//! delivers it. Before it goes out, every notification already queued is
//! read and answered, so that a signal seldom finds a call still unread (a
//! worker's graceful SIGTERM while it opens its log); each withdrawal that
//! still follows a signal which will end a task is counted apart
//! (`endings.rs`): a withdrawal with no such signal before it is one the
//! program made happen some other way, or a race with a handled signal.
//! The jail's own watched calls, made before any of the program's code
//! exists, are not recorded ([`Prologue`]): in a cold run, pid 1's start of
//! the interpreter; in a warm or forked jail, everything up to the
//! prelude's mark that the job's files are written ([`JOB_MARK_MODE`]).

use std::collections::HashMap;
use std::io;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crate::endings::{self, Endings, Target};
use crate::outcome::{DeniedArgs, DeniedCalls, DeniedName, WatchedCalls};
use crate::seccomp::{Program, AUDIT_ARCH_X86_64};
use crate::{syscall_table, watched};

/// Distinct argument lists kept per call name; the rest are counted.
pub const ARG_SAMPLES: usize = 8;
const AUDIT_ARCH_I386: u32 = 0x4000_0003;
const X32_BIT: i32 = 0x4000_0000;
/// `SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP`.
const SYNC_WAKE_UP: libc::c_ulong = 1;
/// i386 numbers kept apart; above this they share `i386:unknown`.
const I386_NUMBERS: i32 = 512;
/// Before a signal goes out: the most notifications read in one drain, and
/// the most drains and judgements (`Listener::judge_signal`).
const DRAIN_LIMIT: usize = 64;
const JUDGEMENTS: usize = 4;

/// The prelude's mark, in a warm or forked jail, that the job's files are
/// written and the program comes next (`_job` in the prelude spells the same
/// numbers): an open of the empty path with [`JOB_MARK_FLAGS`] and this
/// mode. Run, the kernel would fail it (ENOENT); the listener answers it
/// itself with [`JOB_MARK_ANSWER`], which the prelude checks, so a mark the
/// listener did not take ends the job before its program starts.
pub const JOB_MARK_MODE: u32 = 0x6a6f_6221;
pub const JOB_MARK_FLAGS: i32 = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_CLOEXEC;
pub const JOB_MARK_ANSWER: i64 = 0x5059_4a4c;

/// Where the jail's own watched calls end: they come before any of the
/// program's code exists and are not recorded. A program cannot end a
/// prologue early (its code runs after it) nor start one again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prologue {
    /// A cold run: pid 1's start of the interpreter, the first program start.
    InterpreterStart,
    /// A warm or forked jail: everything up to the prelude's job mark (the
    /// interpreter's start in a warm jail, the job's directories and files).
    UntilJobMark,
    /// Every watched call from here on is the program's.
    Over,
}

pub struct Listener {
    fd: OwnedFd,
    /// Receive buffer as large as the kernel's `struct seccomp_notif`.
    buffer: Vec<u64>,
    /// The program the jail installed, before notifications were added.
    program: Program,
    prologue: Prologue,
    endings: Endings,
    /// Reading what was queued before a signal goes out: a signal met then
    /// is judged without a drain of its own.
    draining: bool,
}

/// What one read of the listener gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    /// A denied call, now recorded and answered.
    Answered,
    /// A watched call, now recorded (when it was still waiting) and let run.
    Continued,
    /// A notification the kernel withdrew before we read it (ENOENT).
    Withdrawn,
    /// A signal interrupted the read itself: no notification was pending.
    Interrupted,
    /// No task holds the filter any more: nothing more can be read or
    /// counted (a read now fails with ENOENT at once).
    HungUp,
}

impl Listener {
    /// The listener of a jail that installed `program` (with notifications)
    /// and has yet to make the calls of its `prologue`.
    pub fn new(fd: OwnedFd, program: Program, prologue: Prologue) -> Listener {
        let mut sizes = libc::seccomp_notif_sizes {
            seccomp_notif: 0,
            seccomp_notif_resp: 0,
            seccomp_data: 0,
        };
        // SAFETY: SECCOMP_GET_NOTIF_SIZES fills the struct we pass.
        unsafe {
            libc::syscall(
                libc::SYS_seccomp,
                libc::SECCOMP_GET_NOTIF_SIZES,
                0,
                &mut sizes,
            )
        };
        let bytes =
            usize::from(sizes.seccomp_notif).max(std::mem::size_of::<libc::seccomp_notif>());
        // A watched call waits for our answer: ask the kernel (6.6+) to hand
        // the CPU straight to the reader and back, rather than waking it on
        // another CPU. Older kernels refuse the flag; it only costs time.
        // SAFETY: the ioctl reads the flags value it is given.
        unsafe {
            libc::ioctl(
                fd.as_raw_fd(),
                libc::SECCOMP_IOCTL_NOTIF_SET_FLAGS,
                SYNC_WAKE_UP,
            )
        };
        Listener {
            fd,
            buffer: vec![0; bytes.div_ceil(8)],
            program,
            prologue,
            endings: Endings::default(),
            draining: false,
        }
    }

    /// Waits for the next notification and records it in `log`; answers a
    /// denial with EPERM, lets a watched call continue.
    pub fn receive(&mut self, log: &mut Record) -> io::Result<Received> {
        self.buffer.fill(0);
        // SAFETY: the buffer is zeroed and at least as large as the kernel's struct.
        let rc = unsafe {
            libc::ioctl(
                self.fd.as_raw_fd(),
                libc::SECCOMP_IOCTL_NOTIF_RECV,
                self.buffer.as_mut_ptr(),
            )
        };
        if rc < 0 {
            let err = io::Error::last_os_error();
            return match err.raw_os_error() {
                Some(libc::ENOENT) if self.hung_up() => Ok(Received::HungUp),
                Some(libc::ENOENT) => {
                    log.calls.withdrawn += 1;
                    if self.endings.withdrawn() {
                        log.calls.withdrawn_after_endings += 1;
                    }
                    Ok(Received::Withdrawn)
                }
                Some(libc::EINTR) => Ok(Received::Interrupted),
                _ => Err(err),
            };
        }
        // SAFETY: the kernel filled a seccomp_notif at the start of the buffer.
        let notif: libc::seccomp_notif = unsafe { std::ptr::read(self.buffer.as_ptr().cast()) };
        if self.program.watches(&notif.data) {
            let data = &notif.data;
            let exec = [libc::SYS_execve, libc::SYS_execveat].contains(&i64::from(data.nr));
            let mut answer = libc::seccomp_notif_resp {
                id: notif.id,
                val: 0,
                error: 0,
                flags: libc::SECCOMP_USER_NOTIF_FLAG_CONTINUE as u32,
            };
            match self.prologue {
                Prologue::InterpreterStart if exec => self.prologue = Prologue::Over,
                Prologue::UntilJobMark if is_job_mark(data) => {
                    self.prologue = Prologue::Over;
                    answer.val = JOB_MARK_ANSWER;
                    answer.flags = 0;
                }
                Prologue::UntilJobMark => {}
                Prologue::InterpreterStart | Prologue::Over => match endings::signal_of(data) {
                    Some((signal, target)) => {
                        let threads = self.judge_signal(notif.pid, signal, target, log);
                        self.endings.ended(threads);
                    }
                    None => self.watch(&notif, log),
                },
            }
            self.answer(&answer);
            return Ok(Received::Continued);
        }
        log.add(&notif);
        self.answer(&libc::seccomp_notif_resp {
            id: notif.id,
            val: 0,
            error: -libc::EPERM,
            flags: 0,
        });
        Ok(Received::Answered)
    }

    /// The threads a signal from task `caller` will end while they wait for
    /// us (`endings.rs`), judged once nothing else is queued. What is queued
    /// when a signal goes out is withdrawn if the signal interrupts its task,
    /// and a signal the task handles (a worker's graceful SIGTERM, while it
    /// opens its log) accounts for no withdrawal: so each queued
    /// notification is read and answered first, and the judgement is made
    /// again while more came in meanwhile (bounded: a flood still lets the
    /// signal go). The last judgement counts: it sees what stays unread.
    /// When it finds no thread to count, what came in while it was made is
    /// read too: no count can then be wrong.
    fn judge_signal(&mut self, caller: u32, signal: i32, target: Target, log: &mut Record) -> u64 {
        let judge =
            |program: &Program| endings::waiting_threads_ended(caller, signal, target, program);
        if self.draining {
            return judge(&self.program);
        }
        let mut round = 0;
        loop {
            self.drain(log);
            let threads = judge(&self.program);
            round += 1;
            if threads == 0 {
                // Nothing a drain could make wrong: what came in while we
                // judged is read now, not left to the signal.
                self.drain(log);
                return 0;
            }
            if round == JUDGEMENTS || !self.pending() {
                return threads;
            }
        }
    }

    /// Reads and answers what is queued now, up to [`DRAIN_LIMIT`].
    fn drain(&mut self, log: &mut Record) {
        self.draining = true;
        for _ in 0..DRAIN_LIMIT {
            if !self.pending() {
                break;
            }
            match self.receive(log) {
                Ok(Received::HungUp | Received::Interrupted) | Err(_) => break,
                Ok(_) => {}
            }
        }
        self.draining = false;
    }

    /// Whether a notification waits to be read (a read would not block).
    fn pending(&self) -> bool {
        self.poll() & libc::POLLIN != 0
    }

    /// Records a watched call the task still waits on. Read first, then
    /// checked: a notification still valid after the read means the task
    /// read is the one that made the call (its pid was not reused).
    fn watch(&self, notif: &libc::seccomp_notif, log: &mut Record) {
        let seen = watched::read(notif.pid, &notif.data);
        // SAFETY: the ioctl reads the u64 id we pass.
        let valid = unsafe {
            libc::ioctl(
                self.fd.as_raw_fd(),
                libc::SECCOMP_IOCTL_NOTIF_ID_VALID,
                &notif.id,
            )
        } == 0;
        if let Some(seen) = seen.filter(|_| valid) {
            log.watched.add(seen);
        }
    }

    fn answer(&self, resp: &libc::seccomp_notif_resp) {
        loop {
            // SAFETY: resp is a valid seccomp_notif_resp. ENOENT: the caller
            // is gone or was interrupted after we read it (it is recorded).
            let rc =
                unsafe { libc::ioctl(self.fd.as_raw_fd(), libc::SECCOMP_IOCTL_NOTIF_SEND, resp) };
            // The send takes a lock interruptibly: a stray signal must not
            // leave the caller waiting for an answer that never comes.
            if rc == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                return;
            }
        }
    }

    /// No task holds the filter any more: a read fails with ENOENT at once.
    fn hung_up(&self) -> bool {
        self.poll() & libc::POLLHUP != 0
    }

    /// The listener's poll events now, without waiting.
    fn poll(&self) -> libc::c_short {
        let mut fds = [libc::pollfd {
            fd: self.fd.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        }];
        // SAFETY: polling one fd we own, without waiting.
        unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) };
        fds[0].revents
    }
}

impl AsFd for Listener {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

/// The prelude's job mark ([`JOB_MARK_MODE`]), made by a native x86-64 call.
fn is_job_mark(call: &libc::seccomp_data) -> bool {
    call.arch == AUDIT_ARCH_X86_64
        && i64::from(call.nr) == libc::SYS_openat
        && call.args[0] as i32 == libc::AT_FDCWD
        && call.args[2] as i32 == JOB_MARK_FLAGS
        && call.args[3] as u32 == JOB_MARK_MODE
}

/// The denied and the watched calls being recorded, grouped as they arrive.
#[derive(Default)]
pub struct Record {
    pub calls: DeniedCalls,
    index: HashMap<(&'static str, i32), usize>,
    pub watched: watched::Record,
}

impl Record {
    pub fn finish(self) -> (DeniedCalls, WatchedCalls) {
        (self.calls, self.watched.finish())
    }

    fn add(&mut self, notif: &libc::seccomp_notif) {
        let data = &notif.data;
        let (arch, key) = match data.arch {
            AUDIT_ARCH_X86_64 if data.nr & X32_BIT != 0 => ("x32", known(data.nr & !X32_BIT)),
            AUDIT_ARCH_X86_64 => ("x86_64", known(data.nr)),
            AUDIT_ARCH_I386 if (0..I386_NUMBERS).contains(&data.nr) => ("i386", data.nr),
            AUDIT_ARCH_I386 => ("i386", -1),
            _ => ("other", -1),
        };
        let calls = &mut self.calls;
        calls.total += 1;
        let at = *self.index.entry((arch, key)).or_insert_with(|| {
            calls.calls.push(DeniedName {
                name: name(arch, key),
                arch,
                count: 0,
                samples: Vec::new(),
                other_args: 0,
            });
            calls.calls.len() - 1
        });
        let group = &mut calls.calls[at];
        group.count += 1;
        let samples = &mut group.samples;
        if let Some(same) = samples
            .iter_mut()
            .find(|s| s.nr == data.nr && s.args == data.args)
        {
            same.count += 1;
        } else if samples.len() < ARG_SAMPLES {
            samples.push(DeniedArgs {
                nr: data.nr,
                args: data.args,
                pid: notif.pid,
                count: 1,
            });
        } else {
            group.other_args += 1;
        }
    }
}

/// One record of `earlier` denials followed by `later` ones (a warm jail's
/// start and then its job): names in the order each was first denied,
/// counts added, samples kept up to [`ARG_SAMPLES`] per name. Whether the
/// whole is drained is the later record's to say.
pub fn join(earlier: DeniedCalls, later: DeniedCalls) -> DeniedCalls {
    let mut calls = earlier.calls;
    for name in later.calls {
        let Some(kept) = calls
            .iter_mut()
            .find(|c| c.name == name.name && c.arch == name.arch)
        else {
            calls.push(name);
            continue;
        };
        kept.count += name.count;
        kept.other_args += name.other_args;
        for sample in name.samples {
            if let Some(same) = kept
                .samples
                .iter_mut()
                .find(|s| s.nr == sample.nr && s.args == sample.args)
            {
                same.count += sample.count;
            } else if kept.samples.len() < ARG_SAMPLES {
                kept.samples.push(sample);
            } else {
                kept.other_args += sample.count;
            }
        }
    }
    DeniedCalls {
        recorded: earlier.recorded || later.recorded,
        calls,
        total: earlier.total + later.total,
        withdrawn: earlier.withdrawn + later.withdrawn,
        withdrawn_after_endings: earlier.withdrawn_after_endings + later.withdrawn_after_endings,
        failure: earlier.failure.or(later.failure),
        drained: later.drained,
    }
}

/// The number when the table knows it, -1 (`unknown`) otherwise: a program
/// must not make the record grow by calling made-up numbers.
fn known(nr: i32) -> i32 {
    if syscall_table::known(i64::from(nr)) {
        nr
    } else {
        -1
    }
}

fn name(arch: &str, key: i32) -> String {
    match (arch, key) {
        (_, -1) => format!("{arch}:unknown"),
        ("x86_64", nr) => syscall_table::name(i64::from(nr)),
        ("x32", nr) => format!("x32:{}", syscall_table::name(i64::from(nr))),
        (_, nr) => format!("{arch}:{nr}"),
    }
}

/// The thread that reads the listener for the whole run.
pub struct Recorder<'scope> {
    /// Hands the thread its listener; dropped, it tells a thread still waiting for one
    /// that none will come.
    listener: Option<mpsc::Sender<Listener>>,
    /// Whether the thread was given a listener (and so keeps a record).
    reading: bool,
    stop: &'scope AtomicBool,
    /// The thread's kernel id once it runs, 0 before.
    tid: &'scope AtomicI32,
    /// Disconnected when the thread is done.
    done: mpsc::Receiver<()>,
    thread: std::thread::ScopedJoinHandle<'scope, (DeniedCalls, WatchedCalls)>,
}

/// The signal that interrupts the recorder's read when the run is over.
fn wake_signal() -> i32 {
    libc::SIGRTMIN() + 1
}

extern "C" fn ignore(_: libc::c_int) {}

/// The flags a recorder lives on, owned by the caller's scope.
#[derive(Default)]
pub struct RecorderFlags {
    stop: AtomicBool,
    tid: AtomicI32,
}

impl<'scope> Recorder<'scope> {
    /// Starts a thread of `scope` that reads the listener [`Recorder::read`] hands it.
    /// Started before the listener exists, so that a task waiting on its first
    /// notification (the interpreter's exec) does not wait for a thread to be made.
    pub fn start<'env>(
        scope: &'scope std::thread::Scope<'scope, 'env>,
        flags: &'scope RecorderFlags,
    ) -> io::Result<Recorder<'scope>> {
        // A handler without SA_RESTART: the signal makes the blocked read
        // return EINTR (an ignored signal would not wake it).
        // SAFETY: a zeroed sigaction with a handler that does nothing is valid.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = ignore as extern "C" fn(libc::c_int) as usize;
            if libc::sigaction(wake_signal(), &action, std::ptr::null_mut()) < 0 {
                return Err(io::Error::last_os_error());
            }
        }
        let (stop, tid) = (&flags.stop, &flags.tid);
        let (done_sender, done) = mpsc::channel::<()>();
        let (listener_sender, listener) = mpsc::channel::<Listener>();
        let thread = scope.spawn(move || {
            let _done = done_sender;
            let Ok(mut listener) = listener.recv() else {
                return (DeniedCalls::default(), WatchedCalls::default());
            };
            // SAFETY: a sigset built by sigemptyset/sigaddset, applied to this thread only.
            unsafe {
                let mut wake: libc::sigset_t = std::mem::zeroed();
                libc::sigemptyset(&mut wake);
                libc::sigaddset(&mut wake, wake_signal());
                libc::pthread_sigmask(libc::SIG_UNBLOCK, &wake, std::ptr::null_mut());
                tid.store(libc::gettid(), Ordering::SeqCst);
            }
            let mut log = Record::default();
            log.calls.recorded = true;
            log.watched.calls.recorded = true;
            loop {
                match listener.receive(&mut log) {
                    Ok(Received::Answered | Received::Continued | Received::Withdrawn) => {}
                    // The read is interrupted only when nothing is pending:
                    // once the jail is gone that means the count is drained.
                    Ok(Received::Interrupted) if stop.load(Ordering::SeqCst) => {
                        log.calls.drained = true;
                        break;
                    }
                    Ok(Received::Interrupted) => {}
                    Ok(Received::HungUp) => break,
                    Err(err) => {
                        log.calls.failure = Some(format!("reading seccomp notifications: {err}"));
                        break;
                    }
                }
            }
            log.finish()
        });
        Ok(Recorder {
            listener: Some(listener_sender),
            reading: false,
            stop,
            tid,
            done,
            thread,
        })
    }

    /// Gives the thread the listener to read from now on.
    pub fn read(&mut self, listener: Listener) -> io::Result<()> {
        let sender = self
            .listener
            .take()
            .ok_or_else(|| io::Error::other("a second listener"))?;
        sender
            .send(listener)
            .map_err(|_| io::Error::other("the recorder thread is gone"))?;
        self.reading = true;
        Ok(())
    }

    /// Whether it was given a listener, and so has a record to give.
    pub fn is_reading(&self) -> bool {
        self.reading
    }

    /// Tells the thread to end, without waiting for it.
    pub fn stop_soon(&mut self) {
        // A thread still waiting for a listener ends with this.
        drop(self.listener.take());
        self.stop.store(true, Ordering::SeqCst);
        self.wake();
    }

    /// Interrupts the thread's read, once it reads.
    fn wake(&self) {
        let tid = self.tid.load(Ordering::SeqCst);
        if tid != 0 {
            // SAFETY: signalling our own thread, which handles the signal.
            unsafe {
                libc::syscall(libc::SYS_tgkill, libc::getpid(), tid, wake_signal());
            }
        }
    }

    /// The record of the run. With `holder_waiting` (the jail's pid 1 is the
    /// only task left and waits, `sandbox::init`), the record is drained: no
    /// call can be made any more and every withdrawn one is counted. Without
    /// (the jail was killed), it holds what was read until then, and is not
    /// called drained (older kernels do not end a read when the filter's
    /// last holder goes: there our signal ends it, which must not pass for
    /// a drained count).
    pub fn finish(mut self, holder_waiting: bool) -> (DeniedCalls, WatchedCalls) {
        self.stop_soon();
        // A signal that comes between the thread's check of `stop` and its
        // read is lost: signal again until it is done, which wakes us at once.
        while let Err(mpsc::RecvTimeoutError::Timeout) =
            self.done.recv_timeout(Duration::from_micros(200))
        {
            self.wake();
        }
        let (mut calls, watched) = self.thread.join().unwrap_or_else(|_| {
            let failed = DeniedCalls {
                recorded: true,
                failure: Some("the recorder thread panicked".into()),
                ..DeniedCalls::default()
            };
            (failed, WatchedCalls::default())
        });
        calls.drained &= holder_waiting;
        (calls, watched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prelude makes the mark with the numbers the listener looks for.
    #[test]
    fn the_prelude_spells_the_job_mark_as_the_listener_does() {
        let call = format!(
            "_posix.open('', _posix.O_WRONLY | _posix.O_CREAT | _posix.O_EXCL\n{:28}| _posix.O_CLOEXEC, {JOB_MARK_MODE:#x}) == {JOB_MARK_ANSWER:#x}",
            ""
        );
        assert!(crate::prelude::PRELUDE.contains(&call), "{call}");
        let mark = |flags: i32, mode: u32| libc::seccomp_data {
            nr: libc::SYS_openat as i32,
            arch: AUDIT_ARCH_X86_64,
            instruction_pointer: 0,
            args: [
                libc::AT_FDCWD as u64,
                0,
                flags as u64,
                u64::from(mode),
                0,
                0,
            ],
        };
        assert!(is_job_mark(&mark(JOB_MARK_FLAGS, JOB_MARK_MODE)));
        assert!(!is_job_mark(&mark(JOB_MARK_FLAGS, 0o644)));
        assert!(!is_job_mark(&mark(libc::O_WRONLY, JOB_MARK_MODE)));
    }

    fn denied(names: &[(&str, u64, &[i32])]) -> DeniedCalls {
        let mut calls = DeniedCalls {
            recorded: true,
            ..DeniedCalls::default()
        };
        for (name, other_args, nrs) in names {
            let samples: Vec<DeniedArgs> = nrs
                .iter()
                .map(|nr| DeniedArgs {
                    nr: *nr,
                    args: [0; 6],
                    pid: 1,
                    count: 1,
                })
                .collect();
            let count = samples.len() as u64 + other_args;
            calls.total += count;
            calls.calls.push(DeniedName {
                name: name.to_string(),
                arch: "x86_64",
                count,
                samples,
                other_args: *other_args,
            });
        }
        calls
    }

    #[test]
    fn joined_records_keep_first_denial_order_and_add_counts() {
        let early = denied(&[("getrandom", 0, &[318])]);
        let mut job = denied(&[("ptrace", 0, &[101]), ("getrandom", 2, &[318, 1000])]);
        job.drained = true;
        job.withdrawn = 3;
        let joined = join(early, job);
        let names: Vec<(&str, u64)> = joined
            .calls
            .iter()
            .map(|c| (c.name.as_str(), c.count))
            .collect();
        assert_eq!(names, [("getrandom", 5), ("ptrace", 1)]);
        let getrandom = &joined.calls[0];
        assert_eq!(
            getrandom.samples.len(),
            2,
            "the same arguments are one sample"
        );
        assert_eq!(getrandom.samples[0].count, 2);
        assert_eq!(getrandom.other_args, 2);
        assert_eq!((joined.total, joined.withdrawn), (6, 3));
        assert!(joined.recorded && joined.drained);
        let full = denied(&[("x", 0, &[1, 2, 3, 4, 5, 6, 7, 8])]);
        let joined = join(full, denied(&[("x", 0, &[9])]));
        assert_eq!(joined.calls[0].samples.len(), ARG_SAMPLES);
        assert_eq!((joined.calls[0].count, joined.calls[0].other_args), (9, 1));
    }
}
