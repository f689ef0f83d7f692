//! The seccomp allowlist, built from the profile.
//!
//! Calls outside the list fail with `EPERM` (Python raises `PermissionError`),
//! or, when the supervisor listens, are handed to it first through seccomp user
//! notification so that it can record them (see `notify.rs`). The program, in
//! order:
//! 1. a prologue that refuses what an allowlist of x86_64 numbers would not
//!    see: calls from another architecture (i386 through `int 0x80`), x32 calls
//!    (numbers with bit 30 set) and `clone3`, whose flags live in memory a
//!    filter cannot read (`ENOSYS`, so that glibc falls back to `clone`, whose
//!    flags are checked);
//! 2. a binary search on the call number that allows it, refuses it,
//!    answers it with success without running it ([`ANSWERED_AS_NOOP`]), or
//!    allows it after showing it to the supervisor ([`WATCHED`], the opens of
//!    [`WATCHED_WHEN_WRITING`] only when their flags write);
//! 3. for the few calls allowed only with some arguments, seccompiler's
//!    argument checks.
//!
//! A watched call returns [`RET_WATCH`]: "allow" with a mark in the data bits
//! the kernel ignores for that action. Without a listener it is a plain
//! allow; [`Program::with_notifications`] turns it into a user notification
//! that the supervisor answers "continue" once it has recorded the call
//! (`watched.rs`), so the kernel then runs it with all its other checks.
//! Which notifications are watched calls and which are denials, the
//! supervisor learns by running the same program on the call
//! ([`Program::watches`]): there is no second list to drift apart.

use std::collections::BTreeMap;
use std::io;
use std::os::fd::{FromRawFd, OwnedFd};

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen as Len, SeccompCmpOp as Op, SeccompCondition,
    SeccompFilter, SeccompRule, TargetArch,
};

use crate::syscall_table;

/// Calls that no profile may allow: escapes and kernel attack surface.
pub const NEVER_ALLOWED: &[&str] = &[
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "process_madvise",
    "pidfd_getfd",
    "kcmp",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsmount",
    "fsconfig",
    "fspick",
    "mount_setattr",
    "unshare",
    "setns",
    "clone3",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "keyctl",
    "add_key",
    "request_key",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "reboot",
    "swapon",
    "swapoff",
    "open_by_handle_at",
    "name_to_handle_at",
    "acct",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "sethostname",
    "setdomainname",
    "iopl",
    "ioperm",
    "quotactl",
    "quotactl_fd",
    "lookup_dcookie",
    "syslog",
    "vhangup",
    "uselib",
    "personality",
    "seccomp",
    "fanotify_init",
    "modify_ldt",
];

/// Calls the jail itself makes after the filter is installed (sending the
/// listener to the supervisor, starting the interpreter, reaping, ending the
/// jail's other processes and waiting for the supervisor's final count):
/// always allowed. None reaches past the jail's namespaces.
pub const NEEDED_BY_JAIL: &[&str] = &[
    "sendmsg",
    "read",
    "kill",
    "write",
    "close",
    "close_range",
    "dup2",
    "dup3",
    "execve",
    "wait4",
    "exit",
    "exit_group",
    "rt_sigprocmask",
    "rt_sigaction",
    "rt_sigreturn",
    "clone",
    "fork",
    "statfs",
];

/// The kernel's own call for resuming a timed wait (`poll`, `nanosleep`, a
/// futex) that a stop and continue interrupted (job control, a debugger, a
/// freezer): it runs again the call the filter already allowed, with the
/// arguments it had. Refused, that call fails with EPERM after any stop.
pub const RESUMED_BY_THE_KERNEL: &[&str] = &["restart_syscall"];

/// Calls whose effect reaches past the jail's own files, answered with
/// success without running (whatever the profile lists): `sync` and
/// `syncfs` would flush every host file system (a cheap way to stall the
/// host's I/O) and `sync_file_range` starts write-back of host files; the
/// jail's own files live on tmpfs, where flushing does nothing anyway.
pub const ANSWERED_AS_NOOP: &[&str] = &["sync", "syncfs", "sync_file_range"];

/// Allowed calls that start a program or change a path (create, remove,
/// rename, link, truncate, change modes, owners or times): with a listener,
/// each is shown to the supervisor before it runs, for the record only
/// (`watched.rs`). Calls on a descriptor alone (`fchmod`, `fchown`) are
/// among them: the descriptor may be of a file opened read-only.
pub const WATCHED: &[&str] = &[
    "execve",
    "execveat",
    "creat",
    "openat2",
    "mkdir",
    "mkdirat",
    "rmdir",
    "unlink",
    "unlinkat",
    "rename",
    "renameat",
    "renameat2",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "truncate",
    "chmod",
    "fchmod",
    "fchmodat",
    "fchmodat2",
    "chown",
    "fchown",
    "lchown",
    "fchownat",
    "utime",
    "utimes",
    "utimensat",
    "futimesat",
];

/// Opens watched only when their flags ask to write ([`WRITE_INTENT`]), with
/// the index of the flags argument: read-only opens, by far the most
/// common, never leave the kernel. `openat2` keeps its flags in memory, out
/// of a filter's reach: it is in [`WATCHED`] and the supervisor reads them.
pub const WATCHED_WHEN_WRITING: &[(&str, u8)] = &[("open", 1), ("openat", 2)];

/// Calls that send a signal, with the index of the signal argument: watched
/// when they send one (signal 0 only asks whether a process exists, as
/// liveness checks do in loops). A task a signal ends while its watched or
/// refused call waits withdraws that call's notification unread; the
/// supervisor tells such a withdrawal from a hidden one by the signal sent
/// before it (`notify.rs`).
pub const WATCHED_WHEN_SIGNALLING: &[(&str, u8)] = &[
    ("kill", 1),
    ("tkill", 1),
    ("tgkill", 2),
    ("rt_sigqueueinfo", 1),
    ("rt_tgsigqueueinfo", 2),
    ("pidfd_send_signal", 1),
];

/// Open flags that write or create: any of them makes an open watched.
pub const WRITE_INTENT: u32 =
    (libc::O_WRONLY | libc::O_RDWR | libc::O_CREAT | libc::O_TRUNC) as u32;

/// A watched call's return: allow, marked in the data bits (ignored by the
/// kernel for an allow) so that [`Program::with_notifications`] finds it.
pub const RET_WATCH: u32 = libc::SECCOMP_RET_ALLOW | 1;

/// Calls that make memory RLIMIT_AS does not count (a memfd's pages are
/// never mapped). A cgroup charges it; without one (`--allow-degraded
/// cgroup`) they are refused: see [`without_uncounted_memory`].
pub const UNCOUNTED_MEMORY: &[&str] = &["memfd_create"];

/// `allowed` less [`UNCOUNTED_MEMORY`]: the list to compile when the jail
/// runs without a cgroup.
pub fn without_uncounted_memory(allowed: &[String]) -> Vec<String> {
    allowed
        .iter()
        .filter(|name| !UNCOUNTED_MEMORY.contains(&name.as_str()))
        .cloned()
        .collect()
}

const NAMESPACE_FLAGS: u64 = (libc::CLONE_NEWNS
    | libc::CLONE_NEWCGROUP
    | libc::CLONE_NEWUTS
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWUSER
    | libc::CLONE_NEWPID
    | libc::CLONE_NEWNET) as u64;
const SOCKET_FAMILIES: &[i32] = &[libc::AF_UNIX, libc::AF_INET, libc::AF_INET6];
const PRCTL_OPTIONS: &[i32] = &[
    libc::PR_SET_PDEATHSIG,
    libc::PR_GET_PDEATHSIG,
    libc::PR_GET_DUMPABLE,
    libc::PR_SET_NAME,
    libc::PR_GET_NAME,
    libc::PR_GET_SECCOMP,
    libc::PR_CAPBSET_READ,
    libc::PR_GET_NO_NEW_PRIVS,
    libc::PR_SET_NO_NEW_PRIVS,
    libc::PR_GET_TIMERSLACK,
    0x5356_4d41, // PR_SET_VMA: glibc names anonymous mappings
];

/// `posix_fadvise` advice that drops pages from the host's page cache: the
/// jail's read-only binds are host files, so it could evict other programs'
/// pages (a slowdown and a way to prepare cache-timing attacks).
const FADVISE_EVICTING: &[u64] = &[
    libc::POSIX_FADV_DONTNEED as u64,
    libc::POSIX_FADV_NOREUSE as u64,
];
/// `preadv2`/`pwritev2` flag that answers EAGAIN unless the data is cached:
/// it tells the program which host files other processes have read.
const RWF_NOWAIT: u64 = 0x8;

pub(crate) const AUDIT_ARCH_X86_64: u32 = 62 | 0x8000_0000 | 0x4000_0000;
const X32_SYSCALL_BIT: u32 = 0x4000_0000;
const RET_EPERM: u32 = libc::SECCOMP_RET_ERRNO | libc::EPERM as u32;
const RET_ENOSYS: u32 = libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32;
const RET_SUCCESS_UNRUN: u32 = libc::SECCOMP_RET_ERRNO;
const OFFSET_NR: u32 = 0;
const OFFSET_ARCH: u32 = 4;

/// Where the low word of argument `arg` lies in `struct seccomp_data`.
fn offset_of_arg(arg: u8) -> u32 {
    16 + 8 * u32::from(arg)
}

/// A compiled filter, ready to install (empty: not compiled, refused by the kernel).
#[derive(Debug, Clone, Default)]
pub struct Program(pub Vec<libc::sock_filter>);

#[derive(Debug, thiserror::Error)]
pub enum SeccompError {
    #[error("seccomp: `{0}` is not an x86_64 system call")]
    UnknownCall(String),
    #[error("seccomp: cannot build the filter: {0}")]
    Build(#[from] seccompiler::BackendError),
}

/// Calls a template makes to fork jails (`template.rs`), which its own
/// program allows on top of the profile's list, without argument checks:
/// each forked jail stacks the profile's program, which refuses or checks
/// them, before any code of its job runs. The template runs no job code.
pub const FORKING_JAILS: &[&str] = &[
    "unshare",
    "mount",
    "setresuid",
    "setresgid",
    "setgroups",
    "seccomp",
    "landlock_create_ruleset",
    "landlock_add_rule",
    "landlock_restrict_self",
    "capset",
    "prctl",
    "pidfd_open",
    "setsid",
    "prlimit64",
    "socket",
    "ioctl",
    "sendmsg",
    "recvmsg",
    "poll",
    "wait4",
    "chdir",
];

/// Builds the filter that allows `allowed` (with argument checks where they
/// matter), watching [`WATCHED`], [`WATCHED_WHEN_WRITING`] and
/// [`WATCHED_WHEN_SIGNALLING`].
pub fn compile(allowed: &[String]) -> Result<Program, SeccompError> {
    compile_with(allowed, &[])
}

/// A template's filter: `allowed` and [`FORKING_JAILS`].
pub fn compile_template(allowed: &[String]) -> Result<Program, SeccompError> {
    compile_with(allowed, FORKING_JAILS)
}

/// `allowed` as [`compile`] allows it, and `forking` plainly.
fn compile_with(allowed: &[String], forking: &[&str]) -> Result<Program, SeccompError> {
    let mut verdicts: BTreeMap<u32, Verdict> = BTreeMap::new();
    let mut checked: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
    let number = |name: &str| {
        syscall_table::number(name).ok_or_else(|| SeccompError::UnknownCall(name.into()))
    };
    for name in ANSWERED_AS_NOOP {
        verdicts.insert(number(name)? as u32, Verdict::NoOp);
    }
    let names = allowed
        .iter()
        .map(String::as_str)
        .chain(NEEDED_BY_JAIL.iter().copied())
        .chain(RESUMED_BY_THE_KERNEL.iter().copied());
    let listed = |name: &&str| !NEVER_ALLOWED.contains(name) && !ANSWERED_AS_NOOP.contains(name);
    for name in names.filter(listed).chain(forking.iter().copied()) {
        let nr = number(name)?;
        if forking.contains(&name) {
            checked.remove(&nr);
            verdicts.insert(nr as u32, Verdict::Allow);
            continue;
        }
        let rules = argument_rules(name)?;
        let argument = |list: &[(&str, u8)]| list.iter().find(|(n, _)| *n == name).map(|a| a.1);
        let verdict = if !rules.is_empty() {
            checked.insert(nr, rules);
            Verdict::CheckArguments
        } else if let Some(flags) = argument(WATCHED_WHEN_WRITING) {
            Verdict::WatchWrites(flags)
        } else if let Some(signal) = argument(WATCHED_WHEN_SIGNALLING) {
            Verdict::WatchSignals(signal)
        } else if WATCHED.contains(&name) {
            Verdict::Watch
        } else {
            Verdict::Allow
        };
        verdicts.insert(nr as u32, verdict);
    }
    let argument_checks: BpfProgram = SeccompFilter::new(
        checked,
        SeccompAction::Errno(libc::EPERM as u32),
        SeccompAction::Allow,
        TargetArch::x86_64,
    )?
    .try_into()?;
    let mut program = prologue();
    program.extend(dispatch(&verdict_ranges(&verdicts)));
    program.extend(argument_checks.into_iter().map(|i| libc::sock_filter {
        code: i.code,
        jt: i.jt,
        jf: i.jf,
        k: i.k,
    }));
    Ok(Program(program))
}

/// Argument conditions for the calls that are only safe with some arguments.
/// Rules of one call are alternatives; conditions of one rule must all hold.
fn argument_rules(name: &str) -> Result<Vec<SeccompRule>, seccompiler::BackendError> {
    let cond = |arg, len, op, value| SeccompCondition::new(arg, len, op, value);
    let one_of = |arg: u8, values: &[i32]| -> Result<Vec<SeccompRule>, _> {
        values
            .iter()
            .map(|&v| SeccompRule::new(vec![cond(arg, Len::Dword, Op::Eq, v as u64)?]))
            .collect()
    };
    // An ioctl request is a c_ulong in glibc's headers and a c_int in musl's.
    #[allow(clippy::unnecessary_cast)]
    let (tiocsti, tioclinux) = (libc::TIOCSTI as u64, libc::TIOCLINUX as u64);
    Ok(match name {
        // No namespace flag in clone's flags (the low 32 bits hold all of them).
        "clone" => vec![SeccompRule::new(vec![cond(
            0,
            Len::Dword,
            Op::MaskedEq(NAMESPACE_FLAGS),
            0,
        )?])?],
        // The kernel compares ioctl commands as 32-bit values: so must we, or
        // 0x1_0000_5412 slips past a 64-bit comparison with TIOCSTI.
        "ioctl" => vec![SeccompRule::new(
            vec![
                cond(1, Len::Dword, Op::Ne, tiocsti),
                cond(1, Len::Dword, Op::Ne, tioclinux),
            ]
            .into_iter()
            .collect::<Result<_, _>>()?,
        )?],
        "fadvise64" => vec![SeccompRule::new(
            FADVISE_EVICTING
                .iter()
                .map(|&advice| cond(3, Len::Dword, Op::Ne, advice))
                .collect::<Result<_, _>>()?,
        )?],
        "preadv2" | "pwritev2" => vec![SeccompRule::new(vec![cond(
            5,
            Len::Dword,
            Op::MaskedEq(RWF_NOWAIT),
            0,
        )?])?],
        "socket" => one_of(0, SOCKET_FAMILIES)?,
        "socketpair" => one_of(0, &[libc::AF_UNIX])?,
        "prctl" => one_of(0, PRCTL_OPTIONS)?,
        _ => vec![],
    })
}

fn stmt(code: u32, k: u32) -> libc::sock_filter {
    jump(code, k, 0, 0)
}

fn jump(code: u32, k: u32, jt: u8, jf: u8) -> libc::sock_filter {
    libc::sock_filter {
        code: code as u16,
        jt,
        jf,
        k,
    }
}

/// Architecture, x32 and clone3 checks that run before the allowlist; they
/// leave the call number in the accumulator.
fn prologue() -> Vec<libc::sock_filter> {
    use libc::{BPF_ABS, BPF_JEQ, BPF_JGE, BPF_JMP, BPF_K, BPF_LD, BPF_RET, BPF_W};
    vec![
        stmt(BPF_LD | BPF_W | BPF_ABS, OFFSET_ARCH),
        jump(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
        stmt(BPF_RET | BPF_K, RET_EPERM), // i386 (int 0x80) or any other ABI
        stmt(BPF_LD | BPF_W | BPF_ABS, OFFSET_NR),
        jump(BPF_JMP | BPF_JGE | BPF_K, X32_SYSCALL_BIT, 0, 1),
        stmt(BPF_RET | BPF_K, RET_EPERM), // x32 numbering
        jump(BPF_JMP | BPF_JEQ | BPF_K, libc::SYS_clone3 as u32, 0, 1),
        stmt(BPF_RET | BPF_K, RET_ENOSYS),
    ]
}

/// What the filter does with one call number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Allow,
    Deny,
    /// Return 0 without running the call.
    NoOp,
    /// Go on to seccompiler's argument checks, placed after the dispatch.
    CheckArguments,
    /// Allow, shown to the supervisor first.
    Watch,
    /// Allow; shown to the supervisor first when the flags argument (its
    /// index) has a [`WRITE_INTENT`] bit.
    WatchWrites(u8),
    /// Allow; shown to the supervisor first when the signal argument (its
    /// index) is not 0.
    WatchSignals(u8),
}

/// The call numbers as runs of equal verdicts: (first number, verdict), the
/// last run reaching up to the x32 bit; numbers without a verdict are
/// denied. Neighbouring numbers tend to share a verdict, so there are far
/// fewer runs than calls.
fn verdict_ranges(verdicts: &BTreeMap<u32, Verdict>) -> Vec<(u32, Verdict)> {
    let last = verdicts.keys().next_back().copied().unwrap_or(0);
    let mut ranges: Vec<(u32, Verdict)> = Vec::new();
    for nr in 0..=last + 1 {
        let verdict = verdicts.get(&nr).copied().unwrap_or(Verdict::Deny);
        if ranges.last().is_none_or(|&(_, v)| v != verdict) {
            ranges.push((nr, verdict));
        }
    }
    ranges
}

/// A binary search over `ranges` on the call number: about log2(runs)
/// comparisons for any call. seccompiler alone emits a linear chain (~1,150
/// instructions for the strict profile), which the kernel must JIT and walk
/// for each of ~460 numbers to fill its per-call cache at every start.
fn dispatch(ranges: &[(u32, Verdict)]) -> Vec<libc::sock_filter> {
    let tree = search(ranges);
    let end = tree.len();
    tree.into_iter()
        .enumerate()
        .map(|(at, step)| match step {
            Step::Op(insn) => insn,
            Step::ToArgumentChecks => stmt(libc::BPF_JMP | libc::BPF_JA, (end - at - 1) as u32),
        })
        .collect()
}

/// An instruction of the search, or a jump to the argument checks whose
/// offset is known once the search is complete.
enum Step {
    Op(libc::sock_filter),
    ToArgumentChecks,
}

fn search(ranges: &[(u32, Verdict)]) -> Vec<Step> {
    use libc::{
        BPF_ABS, BPF_JA, BPF_JEQ, BPF_JGE, BPF_JMP, BPF_JSET, BPF_K, BPF_LD, BPF_RET, BPF_W,
    };
    if let [(_, verdict)] = ranges {
        let ret = |k| Step::Op(stmt(BPF_RET | BPF_K, k));
        return match *verdict {
            Verdict::Allow => vec![ret(libc::SECCOMP_RET_ALLOW)],
            Verdict::Deny => vec![ret(RET_EPERM)],
            Verdict::NoOp => vec![ret(RET_SUCCESS_UNRUN)],
            Verdict::Watch => vec![ret(RET_WATCH)],
            // The low word of the flags argument (little-endian): open's
            // flags are an int.
            Verdict::WatchWrites(arg) => vec![
                Step::Op(stmt(BPF_LD | BPF_W | BPF_ABS, offset_of_arg(arg))),
                Step::Op(jump(BPF_JMP | BPF_JSET | BPF_K, WRITE_INTENT, 0, 1)),
                ret(RET_WATCH),
                ret(libc::SECCOMP_RET_ALLOW),
            ],
            // Signal numbers are ints: the low word holds them.
            Verdict::WatchSignals(arg) => vec![
                Step::Op(stmt(BPF_LD | BPF_W | BPF_ABS, offset_of_arg(arg))),
                Step::Op(jump(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1)),
                ret(libc::SECCOMP_RET_ALLOW),
                ret(RET_WATCH),
            ],
            Verdict::CheckArguments => vec![Step::ToArgumentChecks],
        };
    }
    let (low, high) = ranges.split_at(ranges.len() / 2);
    let (below, at_or_above) = (search(low), search(high));
    let split = high[0].0;
    // Conditional jumps reach 255 instructions: beyond, a long jump carries it.
    let mut tree = match u8::try_from(below.len()) {
        Ok(skip) => vec![Step::Op(jump(BPF_JMP | BPF_JGE | BPF_K, split, skip, 0))],
        Err(_) => vec![
            Step::Op(jump(BPF_JMP | BPF_JGE | BPF_K, split, 0, 1)),
            Step::Op(stmt(BPF_JMP | BPF_JA, below.len() as u32)),
        ],
    };
    tree.extend(below);
    tree.extend(at_or_above);
    tree
}

impl Program {
    /// The same program with every `EPERM` answer and every watched call
    /// turned into a user notification for the supervisor (which answers
    /// `EPERM` itself, or lets a watched call continue).
    pub fn with_notifications(&self) -> Program {
        let ret = (libc::BPF_RET | libc::BPF_K) as u16;
        let mut program = self.0.clone();
        for insn in program
            .iter_mut()
            .filter(|i| i.code == ret && (i.k == RET_EPERM || i.k == RET_WATCH))
        {
            insn.k = libc::SECCOMP_RET_USER_NOTIF;
        }
        Program(program)
    }

    /// The same program as a template's (`template.rs`): refused calls
    /// traced (with no tracer, they fail with `ENOSYS`), watched calls
    /// plainly allowed. A forked jail stacks its own program with a listener
    /// on it; a call both refuse then reaches that listener, as the kernel
    /// ranks a user notification above a trace (and an `EPERM` above both,
    /// which is why refusals here are not `EPERM`), and only one filter of
    /// a process may have a listener.
    pub fn for_template(&self) -> Program {
        let ret = (libc::BPF_RET | libc::BPF_K) as u16;
        let mut program = self.0.clone();
        for insn in program.iter_mut().filter(|i| i.code == ret) {
            match insn.k {
                RET_EPERM => insn.k = libc::SECCOMP_RET_TRACE,
                RET_WATCH => insn.k = libc::SECCOMP_RET_ALLOW,
                _ => {}
            }
        }
        Program(program)
    }

    /// The program as the kernel reads it (`struct sock_filter` records):
    /// what `bwrap --seccomp FD` loads, and what a forked jail installs.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0
            .iter()
            .flat_map(|i| {
                let mut record = i.code.to_ne_bytes().to_vec();
                record.extend([i.jt, i.jf]);
                record.extend(i.k.to_ne_bytes());
                record
            })
            .collect()
    }

    /// What this program returns for a call: classic BPF as the kernel runs
    /// it on `seccomp_data`, for the instructions [`compile`] emits. An
    /// instruction it does not know, or a jump out of the program, gives
    /// `EPERM`.
    pub fn evaluate(&self, data: &libc::seccomp_data) -> u32 {
        use libc::{
            BPF_ABS, BPF_ALU, BPF_AND, BPF_JA, BPF_JEQ, BPF_JGE, BPF_JGT, BPF_JMP, BPF_JSET, BPF_K,
            BPF_LD, BPF_RET, BPF_W,
        };
        let word = |offset: u32| -> Option<u32> {
            Some(match offset {
                OFFSET_NR => data.nr as u32,
                OFFSET_ARCH => data.arch,
                8 => data.instruction_pointer as u32,
                12 => (data.instruction_pointer >> 32) as u32,
                16..=63 if offset.is_multiple_of(4) => {
                    let arg = data.args[(offset as usize - 16) / 8];
                    if offset.is_multiple_of(8) {
                        arg as u32
                    } else {
                        (arg >> 32) as u32
                    }
                }
                _ => return None,
            })
        };
        let (mut pc, mut acc) = (0usize, 0u32);
        // Every jump goes forward: the program ends within its length.
        while let Some(insn) = self.0.get(pc) {
            pc += 1;
            let taken = |condition: bool| usize::from(if condition { insn.jt } else { insn.jf });
            match u32::from(insn.code) {
                c if c == BPF_LD | BPF_W | BPF_ABS => match word(insn.k) {
                    Some(value) => acc = value,
                    None => break,
                },
                c if c == BPF_ALU | BPF_AND | BPF_K => acc &= insn.k,
                c if c == BPF_JMP | BPF_JA => pc += insn.k as usize,
                c if c == BPF_JMP | BPF_JEQ | BPF_K => pc += taken(acc == insn.k),
                c if c == BPF_JMP | BPF_JGE | BPF_K => pc += taken(acc >= insn.k),
                c if c == BPF_JMP | BPF_JGT | BPF_K => pc += taken(acc > insn.k),
                c if c == BPF_JMP | BPF_JSET | BPF_K => pc += taken(acc & insn.k != 0),
                c if c == BPF_RET | BPF_K => return insn.k,
                _ => break,
            }
        }
        RET_EPERM
    }

    /// Whether this program (before [`Program::with_notifications`]) lets
    /// the call run after showing it to the supervisor: a notification for
    /// any other call is a denial.
    pub fn watches(&self, data: &libc::seccomp_data) -> bool {
        self.evaluate(data) == RET_WATCH
    }

    /// Installs the filter on the calling thread. With `listen`, returns the
    /// notification listener. Needs `no_new_privs` (or CAP_SYS_ADMIN).
    pub fn install(&self, listen: bool) -> io::Result<Option<OwnedFd>> {
        let fprog = libc::sock_fprog {
            len: self.0.len() as u16,
            filter: self.0.as_ptr() as *mut libc::sock_filter,
        };
        let flags = if listen {
            libc::SECCOMP_FILTER_FLAG_NEW_LISTENER
        } else {
            0
        };
        // SAFETY: fprog points at a live, well-formed program for the duration of the call.
        let rc = unsafe {
            libc::syscall(
                libc::SYS_seccomp,
                libc::SECCOMP_SET_MODE_FILTER,
                flags,
                &fprog,
            )
        };
        if rc < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: with NEW_LISTENER the kernel returns a new fd that we now own.
        Ok(listen.then(|| unsafe { OwnedFd::from_raw_fd(rc as i32) }))
    }
}
