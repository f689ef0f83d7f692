//! Which withdrawn notifications a signal the program sent accounts for.
//!
//! A task that a signal ends while its watched call waits for the
//! supervisor withdraws that call's notification unread (`notify.rs`): a
//! pool that terminates a worker still opening a semaphore, the jail's pid 1
//! ending the processes left when the program ends. A program can also make
//! withdrawals on purpose, to hide refused attempts: it interrupts its own
//! calls with a signal it handles and lives on, or lets a task die in one.
//!
//! Sending a signal is watched (`seccomp::WATCHED_WHEN_SIGNALLING`), so the
//! supervisor sees each before the kernel delivers it, and reads from the
//! jail's /proc which tasks it will end and which of those wait for the
//! supervisor right now: a target ends when it takes the signal's default
//! action and that action ends it (or SIGKILL), and some thread it may be
//! delivered to does not block it; the kernel then ends the whole thread
//! group. A thread of it waits for the supervisor when it sleeps in the
//! seccomp notification (`wchan`) on a call the filter watches (its
//! `syscall`). The supervisor reads one notification at a time and is busy
//! with this one, so such a thread's notification is unread, and stays so
//! until the signal has ended it: it will be withdrawn. A thread that runs
//! may still enter a call before the signal reaches it (the kernel queues
//! the notification, then finds the signal), so it may withdraw one too.
//! Each such thread accounts for one withdrawal, in whatever order the
//! kernel then reports them (a read finds withdrawn ones only once no
//! unread one is left, so the order says nothing). A sleeping thread, or
//! one waiting on a refused call, accounts for none: a program cannot hide
//! a refused attempt by letting a task die while it waits in it.
//!
//! What this cannot see: which call a running thread enters, so a program
//! that ends its own running threads gets one withdrawal accounted for per
//! thread, which may be of a refused call, in that thread or in another
//! (a race to win for each); and a target that changes its disposition or
//! mask between the read and the delivery.

use std::fs;

use crate::seccomp::{self, Program, AUDIT_ARCH_X86_64};
use crate::syscall_table;

/// Withdrawals signals will cause, not yet matched with one read: each
/// thread a signal ended while it waited for the supervisor on a watched call.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Endings {
    unmatched: u64,
}

impl Endings {
    /// Adds the waiting threads a signal ends (from [`waiting_threads_ended`]).
    pub fn ended(&mut self, threads: u64) {
        self.unmatched = self.unmatched.saturating_add(threads);
    }

    /// Matches a withdrawn notification; false when no signal accounts for it.
    pub fn withdrawn(&mut self) -> bool {
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

/// The threads that `signal`, sent by task `caller` (host pid) to `target`,
/// will end while they wait for the supervisor on a call `program` watches:
/// read from the caller's /proc (the jail's). 0 when nothing can be read, so
/// that a withdrawal stays unaccounted for.
pub fn waiting_threads_ended(caller: u32, signal: i32, target: Target, program: &Program) -> u64 {
    if !ends_by_default(signal) {
        return 0;
    }
    let proc = format!("/proc/{caller}/root/proc");
    let Some((own_process, own_thread)) = own_ids(caller) else {
        return 0;
    };
    let jail = Jail {
        proc: &proc,
        program,
        signal,
        caller_thread: own_thread,
    };
    match target {
        Target::Process(pid) if pid > 0 => jail.waiting_ended(pid, None),
        Target::Thread { process, thread } if process > 0 && thread > 0 => {
            jail.waiting_ended(process, Some(thread))
        }
        Target::Pidfd(fd) => {
            pidfd_target(&proc, own_process, fd).map_or(0, |pid| jail.waiting_ended(pid, None))
        }
        Target::Group(group) => {
            let group = match group {
                0 => process_group(&proc, own_process),
                group => Some(group),
            };
            let Some(group) = group else { return 0 };
            processes(&proc)
                .filter(|&pid| process_group(&proc, pid) == Some(group))
                .map(|pid| jail.waiting_ended(pid, None))
                .sum()
        }
        Target::All => processes(&proc)
            .filter(|&pid| pid != 1 && pid != own_process)
            .map(|pid| jail.waiting_ended(pid, None))
            .sum(),
        Target::Process(_) | Target::Thread { .. } => 0,
    }
}

/// The jail's /proc as the caller sees it, and the signal being sent.
struct Jail<'a> {
    proc: &'a str,
    program: &'a Program,
    signal: i32,
    /// The sender's own thread waits for the supervisor too (on this very
    /// signal): its call is answered, not withdrawn.
    caller_thread: i32,
}

impl Jail<'_> {
    /// The threads of process `pid` that the signal ends (sent to the
    /// process, or to its thread `thread`) and that wait on a watched call.
    fn waiting_ended(&self, pid: i32, thread: Option<i32>) -> u64 {
        let Some(process) = read_status(&format!("{}/{pid}/status", self.proc)) else {
            return 0;
        };
        let threads: Vec<(i32, Status)> = fs::read_dir(format!("{}/{pid}/task", self.proc))
            .into_iter()
            .flatten()
            .filter_map(|entry| {
                let tid: i32 = entry.ok()?.file_name().to_str()?.parse().ok()?;
                let status = read_status(&format!("{}/{pid}/task/{tid}/status", self.proc))?;
                Some((tid, status))
            })
            .collect();
        let unblocked = |status: &Status| status.blocked & bit(self.signal) == 0;
        // A signal to a process goes to any thread that does not block it;
        // to a thread, to that one. Blocked, it waits and interrupts nothing.
        let delivered = match thread {
            Some(tid) => threads.iter().any(|(t, s)| *t == tid && unblocked(s)),
            None => threads.iter().any(|(_, s)| unblocked(s)),
        };
        let ends = self.signal == libc::SIGKILL || (process.ends_on(self.signal) && delivered);
        if !ends {
            return 0;
        }
        threads
            .iter()
            .filter(|(tid, _)| *tid != self.caller_thread && self.may_withdraw(pid, *tid))
            .count() as u64
    }

    /// Whether ending thread `tid` of `pid` may withdraw a watched call: it
    /// waits on one now, or it runs and may enter one before the signal
    /// reaches it (the kernel queues the call, then finds the signal). It
    /// runs when either read says so: `stat`'s state, or, for a thread
    /// `stat` found asleep, a `wchan` of 0 (the kernel names no wait for a
    /// task that runs), since it can wake between the two reads. A zombie's
    /// `wchan` is 0 too, and it runs no more.
    fn may_withdraw(&self, pid: i32, tid: i32) -> bool {
        let task = format!("{}/{pid}/task/{tid}", self.proc);
        let state = fs::read_to_string(format!("{task}/stat"))
            .ok()
            .and_then(|stat| state_of(&stat));
        let Ok(wchan) = fs::read_to_string(format!("{task}/wchan")) else {
            return state == Some('R');
        };
        let woke = matches!(state, Some('S' | 'D')) && wchan.trim() == "0";
        let running = state == Some('R') || woke;
        running || (wchan.contains("seccomp") && self.waits_on_watched_call(&task))
    }

    /// Whether the call thread `task` (its /proc directory) is in is one
    /// the filter watches; called for a thread asleep in a seccomp
    /// notification.
    fn waits_on_watched_call(&self, task: &str) -> bool {
        fs::read_to_string(format!("{task}/syscall"))
            .ok()
            .and_then(|line| call_of(&line))
            .is_some_and(|call| self.program.watches(&call))
    }
}

/// The call a `/proc/PID/syscall` line names: `nr arg0 ... arg5 sp pc`, the
/// arguments in hex; None when the task is not in a call.
fn call_of(line: &str) -> Option<libc::seccomp_data> {
    let mut fields = line.split_whitespace();
    let nr: i32 = fields.next()?.parse().ok()?;
    if nr < 0 {
        return None;
    }
    let mut args = [0u64; 6];
    for arg in &mut args {
        *arg = u64::from_str_radix(fields.next()?.trim_start_matches("0x"), 16).ok()?;
    }
    Some(libc::seccomp_data {
        nr,
        arch: AUDIT_ARCH_X86_64,
        instruction_pointer: 0,
        args,
    })
}

/// The process behind pidfd `fd` of process `pid`, as a pid in the jail:
/// fdinfo names it in the namespace of the /proc it is read from.
fn pidfd_target(proc: &str, pid: i32, fd: i32) -> Option<i32> {
    let info = fs::read_to_string(format!("{proc}/{pid}/fdinfo/{fd}")).ok()?;
    let target = info.lines().find_map(|line| line.strip_prefix("Pid:"))?;
    target.trim().parse().ok().filter(|&pid: &i32| pid > 0)
}

/// The bit of `signal` in a /proc signal mask.
fn bit(signal: i32) -> u64 {
    1u64.checked_shl(signal as u32 - 1).unwrap_or(0)
}

/// What /proc/PID/status says of a task's signals.
struct Status {
    blocked: u64,
    ignored: u64,
    caught: u64,
}

fn read_status(path: &str) -> Option<Status> {
    Status::parse(&fs::read_to_string(path).ok()?)
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

/// The fields of a `stat` line after the command name, which may hold
/// anything in its parentheses: they follow its last ')'.
fn fields_after_name(stat: &str) -> Option<std::str::SplitWhitespace<'_>> {
    Some(stat.get(stat.rfind(')')? + 1..)?.split_whitespace())
}

/// The state letter of a `stat` line (`R` running, `S` sleeping, ...).
fn state_of(stat: &str) -> Option<char> {
    fields_after_name(stat)?.next()?.chars().next()
}

/// The process group of `pid` from its `stat`.
fn process_group(proc: &str, pid: i32) -> Option<i32> {
    let stat = fs::read_to_string(format!("{proc}/{pid}/stat")).ok()?;
    fields_after_name(&stat)?.nth(2)?.parse().ok()
}

/// The caller's process and thread ids in the jail's namespace (the last of
/// `NStgid` and `NSpid` of its task).
fn own_ids(caller: u32) -> Option<(i32, i32)> {
    let status = fs::read_to_string(format!("/proc/{caller}/status")).ok()?;
    let innermost = |name: &str| -> Option<i32> {
        let ids = status.lines().find_map(|line| line.strip_prefix(name))?;
        ids.split_whitespace().last()?.parse().ok()
    };
    Some((innermost("NStgid:")?, innermost("NSpid:")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: [u64; 6]) -> libc::seccomp_data {
        libc::seccomp_data {
            nr: syscall_table::number(name).unwrap() as i32,
            arch: AUDIT_ARCH_X86_64,
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

    /// Each waiting thread a signal ends accounts for one withdrawal.
    #[test]
    fn a_withdrawal_is_matched_with_a_waiting_thread_a_signal_ended() {
        let mut endings = Endings::default();
        assert!(!endings.withdrawn(), "no signal was sent yet");
        endings.ended(2);
        endings.ended(0);
        assert!(endings.withdrawn());
        assert!(endings.withdrawn());
        assert!(!endings.withdrawn(), "two threads ended, three withdrawals");
    }

    #[test]
    fn a_stat_line_gives_its_state_whatever_the_name() {
        assert_eq!(state_of("12 (python3) R 1 12 12 0"), Some('R'));
        assert_eq!(state_of("12 (a) S (b) R) S 1 12"), Some('S'));
        assert_eq!(state_of("12 (python3"), None);
    }

    #[test]
    fn a_syscall_line_is_the_call_a_task_is_in() {
        let call =
            call_of("257 0xffffff9c 0x7f351112a240 0x80241 0x1b6 0x0 0x0 0x7fff 0x7f35\n").unwrap();
        assert_eq!(call.nr, 257);
        assert_eq!(
            call.args,
            [0xffff_ff9c, 0x7f35_1112_a240, 0x80241, 0x1b6, 0, 0]
        );
        assert!(call_of("running\n").is_none());
        assert!(call_of("-1 0x7fff 0x7f35\n").is_none());
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
        assert!(parsed.ends_on(libc::SIGTERM));
        assert!(!parsed.ends_on(libc::SIGINT), "caught (bit 1)");
        assert!(!parsed.ends_on(libc::SIGUSR1), "caught (bit 9)");
        assert!(!parsed.ends_on(libc::SIGPIPE), "ignored (bit 12)");
        assert!(Status::parse("SigBlk:\t0\n").is_none());
    }
}
