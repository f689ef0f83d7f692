//! Which withdrawn notifications a signal the program sent accounts for.
//!
//! A task that a signal ends while its watched or refused call waits for the
//! supervisor withdraws that call's notification unread (`notify.rs`): a
//! pool that terminates a worker still opening a semaphore, the jail's pid 1
//! ending the processes left when the program ends. A program can also make
//! withdrawals on purpose, to hide refused attempts: it interrupts its own
//! calls with a signal it handles, and lives on.
//!
//! Sending a signal is watched (`seccomp::WATCHED_WHEN_SIGNALLING`), so the
//! supervisor sees each before the kernel delivers it and reads, from the
//! jail's own /proc, what it will end: the target processes whose
//! disposition of that signal is the default action and that action ends
//! them (or SIGKILL), each with all its threads, as the kernel kills the
//! whole thread group. Each such thread accounts for one withdrawal after
//! the signal; a signal the target handles, ignores or blocks accounts for
//! none. What this cannot see: a target that changes its disposition between
//! the read and the delivery (a race the program must win on top of the
//! withdrawal's own).

use std::fs;

use crate::{seccomp, syscall_table};

/// Signals sent and not yet matched with a withdrawn notification: each
/// thread they end accounts for one withdrawal after it, and once the jail's
/// pid 1 ends every process left, for all later ones.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Endings {
    unmatched: u64,
    jail_ending: bool,
}

impl Endings {
    /// Adds the threads a signal ends (from [`threads_ended`]).
    pub fn ended(&mut self, threads: u64) {
        self.unmatched = self.unmatched.saturating_add(threads);
    }

    /// The jail's pid 1 ends every process left.
    pub fn jail_ends_all(&mut self) {
        self.jail_ending = true;
    }

    /// Matches a withdrawn notification; false when no signal accounts for it.
    pub fn withdrawn(&mut self) -> bool {
        if self.jail_ending {
            return true;
        }
        let matched = self.unmatched > 0;
        self.unmatched = self.unmatched.saturating_sub(1);
        matched
    }
}

/// Whether `signal`'s default action ends the process (`signal(7)`): all but
/// the ones it ignores, stops or continues on.
pub fn ends_by_default(signal: i32) -> bool {
    let kept = [
        libc::SIGCHLD,
        libc::SIGCONT,
        libc::SIGSTOP,
        libc::SIGTSTP,
        libc::SIGTTIN,
        libc::SIGTTOU,
        libc::SIGURG,
        libc::SIGWINCH,
    ];
    (1..=libc::SIGRTMAX()).contains(&signal) && !kept.contains(&signal)
}

/// Where a signalling call sends its signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A process (pid in the jail's namespace).
    Process(i32),
    /// One thread of a process: its mask decides whether the signal waits.
    Thread { process: i32, thread: i32 },
    /// A process group (the caller's own with 0).
    Group(i32),
    /// Every process the caller may signal but itself and pid 1.
    All,
    /// A process behind a pidfd of the caller's.
    Pidfd(i32),
}

/// The signal number and target of signalling call `data`; None for any
/// other call or signal 0.
pub fn signal_of(data: &libc::seccomp_data) -> Option<(i32, Target)> {
    let name = syscall_table::name(i64::from(data.nr));
    let &(_, at) = seccomp::WATCHED_WHEN_SIGNALLING
        .iter()
        .find(|(n, _)| *n == name)?;
    let int = |i: usize| data.args[i] as u32 as i32;
    let signal = int(usize::from(at));
    let target = match name.as_ref() {
        "kill" => match int(0) {
            -1 => Target::All,
            0 => Target::Group(0),
            pid if pid < 0 => Target::Group(-pid),
            pid => Target::Process(pid),
        },
        "rt_sigqueueinfo" => Target::Process(int(0)),
        "tkill" => Target::Thread {
            process: int(0),
            thread: int(0),
        },
        "tgkill" | "rt_tgsigqueueinfo" => Target::Thread {
            process: int(0),
            thread: int(1),
        },
        "pidfd_send_signal" => Target::Pidfd(int(0)),
        _ => return None,
    };
    (signal != 0).then_some((signal, target))
}

/// The threads that `signal` sent by `caller` (host pid) to `target` will
/// end, by the targets' dispositions now, read from the caller's /proc (the
/// jail's). 0 when nothing can be read: the withdrawal stays unaccounted.
pub fn threads_ended(caller: u32, signal: i32, target: Target) -> u64 {
    if !ends_by_default(signal) {
        return 0;
    }
    let proc = format!("/proc/{caller}/root/proc");
    let ended = |status_path: String, thread_mask: Option<String>| -> u64 {
        let Ok(status) = fs::read_to_string(status_path) else {
            return 0;
        };
        let Some(process) = Status::parse(&status) else {
            return 0;
        };
        let blocked = thread_mask
            .and_then(|path| fs::read_to_string(path).ok())
            .and_then(|s| Status::parse(&s))
            .is_some_and(|thread| thread.blocked & bit(signal) != 0);
        if signal == libc::SIGKILL || (process.ends_on(signal) && !blocked) {
            process.threads
        } else {
            0
        }
    };
    match target {
        Target::Process(pid) if pid > 0 => ended(format!("{proc}/{pid}/status"), None),
        Target::Thread { process, thread } if process > 0 && thread > 0 => ended(
            format!("{proc}/{process}/status"),
            Some(format!("{proc}/{process}/task/{thread}/status")),
        ),
        Target::Pidfd(fd) => {
            // fdinfo gives the pid in the reader's namespace: the host's.
            let pid = fs::read_to_string(format!("/proc/{caller}/fdinfo/{fd}"))
                .ok()
                .and_then(|info| {
                    info.lines()
                        .find_map(|line| line.strip_prefix("Pid:"))
                        .and_then(|pid| pid.trim().parse::<i32>().ok())
                });
            match pid {
                Some(pid) if pid > 0 => ended(format!("/proc/{pid}/status"), None),
                _ => 0,
            }
        }
        Target::Group(group) => {
            let group = match group {
                0 => own_pid(caller).and_then(|pid| process_group(&proc, pid)),
                group => Some(group),
            };
            let Some(group) = group else { return 0 };
            processes(&proc)
                .filter(|&pid| process_group(&proc, pid) == Some(group))
                .map(|pid| ended(format!("{proc}/{pid}/status"), None))
                .sum()
        }
        Target::All => {
            let own = own_pid(caller);
            processes(&proc)
                .filter(|&pid| pid != 1 && Some(pid) != own)
                .map(|pid| ended(format!("{proc}/{pid}/status"), None))
                .sum()
        }
        Target::Process(_) | Target::Thread { .. } => 0,
    }
}

/// The bit of `signal` in a /proc signal mask.
fn bit(signal: i32) -> u64 {
    1u64.checked_shl(signal as u32 - 1).unwrap_or(0)
}

/// What /proc/PID/status says of a process's signals.
struct Status {
    threads: u64,
    blocked: u64,
    ignored: u64,
    caught: u64,
}

impl Status {
    fn parse(text: &str) -> Option<Status> {
        let field = |name: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(name))
                .map(str::trim)
        };
        let mask = |name: &str| u64::from_str_radix(field(name)?, 16).ok();
        Some(Status {
            threads: field("Threads:")?.parse().ok()?,
            blocked: mask("SigBlk:")?,
            ignored: mask("SigIgn:")?,
            caught: mask("SigCgt:")?,
        })
    }

    /// The process takes the default action of `signal` (which ends it).
    fn ends_on(&self, signal: i32) -> bool {
        (self.ignored | self.caught) & bit(signal) == 0
    }
}

/// The pids of the jail's processes, as its /proc lists them.
fn processes(proc: &str) -> impl Iterator<Item = i32> {
    fs::read_dir(proc)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse().ok())
}

/// The process group of `pid` from its `stat`.
fn process_group(proc: &str, pid: i32) -> Option<i32> {
    let stat = fs::read_to_string(format!("{proc}/{pid}/stat")).ok()?;
    // The command name in parentheses may hold anything: fields follow its last ')'.
    let fields = stat.get(stat.rfind(')')? + 1..)?;
    fields.split_whitespace().nth(2)?.parse().ok()
}

/// The caller's process id in the jail's namespace (the last of `NStgid`).
fn own_pid(caller: u32) -> Option<i32> {
    let status = fs::read_to_string(format!("/proc/{caller}/status")).ok()?;
    let ids = status
        .lines()
        .find_map(|line| line.strip_prefix("NStgid:"))?;
    ids.split_whitespace().last()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: [u64; 6]) -> libc::seccomp_data {
        libc::seccomp_data {
            nr: syscall_table::number(name).unwrap() as i32,
            arch: 0xc000_003e,
            instruction_pointer: 0,
            args,
        }
    }

    #[test]
    fn signalling_calls_name_their_signal_and_target() {
        let term = libc::SIGTERM as u64;
        let cases = [
            (call("kill", [7, term, 0, 0, 0, 0]), Target::Process(7)),
            (call("kill", [0, term, 0, 0, 0, 0]), Target::Group(0)),
            (
                call("kill", [(-5i64) as u64, term, 0, 0, 0, 0]),
                Target::Group(5),
            ),
            (call("kill", [u64::MAX, term, 0, 0, 0, 0]), Target::All),
            (
                call("tgkill", [7, 8, term, 0, 0, 0]),
                Target::Thread {
                    process: 7,
                    thread: 8,
                },
            ),
            (
                call("pidfd_send_signal", [3, term, 0, 0, 0, 0]),
                Target::Pidfd(3),
            ),
        ];
        for (data, target) in cases {
            assert_eq!(signal_of(&data), Some((libc::SIGTERM, target)));
        }
        assert_eq!(signal_of(&call("kill", [7, 0, 0, 0, 0, 0])), None);
        assert_eq!(signal_of(&call("openat", [0, 0, 1, 0, 0, 0])), None);
        // The signal number's high bits are not the kernel's.
        let high = call("kill", [7, 0x1_0000_0009, 0, 0, 0, 0]);
        assert_eq!(signal_of(&high), Some((libc::SIGKILL, Target::Process(7))));
    }

    /// Each ended thread accounts for one withdrawal after it; none before;
    /// once the jail ends its processes, every later one is accounted for.
    #[test]
    fn a_withdrawal_is_matched_with_a_thread_ended_before_it() {
        let mut endings = Endings::default();
        assert!(!endings.withdrawn(), "no signal was sent yet");
        endings.ended(2);
        endings.ended(0);
        assert!(endings.withdrawn());
        assert!(endings.withdrawn());
        assert!(!endings.withdrawn(), "two threads ended, three withdrawals");
        endings.jail_ends_all();
        assert!((0..1000).all(|_| endings.withdrawn()));
    }

    #[test]
    fn default_actions_that_end_a_process() {
        let ending = [
            libc::SIGHUP,
            libc::SIGINT,
            libc::SIGKILL,
            libc::SIGTERM,
            libc::SIGUSR1,
            libc::SIGALRM,
            libc::SIGRTMIN(),
            libc::SIGRTMAX(),
        ];
        for signal in ending {
            assert!(ends_by_default(signal), "{signal}");
        }
        let surviving = [
            0,
            libc::SIGCHLD,
            libc::SIGCONT,
            libc::SIGSTOP,
            libc::SIGTSTP,
            libc::SIGURG,
            libc::SIGWINCH,
            65,
            -9,
        ];
        for signal in surviving {
            assert!(!ends_by_default(signal), "{signal}");
        }
    }

    #[test]
    fn a_status_says_which_signals_take_their_default_action() {
        let status = "Name:\tpython3\nThreads:\t3\nSigBlk:\t0000000000000000\n\
                      SigIgn:\t0000000001001000\nSigCgt:\t0000000180000202\n";
        let parsed = Status::parse(status).unwrap();
        assert_eq!(parsed.threads, 3);
        assert!(parsed.ends_on(libc::SIGTERM));
        assert!(!parsed.ends_on(libc::SIGINT), "caught (bit 1)");
        assert!(!parsed.ends_on(libc::SIGUSR1), "caught (bit 9)");
        assert!(!parsed.ends_on(libc::SIGPIPE), "ignored (bit 12)");
        assert!(Status::parse("Threads:\t1\n").is_none());
    }
}
