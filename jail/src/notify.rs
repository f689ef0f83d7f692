//! The supervisor's side of seccomp user notification: every call the filter
//! refuses is first reported here by the kernel (name, arguments, pid), then
//! answered with `EPERM`. The program cannot forge or silence these records.
//! The log is bounded: past `RECORD_CAP` calls are only counted, and every
//! notification is answered at once, so a flood never stalls the jail.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};

use crate::outcome::{DeniedCall, DeniedCalls};
use crate::syscall_table;

pub const RECORD_CAP: usize = 1000;
const AUDIT_ARCH_X86_64: u32 = 0xc000_003e;
const AUDIT_ARCH_I386: u32 = 0x4000_0003;

pub struct Listener {
    fd: OwnedFd,
    /// Receive buffer as large as the kernel's `struct seccomp_notif`.
    buffer: Vec<u64>,
}

impl Listener {
    pub fn new(fd: OwnedFd) -> Listener {
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
        Listener {
            fd,
            buffer: vec![0; bytes.div_ceil(8)],
        }
    }

    pub fn raw(&self) -> i32 {
        self.fd.as_raw_fd()
    }

    /// Takes one pending notification, records it and answers EPERM.
    /// Returns false when the jail is gone (no filter user left).
    pub fn answer_one(&mut self, log: &mut DeniedCalls) -> io::Result<bool> {
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
                // The caller was killed or the call interrupted before we read it.
                Some(libc::ENOENT) | Some(libc::EINTR) => Ok(true),
                _ => Err(err),
            };
        }
        // SAFETY: the kernel filled a seccomp_notif at the start of the buffer.
        let notif: libc::seccomp_notif = unsafe { std::ptr::read(self.buffer.as_ptr().cast()) };
        record(log, &notif);
        let resp = libc::seccomp_notif_resp {
            id: notif.id,
            val: 0,
            error: -libc::EPERM,
            flags: 0,
        };
        // SAFETY: resp is a valid seccomp_notif_resp; ENOENT (caller gone) is harmless.
        unsafe { libc::ioctl(self.fd.as_raw_fd(), libc::SECCOMP_IOCTL_NOTIF_SEND, &resp) };
        Ok(true)
    }
}

fn record(log: &mut DeniedCalls, notif: &libc::seccomp_notif) {
    log.total += 1;
    if log.records.len() >= RECORD_CAP {
        log.dropped += 1;
        return;
    }
    let data = &notif.data;
    let (arch, name) = match data.arch {
        AUDIT_ARCH_X86_64 if data.nr as u32 & 0x4000_0000 != 0 => (
            "x32",
            format!(
                "x32:{}",
                syscall_table::name(i64::from(data.nr & !0x4000_0000))
            ),
        ),
        AUDIT_ARCH_X86_64 => ("x86_64", syscall_table::name(i64::from(data.nr))),
        AUDIT_ARCH_I386 => ("i386", format!("i386:{}", data.nr)),
        _ => ("other", format!("arch{:#x}:{}", data.arch, data.nr)),
    };
    log.records.push(DeniedCall {
        name,
        nr: data.nr,
        arch,
        args: data.args,
        pid: notif.pid,
    });
}
