//! The compiled filter, loaded for real in a forked child: refused calls fail
//! with EPERM (clone3 with ENOSYS), allowed ones work, the tricky encodings
//! (64-bit TIOCSTI, x32 numbers, i386 `int 0x80`, namespace flags on clone)
//! are caught, and with user notification the supervisor side records them.

use std::os::fd::AsRawFd;

use jail::outcome::DeniedCalls;
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
            libc::syscall(libc::SYS_ioctl, 0, 0x1_0000_0000u64 | libc::TIOCSTI, &c),
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

#[test]
fn user_notification_records_the_denied_call() {
    let program = seccomp::compile(&Profile::load("strict").unwrap().syscalls).unwrap();
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
            libc::_exit(fails_with(
                libc::syscall(libc::SYS_ptrace, libc::PTRACE_TRACEME, 1, 2, 3),
                libc::EPERM,
            ));
        }
    }
    drop(child_end);
    let Some(control::Message::Listener(fd)) = control::recv(&parent).unwrap() else {
        panic!("no listener message");
    };
    let mut listener = notify::Listener::new(fd);
    let mut log = DeniedCalls::default();
    listener.answer_one(&mut log).unwrap();
    let mut status = 0;
    unsafe { libc::waitpid(child, &mut status, 0) };
    assert_eq!(libc::WEXITSTATUS(status), 0, "the child saw EPERM");
    assert_eq!(log.total, 1);
    let record = &log.records[0];
    assert_eq!(record.name, "ptrace");
    assert_eq!(record.arch, "x86_64");
    assert_eq!(&record.args[..4], &[libc::PTRACE_TRACEME as u64, 1, 2, 3]);
    assert_eq!(record.pid, child as u32);
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
    // `read` is among the calls every profile lists, but this one does not.
    let program = seccomp::compile(&["getpid".to_string()]).unwrap();
    let probe = || unsafe {
        let mut byte = 0u8;
        let denied = fails_with(libc::syscall(libc::SYS_read, 0, &mut byte, 1), libc::EPERM);
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
                || seccomp::NEEDED_BY_JAIL.contains(&name.as_str()));
        let expected = match name.as_str() {
            "clone3" => libc::SECCOMP_RET_ERRNO | libc::ENOSYS as u32,
            _ if seccomp::ANSWERED_AS_NOOP.contains(&name.as_str()) => SUCCESS_UNRUN,
            _ if allowed => ALLOW,
            _ => EPERM,
        };
        assert_eq!(
            evaluate(&program, nr, AUDIT_ARCH_X86_64, [0; 6]),
            expected,
            "{name} ({nr})"
        );
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

#[test]
fn calls_allowed_with_some_arguments_are_checked_after_the_search() {
    let program = strict();
    let call = |name: &str, args: [u64; 6]| {
        let nr = jail::syscall_table::number(name).unwrap() as u32;
        evaluate(&program, nr, AUDIT_ARCH_X86_64, args)
    };
    let arg = |first: u64, second: u64| [first, second, 0, 0, 0, 0];
    assert_eq!(call("ioctl", arg(1, libc::FIONREAD)), ALLOW);
    assert_eq!(call("ioctl", arg(0, libc::TIOCSTI)), EPERM);
    assert_eq!(call("ioctl", arg(0, 0x1_0000_0000 | libc::TIOCSTI)), EPERM);
    assert_eq!(call("ioctl", arg(0, libc::TIOCLINUX)), EPERM);
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
