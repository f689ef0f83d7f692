//! The compiled filter, loaded for real in a forked child: refused calls fail
//! with EPERM (clone3 with ENOSYS), allowed ones work, the tricky encodings
//! (64-bit TIOCSTI, x32 numbers, i386 `int 0x80`, namespace flags on clone)
//! are caught, and with user notification the supervisor side records them.

use std::os::fd::AsRawFd;

use jail::outcome::DeniedCalls;
use jail::{control, notify, seccomp, Profile};

/// Runs `probe` in a child under the strict filter; returns its exit code.
fn in_filtered_child(probe: fn() -> i32) -> i32 {
    let program = seccomp::compile(&Profile::load("strict").unwrap().syscalls).unwrap();
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
            if control::send(
                child_end.as_raw_fd(),
                control::LISTENER,
                b"",
                Some(listener.as_raw_fd()),
            )
            .is_err()
            {
                libc::_exit(201);
            }
            drop(listener);
            libc::_exit(fails_with(
                libc::syscall(libc::SYS_ptrace, libc::PTRACE_TRACEME, 1, 2, 3),
                libc::EPERM,
            ));
        }
    }
    drop(child_end);
    let message = control::recv(&parent).unwrap().expect("listener message");
    let mut listener = notify::Listener::new(message.fd.expect("listener fd"));
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
    assert!(program.0.len() > 8);
    let probe = || unsafe {
        fails_with(
            libc::syscall(libc::SYS_ptrace, libc::PTRACE_TRACEME, 0, 0, 0),
            libc::EPERM,
        )
    };
    assert_eq!(in_filtered_child(probe), 0);
}

#[test]
fn the_hot_path_only_allows_what_the_profile_lists() {
    // `read` is on the fast path, but this profile does not list it.
    let program = seccomp::compile(&["getpid".to_string()]).unwrap();
    // SAFETY: the child makes raw calls and _exits.
    unsafe {
        match libc::fork() {
            0 => {
                libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
                if program.install(false).is_err() {
                    libc::_exit(200);
                }
                let mut byte = 0u8;
                let denied =
                    fails_with(libc::syscall(libc::SYS_read, 0, &mut byte, 1), libc::EPERM);
                let allowed = i32::from(libc::syscall(libc::SYS_getpid) <= 0);
                libc::_exit(denied + allowed);
            }
            child => {
                let mut status = 0;
                libc::waitpid(child, &mut status, 0);
                assert_eq!(libc::WEXITSTATUS(status), 0);
            }
        }
    }
}
