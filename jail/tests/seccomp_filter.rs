//! The compiled filter, loaded for real in a forked child: refused calls fail
//! with EPERM (clone3 with ENOSYS), allowed ones work, the tricky encodings
//! (64-bit TIOCSTI, x32 numbers, i386 `int 0x80`, namespace flags on clone)
//! are caught, and with user notification the supervisor side records them.

use std::os::fd::{AsFd, AsRawFd};

use jail::outcome::{Act, Place};
use jail::{control, notify, seccomp, Profile};

fn strict() -> seccomp::Program {
    seccomp::compile(&Profile::load("strict").unwrap().syscalls).unwrap()
}

/// Runs `probe` in a child under the strict filter; returns its exit code.
fn in_filtered_child(probe: fn() -> i32) -> i32 {
    in_child_under(&strict(), probe)
}

/// Runs `probe` in a child under `program`; returns its exit code.
fn in_child_under(program: &seccomp::Program, probe: fn() -> i32) -> i32 {
    // SAFETY: the child only makes raw system calls and _exits.
    unsafe {
        match libc::fork() {
            0 => {
                libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
                if program.install(false).is_err() {
                    libc::_exit(200);
                }
                libc::_exit(probe());
            }
            child => {
                let mut status = 0;
                libc::waitpid(child, &mut status, 0);
                assert!(libc::WIFEXITED(status), "child died: {status:#x}");
                libc::WEXITSTATUS(status)
            }
        }
    }
}

/// 0 if the raw call failed with `errno`, else 1 + a hint of what happened.
fn fails_with(rc: libc::c_long, errno: i32) -> i32 {
    let got = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    if rc == -1 && got == errno {
        0
    } else {
        1
    }
}

#[test]
fn ptrace_is_eperm() {
    let probe = || unsafe {
        fails_with(
            libc::syscall(libc::SYS_ptrace, libc::PTRACE_TRACEME, 0, 0, 0),
            libc::EPERM,
        )
    };
    assert_eq!(in_filtered_child(probe), 0);
}

#[test]
fn tiocsti_is_eperm_in_both_encodings() {
    let short = || unsafe {
        let c = b'x';
        fails_with(
            libc::syscall(libc::SYS_ioctl, 0, libc::TIOCSTI, &c),
            libc::EPERM,
        )
    };
    let long = || unsafe {
        let c = b'x';
        fails_with(
            libc::syscall(
                libc::SYS_ioctl,
                0,
                0x1_0000_0000u64 | request(libc::TIOCSTI),
                &c,
            ),
            libc::EPERM,
        )
    };
    let linux = || unsafe {
        fails_with(
            libc::syscall(libc::SYS_ioctl, 0, libc::TIOCLINUX, 0),
            libc::EPERM,
        )
    };
    assert_eq!(in_filtered_child(short), 0);
    assert_eq!(in_filtered_child(long), 0);
    assert_eq!(in_filtered_child(linux), 0);
}

#[test]
fn other_ioctls_still_work() {
    // FIONREAD on a pipe is an ordinary ioctl the filter must let through.
    let probe = || unsafe {
        let mut fds = [0; 2];
        libc::pipe(fds.as_mut_ptr());
        let mut n: libc::c_int = -1;
        i32::from(libc::ioctl(fds[0], libc::FIONREAD, &mut n) != 0 || n != 0)
    };
    assert_eq!(in_filtered_child(probe), 0);
}

#[test]
fn x32_numbers_are_eperm() {
    let probe =
        || unsafe { fails_with(libc::syscall(0x4000_0000 | libc::SYS_getpid), libc::EPERM) };
    assert_eq!(in_filtered_child(probe), 0);
}

#[test]
fn i386_int80_is_eperm() {
    let probe = || {
        let rc: i64;
        // SAFETY: i386 getpid (20) through the compat entry point; no memory is touched.
        unsafe { std::arch::asm!("int 0x80", inlateout("rax") 20i64 => rc) };
        i32::from(rc != -i64::from(libc::EPERM))
    };
    assert_eq!(in_filtered_child(probe), 0);
}

#[test]
fn namespace_flags_on_clone_are_eperm_and_plain_fork_works() {
    let new_user = || unsafe {
        fails_with(
            libc::syscall(
                libc::SYS_clone,
                (libc::CLONE_NEWUSER | libc::SIGCHLD) as u64,
                0,
                0,
                0,
                0,
            ),
            libc::EPERM,
        )
    };
    let unshare = || unsafe {
        fails_with(
            libc::syscall(libc::SYS_unshare, libc::CLONE_NEWNS),
            libc::EPERM,
        )
    };
    let fork = || unsafe {
        match libc::fork() {
            0 => libc::_exit(7),
            -1 => 1,
            child => {
                let mut status = 0;
                libc::waitpid(child, &mut status, 0);
                i32::from(libc::WEXITSTATUS(status) != 7)
            }
        }
    };
    assert_eq!(in_filtered_child(new_user), 0);
    assert_eq!(in_filtered_child(unshare), 0);
    assert_eq!(in_filtered_child(fork), 0);
}

#[test]
fn clone3_is_enosys_so_libc_falls_back_to_clone() {
    let probe = || unsafe {
        fails_with(
            libc::syscall(libc::SYS_clone3, 0usize, 0usize),
            libc::ENOSYS,
        )
    };
    assert_eq!(in_filtered_child(probe), 0);
}

#[test]
fn socket_families_other_than_unix_and_inet_are_eperm() {
    let vsock = || unsafe {
        fails_with(
            libc::syscall(libc::SYS_socket, libc::AF_VSOCK, libc::SOCK_STREAM, 0),
            libc::EPERM,
        )
    };
    let netlink = || unsafe {
        fails_with(
            libc::syscall(libc::SYS_socket, libc::AF_NETLINK, libc::SOCK_RAW, 0),
            libc::EPERM,
        )
    };
    let unix = || unsafe { i32::from(libc::socket(libc::AF_UNIX, libc::SOCK_STREAM, 0) < 0) };
    assert_eq!(in_filtered_child(vsock), 0);
    assert_eq!(in_filtered_child(netlink), 0);
    assert_eq!(in_filtered_child(unix), 0);
}

#[test]
fn bpf_keyctl_io_uring_mount_are_eperm() {
    let probe = || unsafe {
        fails_with(libc::syscall(libc::SYS_bpf, 0, 0, 0), libc::EPERM)
            + fails_with(libc::syscall(libc::SYS_keyctl, 0, 0), libc::EPERM)
            + fails_with(libc::syscall(libc::SYS_io_uring_setup, 1, 0), libc::EPERM)
            + fails_with(libc::syscall(libc::SYS_mount, 0, 0, 0, 0, 0), libc::EPERM)
            + fails_with(
                libc::syscall(libc::SYS_perf_event_open, 0, 0, 0, 0, 0),
                libc::EPERM,
            )
    };
    assert_eq!(in_filtered_child(probe), 0);
}

/// A child under the strict filter with notifications: it sends the listener
/// and runs `calls`; returns its pid and the listener of a cold run's jail.
fn notifying_child(calls: impl FnOnce() -> i32) -> (libc::pid_t, notify::Listener) {
    notifying_child_with(notify::Prologue::InterpreterStart, calls)
}

/// [`notifying_child`] with the listener of a jail whose own calls end with `prologue`.
fn notifying_child_with(
    prologue: notify::Prologue,
    calls: impl FnOnce() -> i32,
) -> (libc::pid_t, notify::Listener) {
    let program = strict();
    let (parent, child_end) = control::pair().unwrap();
    // SAFETY: the child makes raw calls, sends one message and _exits.
    let child = unsafe { libc::fork() };
    if child == 0 {
        unsafe {
            libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
            let Ok(Some(listener)) = program.with_notifications().install(true) else {
                libc::_exit(200)
            };
            if control::send(child_end.as_raw_fd(), &control::Message::Listener(listener)).is_err()
            {
                libc::_exit(201);
            }
            libc::_exit(calls());
        }
    }
    drop(child_end);
    let Some(control::Message::Listener(fd)) = control::recv(&parent).unwrap() else {
        panic!("no listener message");
    };
    (child, notify::Listener::new(fd, program, prologue))
}

fn exit_code(child: libc::pid_t) -> i32 {
    let mut status = 0;
    unsafe { libc::waitpid(child, &mut status, 0) };
    assert!(libc::WIFEXITED(status), "child died: {status:#x}");
    libc::WEXITSTATUS(status)
}

#[test]
fn user_notification_records_the_denied_call() {
    let (child, mut listener) = notifying_child(|| unsafe {
        fails_with(
            libc::syscall(libc::SYS_ptrace, libc::PTRACE_TRACEME, 1, 2, 3),
            libc::EPERM,
        )
    });
    let mut log = notify::Record::default();
    assert_eq!(
        listener.receive(&mut log).unwrap(),
        notify::Received::Answered
    );
    assert_eq!(exit_code(child), 0, "the child saw EPERM");
    let (log, watched) = log.finish();
    assert_eq!(watched.total, 0);
    assert_eq!((log.total, log.withdrawn), (1, 0));
    let call = &log.calls[0];
    assert_eq!(
        (call.name.as_str(), call.arch, call.count),
        ("ptrace", "x86_64", 1)
    );
    let sample = &call.samples[0];
    assert_eq!(&sample.args[..4], &[libc::PTRACE_TRACEME as u64, 1, 2, 3]);
    assert_eq!(sample.pid, child as u32);
}

extern "C" fn nothing(_: libc::c_int) {}

/// The case a program can use to hide a denial: a signal interrupts the
/// denied call before the supervisor has read its notification. The kernel
/// withdraws the notification (the call returns EINTR); the recorder must
/// still count it, and name the calls it could read.
#[test]
fn a_withdrawn_notification_is_counted() {
    let (ready_read, ready_write) = nix::unistd::pipe().unwrap();
    let (release_read, release_write) = nix::unistd::pipe().unwrap();
    let (ready, release) = (ready_write.as_raw_fd(), release_read.as_raw_fd());
    let (child, listener) = notifying_child(move || unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = nothing as extern "C" fn(libc::c_int) as usize;
        libc::sigaction(libc::SIGUSR1, &action, std::ptr::null_mut());
        // Waits for an answer until the parent's SIGUSR1 interrupts it.
        let first = fails_with(libc::syscall(libc::SYS_ptrace, 7, 0, 0, 0), libc::EINTR);
        libc::write(ready, b"1".as_ptr().cast(), 1);
        let second = fails_with(libc::syscall(libc::SYS_chroot, c"/".as_ptr()), libc::EPERM);
        libc::write(ready, b"2".as_ptr().cast(), 1);
        // Holds the filter until the parent has counted.
        let mut byte = 0u8;
        libc::read(release, (&mut byte as *mut u8).cast(), 1);
        first * 10 + second
    });
    drop(ready_write);
    drop(release_read);
    let raw = listener.as_fd().as_raw_fd();
    // The notification is queued and unread: then interrupt the caller.
    let mut pending = [libc::pollfd {
        fd: raw,
        events: libc::POLLIN,
        revents: 0,
    }];
    unsafe { libc::poll(pending.as_mut_ptr(), 1, 10_000) };
    assert_ne!(pending[0].revents & libc::POLLIN, 0, "no notification came");
    unsafe { libc::kill(child, libc::SIGUSR1) };
    let mut byte = [0u8; 1];
    assert_eq!(
        nix::unistd::read(ready_read.as_raw_fd(), &mut byte).unwrap(),
        1
    );
    let flags = notify::RecorderFlags::default();
    let log = std::thread::scope(|scope| {
        let mut recorder = notify::Recorder::start(scope, &flags).unwrap();
        recorder.read(listener).unwrap();
        assert_eq!(
            nix::unistd::read(ready_read.as_raw_fd(), &mut byte).unwrap(),
            1
        );
        recorder.finish(true).0
    });
    // A byte, not end of file: the child holds a copy of the write end.
    nix::unistd::write(&release_write, b"x").unwrap();
    assert_eq!(exit_code(child), 0, "the child saw EINTR, then EPERM");
    assert_eq!(log.withdrawn, 1, "{log:?}");
    assert_eq!(log.total, 1, "{log:?}");
    assert_eq!(log.calls[0].name, "chroot");
    assert!(log.drained && log.failure.is_none(), "{log:?}");
}

/// Denials are grouped by name: a flood of one call keeps a later, different
/// call in the record, and argument lists beyond the sample are counted.
#[test]
fn a_flood_of_one_call_does_not_hide_another() {
    let (child, mut listener) = notifying_child(|| unsafe {
        let mut wrong = 0;
        for i in 0..1500 {
            wrong += fails_with(libc::syscall(libc::SYS_setuid, i), libc::EPERM);
        }
        wrong + fails_with(libc::syscall(libc::SYS_chroot, c"/".as_ptr()), libc::EPERM)
    });
    let mut log = notify::Record::default();
    for _ in 0..1501 {
        listener.receive(&mut log).unwrap();
    }
    assert_eq!(exit_code(child), 0);
    let log = log.finish().0;
    let names: Vec<(&str, u64)> = log
        .calls
        .iter()
        .map(|c| (c.name.as_str(), c.count))
        .collect();
    assert_eq!(names, [("setuid", 1500), ("chroot", 1)]);
    let setuid = &log.calls[0];
    assert_eq!(setuid.samples.len(), notify::ARG_SAMPLES);
    assert_eq!(setuid.other_args, 1500 - notify::ARG_SAMPLES as u64);
}

#[test]
fn compiled_program_refuses_forbidden_calls_even_if_listed() {
    // NEVER_ALLOWED entries are dropped by compile(); the profile loader refuses them too.
    let program = seccomp::compile(&["ptrace".to_string(), "getpid".to_string()]).unwrap();
    let probe = || unsafe {
        let getpid_works = libc::syscall(libc::SYS_getpid) > 0;
        fails_with(
            libc::syscall(libc::SYS_ptrace, libc::PTRACE_TRACEME, 0, 0, 0),
            libc::EPERM,
        ) + i32::from(!getpid_works)
    };
    assert_eq!(in_child_under(&program, probe), 0);
}

#[test]
fn only_what_the_profile_lists_is_allowed() {
    // `getuid` is among the calls every profile lists, but this one does not.
    let program = seccomp::compile(&["getpid".to_string()]).unwrap();
    let probe = || unsafe {
        let denied = fails_with(libc::syscall(libc::SYS_getuid), libc::EPERM);
        let allowed = i32::from(libc::syscall(libc::SYS_getpid) <= 0);
        denied + allowed
    };
    assert_eq!(in_child_under(&program, probe), 0);
}

/// Classic BPF, as the kernel runs it on `seccomp_data`, for the instructions
/// the compiler emits; any other instruction fails the test.
fn evaluate(program: &seccomp::Program, nr: u32, arch: u32, args: [u64; 6]) -> u32 {
    let word = |offset: u32| -> u32 {
        match offset {
            0 => nr,
            4 => arch,
            16..=63 => {
                let arg = args[(offset as usize - 16) / 8];
                if offset.is_multiple_of(8) {
                    arg as u32
                } else {
                    (arg >> 32) as u32
                }
            }
            _ => panic!("load from seccomp_data offset {offset}"),
        }
    };
    let (mut pc, mut acc) = (0usize, 0u32);
    loop {
        let insn = program.0[pc];
        let code = u32::from(insn.code);
        pc += 1;
        let taken = |condition: bool| if condition { insn.jt } else { insn.jf } as usize;
        match code {
            c if c == libc::BPF_LD | libc::BPF_W | libc::BPF_ABS => acc = word(insn.k),
            c if c == libc::BPF_ALU | libc::BPF_AND | libc::BPF_K => acc &= insn.k,
            c if c == libc::BPF_JMP | libc::BPF_JA => pc += insn.k as usize,
            c if c == libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K => pc += taken(acc == insn.k),
            c if c == libc::BPF_JMP | libc::BPF_JGE | libc::BPF_K => pc += taken(acc >= insn.k),
            c if c == libc::BPF_JMP | libc::BPF_JGT | libc::BPF_K => pc += taken(acc > insn.k),
            c if c == libc::BPF_JMP | libc::BPF_JSET | libc::BPF_K => {
                pc += taken(acc & insn.k != 0)
            }
            c if c == libc::BPF_RET | libc::BPF_K => return insn.k,
            other => panic!("unexpected instruction {other:#x} at {}", pc - 1),
        }
    }
}

const AUDIT_ARCH_X86_64: u32 = 0xc000_003e;
const AUDIT_ARCH_I386: u32 = 0x4000_0003;
const ALLOW: u32 = libc::SECCOMP_RET_ALLOW;
const EPERM: u32 = libc::SECCOMP_RET_ERRNO | libc::EPERM as u32;
/// errno 0: the call returns 0 without running.
const SUCCESS_UNRUN: u32 = libc::SECCOMP_RET_ERRNO;
const WATCH: u32 = seccomp::RET_WATCH;

/// The whole number space, not a sample: each call number gets exactly the
/// verdict its place in the profile says, through the search the compiler builds.
#[test]
fn every_call_number_gets_the_profiles_verdict() {
    let profile = Profile::load("strict").unwrap();
    let program = strict();
    let checked = [
        "clone",
        "ioctl",
        "socket",
        "socketpair",
        "prctl",
        "fadvise64",
        "preadv2",
        "pwritev2",
    ];
    for nr in 0..1024u32 {
        let name = jail::syscall_table::name(i64::from(nr));
        if checked.contains(&name.as_str()) {
            continue;
        }
        let allowed = !seccomp::NEVER_ALLOWED.contains(&name.as_str())
            && (profile.syscalls.contains(&name)
                || seccomp::NEEDED_BY_JAIL.contains(&name.as_str())
                || seccomp::RESUMED_BY_THE_KERNEL.contains(&name.as_str()));
        let expected = match name.as_str() {
            "clone3" => libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32,
            _ if seccomp::ANSWERED_AS_NOOP.contains(&name.as_str()) => SUCCESS_UNRUN,
            _ if allowed && seccomp::WATCHED.contains(&name.as_str()) => WATCH,
            _ if allowed => ALLOW,
            _ => EPERM,
        };
        assert_eq!(
            evaluate(&program, nr, AUDIT_ARCH_X86_64, [0; 6]),
            expected,
            "{name} ({nr})"
        );
        // The supervisor's own reading of the program agrees.
        let data = libc::seccomp_data {
            nr: nr as i32,
            arch: AUDIT_ARCH_X86_64,
            instruction_pointer: 0,
            args: [0; 6],
        };
        assert_eq!(program.evaluate(&data), expected, "{name} ({nr})");
        assert_eq!(
            evaluate(&program, nr | 0x4000_0000, AUDIT_ARCH_X86_64, [0; 6]),
            EPERM,
            "x32 {name}"
        );
        assert_eq!(
            evaluate(&program, nr, AUDIT_ARCH_I386, [0; 6]),
            EPERM,
            "i386 {nr}"
        );
    }
    for nr in [0x3fff_ffff, 0x8000_0000, u32::MAX] {
        assert_eq!(
            evaluate(&program, nr, AUDIT_ARCH_X86_64, [0; 6]),
            EPERM,
            "{nr:#x}"
        );
    }
}

/// An ioctl request as a system call's argument: a c_ulong in glibc's headers, a c_int in
/// musl's.
#[allow(clippy::unnecessary_cast)]
fn request(request: libc::Ioctl) -> u64 {
    request as u64
}

#[test]
fn calls_allowed_with_some_arguments_are_checked_after_the_search() {
    let program = strict();
    let call = |name: &str, args: [u64; 6]| {
        let nr = jail::syscall_table::number(name).unwrap() as u32;
        evaluate(&program, nr, AUDIT_ARCH_X86_64, args)
    };
    let arg = |first: u64, second: u64| [first, second, 0, 0, 0, 0];
    assert_eq!(call("ioctl", arg(1, request(libc::FIONREAD))), ALLOW);
    assert_eq!(call("ioctl", arg(0, request(libc::TIOCSTI))), EPERM);
    assert_eq!(
        call("ioctl", arg(0, 0x1_0000_0000 | request(libc::TIOCSTI))),
        EPERM
    );
    assert_eq!(call("ioctl", arg(0, request(libc::TIOCLINUX))), EPERM);
    assert_eq!(call("socket", arg(libc::AF_UNIX as u64, 1)), ALLOW);
    assert_eq!(call("socket", arg(libc::AF_INET6 as u64, 1)), ALLOW);
    assert_eq!(call("socket", arg(libc::AF_NETLINK as u64, 3)), EPERM);
    assert_eq!(call("socket", arg(libc::AF_PACKET as u64, 3)), EPERM);
    assert_eq!(call("socketpair", arg(libc::AF_INET as u64, 1)), EPERM);
    assert_eq!(call("clone", arg(libc::SIGCHLD as u64, 0)), ALLOW);
    assert_eq!(
        call(
            "clone",
            arg((libc::CLONE_NEWUSER | libc::SIGCHLD) as u64, 0)
        ),
        EPERM
    );
    assert_eq!(call("clone", arg(libc::CLONE_NEWNET as u64, 0)), EPERM);
    assert_eq!(call("prctl", arg(libc::PR_SET_NAME as u64, 0)), ALLOW);
    assert_eq!(call("prctl", arg(libc::PR_SET_SECCOMP as u64, 0)), EPERM);
    assert_eq!(call("prctl", arg(libc::PR_SET_DUMPABLE as u64, 1)), EPERM);
    let fadvise = |advice: i32| [3, 0, 0, advice as u64, 0, 0];
    assert_eq!(call("fadvise64", fadvise(libc::POSIX_FADV_WILLNEED)), ALLOW);
    assert_eq!(
        call("fadvise64", fadvise(libc::POSIX_FADV_SEQUENTIAL)),
        ALLOW
    );
    assert_eq!(call("fadvise64", fadvise(libc::POSIX_FADV_DONTNEED)), EPERM);
    assert_eq!(call("fadvise64", fadvise(libc::POSIX_FADV_NOREUSE)), EPERM);
    let flags = |flags: u64| [3, 0, 1, 0, 0, flags];
    for call_name in ["preadv2", "pwritev2"] {
        assert_eq!(call(call_name, flags(0)), ALLOW);
        assert_eq!(call(call_name, flags(0x2 /* RWF_DSYNC */)), ALLOW);
        assert_eq!(call(call_name, flags(0x8 /* RWF_NOWAIT */)), EPERM);
        assert_eq!(call(call_name, flags(0x8 | 0x1)), EPERM);
    }
}

#[test]
fn the_program_is_a_search_not_a_chain() {
    // ~log2(runs of equal verdicts) comparisons per call; seccompiler's linear
    // chain was ~1,150 instructions long and walked it in call-number order.
    let program = strict();
    assert!(program.0.len() < 500, "{} instructions", program.0.len());
}

/// Opens are watched only when their flags write: the filter reads the flags
/// argument, the supervisor's reading of the program agrees.
#[test]
fn opens_are_watched_only_when_they_write() {
    let program = strict();
    let flags_at = [("open", 1), ("openat", 2)];
    for (name, at) in flags_at {
        let nr = jail::syscall_table::number(name).unwrap() as u32;
        for (flags, expected) in [
            (libc::O_RDONLY | libc::O_CLOEXEC, ALLOW),
            (libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW, ALLOW),
            (libc::O_WRONLY, WATCH),
            (libc::O_RDWR | libc::O_CLOEXEC, WATCH),
            (libc::O_RDONLY | libc::O_CREAT, WATCH),
            (libc::O_RDONLY | libc::O_TRUNC, WATCH),
            (libc::O_WRONLY | libc::O_APPEND, WATCH),
        ] {
            let mut args = [0u64; 6];
            // High bits the kernel ignores for an int must not matter.
            args[at] = 0xffff_0000_0000_0000 | flags as u32 as u64;
            assert_eq!(
                evaluate(&program, nr, AUDIT_ARCH_X86_64, args),
                expected,
                "{name} {flags:#x}"
            );
            let data = libc::seccomp_data {
                nr: nr as i32,
                arch: AUDIT_ARCH_X86_64,
                instruction_pointer: 0,
                args,
            };
            assert_eq!(program.watches(&data), expected == WATCH);
        }
    }
}

/// Calls that send a signal are watched when they send one, not when they
/// only ask whether a process exists (signal 0).
#[test]
fn signals_are_watched_but_liveness_checks_are_not() {
    let program = strict();
    for &(name, at) in jail::seccomp::WATCHED_WHEN_SIGNALLING {
        let nr = jail::syscall_table::number(name).unwrap() as u32;
        for (signal, expected) in [(0, ALLOW), (libc::SIGTERM, WATCH), (libc::SIGKILL, WATCH)] {
            let mut args = [0u64; 6];
            args[at as usize] = 0xffff_0000_0000_0000 | signal as u32 as u64;
            assert_eq!(
                evaluate(&program, nr, AUDIT_ARCH_X86_64, args),
                expected,
                "{name} {signal}"
            );
        }
    }
}

/// With a listener, a watched call reaches the supervisor, is recorded with
/// its path (relative paths resolved against the working directory) and
/// runs; a read-only open never leaves the kernel; the first program start
/// is the jail's own and is not recorded.
#[test]
fn watched_calls_are_recorded_and_then_run() {
    let dir = std::path::PathBuf::from(format!("/tmp/pyjail-watched-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dir_c = std::ffi::CString::new(dir.to_str().unwrap()).unwrap();
    let (child, mut listener) = notifying_child(move || unsafe {
        if libc::chdir(dir_c.as_ptr()) < 0 {
            return 100;
        }
        let argv = [c"start".as_ptr(), std::ptr::null()];
        libc::execve(
            c"/nonexistent/start".as_ptr(),
            argv.as_ptr(),
            std::ptr::null(),
        );
        let written = libc::open(c"out.txt".as_ptr(), libc::O_WRONLY | libc::O_CREAT, 0o600);
        let read = libc::open(c"out.txt".as_ptr(), libc::O_RDONLY);
        let made = libc::mkdir(c"/nonexistent-parent/d".as_ptr(), 0o700);
        let argv = [c"tool".as_ptr(), c"--flag".as_ptr(), std::ptr::null()];
        libc::execve(
            c"/nonexistent/tool".as_ptr(),
            argv.as_ptr(),
            std::ptr::null(),
        );
        i32::from(written < 0) + 2 * i32::from(read < 0) + 4 * i32::from(made == 0)
    });
    let mut log = notify::Record::default();
    for _ in 0..4 {
        assert_eq!(
            listener.receive(&mut log).unwrap(),
            notify::Received::Continued
        );
    }
    assert_eq!(
        exit_code(child),
        0,
        "the calls did not run as the kernel runs them"
    );
    assert!(dir.join("out.txt").exists());
    let (denied, watched) = log.finish();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(denied.total, 0);
    assert_eq!(watched.total, 3, "{watched:#?}");
    let groups: Vec<(Act, Place, &str, &[String])> = watched
        .groups
        .iter()
        .map(|g| {
            (
                g.act,
                g.place,
                g.samples[0].call.as_str(),
                &g.samples[0].paths[..],
            )
        })
        .collect();
    let written = format!("{}/out.txt", dir.display());
    assert_eq!(
        groups,
        [
            (Act::Write, Place::Writable, "openat", &[written][..]),
            (
                Act::Create,
                Place::Outside,
                "mkdir",
                &["/nonexistent-parent/d".to_string()][..]
            ),
            (
                Act::Exec,
                Place::Outside,
                "execve",
                &["/nonexistent/tool".to_string()][..]
            ),
        ]
    );
    assert_eq!(watched.groups[2].samples[0].argv, ["tool", "--flag"]);
    assert_eq!(watched.groups[0].samples[0].pids, [child as u32]);
}

/// A warm or forked jail's listener leaves out the calls before the prelude's job mark (the
/// job's files), answers the mark itself without running it, and records everything after,
/// a second mark included, which the kernel then runs (and fails: an empty path).
#[test]
fn a_warm_jails_own_calls_end_at_the_job_mark() {
    let dir = std::path::PathBuf::from(format!("/tmp/pyjail-job-mark-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dir_c = std::ffi::CString::new(dir.to_str().unwrap()).unwrap();
    let mark = || unsafe {
        libc::syscall(
            libc::SYS_openat,
            libc::AT_FDCWD,
            c"".as_ptr(),
            notify::JOB_MARK_FLAGS,
            notify::JOB_MARK_MODE,
        )
    };
    let (child, mut listener) =
        notifying_child_with(notify::Prologue::UntilJobMark, move || unsafe {
            if libc::chdir(dir_c.as_ptr()) < 0 {
                return 100;
            }
            let flags = libc::O_WRONLY | libc::O_CREAT;
            let job_file = libc::open(c"job.txt".as_ptr(), flags, 0o600);
            let taken = mark();
            let written = libc::open(c"out.txt".as_ptr(), flags, 0o600);
            let again = mark();
            let enoent = *libc::__errno_location() == libc::ENOENT;
            i32::from(job_file < 0)
                + 2 * i32::from(taken != notify::JOB_MARK_ANSWER)
                + 4 * i32::from(written < 0)
                + 8 * i32::from(again != -1 || !enoent)
        });
    let mut log = notify::Record::default();
    for _ in 0..4 {
        assert_eq!(
            listener.receive(&mut log).unwrap(),
            notify::Received::Continued
        );
    }
    assert_eq!(exit_code(child), 0, "the mark or the calls went wrong");
    let (denied, watched) = log.finish();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(denied.total, 0);
    assert_eq!(watched.total, 2, "{watched:#?}");
    let paths: Vec<&[String]> = watched
        .groups
        .iter()
        .flat_map(|g| g.samples.iter().map(|s| &s.paths[..]))
        .collect();
    assert_eq!(
        paths[0],
        [format!("{}/out.txt", dir.display())],
        "{watched:#?}"
    );
    assert_eq!(paths.len(), 2, "{watched:#?}");
}

extern "C" fn ignore_signal(_: libc::c_int) {}

/// A signal the target handles must not find a call of its still unread:
/// the kernel would withdraw it, and a handled signal accounts for no
/// withdrawal, so an ordinary graceful shutdown would look like hidden
/// attempts. Here the signal is queued first and the target's watched open
/// after it, both before the supervisor reads anything: the supervisor
/// reads and answers the open before it lets the signal go, so the open
/// runs and is recorded instead of failing with EINTR.
#[test]
fn a_handled_signal_goes_out_after_the_calls_queued_before_it_are_read() {
    let path = format!("/tmp/pyjail-drained-{}", std::process::id());
    let path_c = std::ffi::CString::new(path.as_str()).unwrap();
    let (child, mut listener) = notifying_child(move || unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = ignore_signal as extern "C" fn(libc::c_int) as usize;
        // No SA_RESTART: an interrupted open fails with EINTR.
        if libc::sigaction(libc::SIGUSR1, &action, std::ptr::null_mut()) < 0 {
            return 100;
        }
        let target = libc::fork();
        if target == 0 {
            // Queued after the signal, which waits for the supervisor.
            libc::usleep(100_000);
            let fd = libc::open(path_c.as_ptr(), libc::O_WRONLY | libc::O_CREAT, 0o600);
            let errno = *libc::__errno_location();
            libc::usleep(300_000);
            libc::_exit(match fd {
                fd if fd >= 0 => 0,
                _ if errno == libc::EINTR => 3,
                _ => 4,
            });
        }
        if libc::kill(target, libc::SIGUSR1) < 0 {
            return 101;
        }
        let mut status = 0;
        libc::waitpid(target, &mut status, 0);
        libc::WEXITSTATUS(status)
    });
    std::thread::sleep(std::time::Duration::from_millis(400));
    let mut log = notify::Record::default();
    assert_eq!(
        listener.receive(&mut log).unwrap(),
        notify::Received::Continued,
        "the signal, read first"
    );
    assert_eq!(exit_code(child), 0, "the open ran (3: EINTR)");
    let (calls, watched) = log.finish();
    assert_eq!((calls.withdrawn, watched.total), (0, 1));
    let _ = std::fs::remove_file(&path);
}
