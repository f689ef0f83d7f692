//! Capabilities: the jail's set-up runs with every capability of its user
//! namespace; the program gets none. Bounding and ambient sets are emptied
//! too, so nothing can be regained by exec.

use std::io;

fn check(rc: libc::c_int) -> io::Result<()> {
    if rc < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// Empties the bounding, ambient, inheritable, permitted and effective sets.
pub fn drop_all() -> io::Result<()> {
    keep_only(&[])
}

/// Keeps CAP_SETUID and CAP_SETGID alone, as ambient capabilities so that
/// they survive the interpreter's exec (a template, `template.rs`, which
/// takes each forked jail's ids with them); empties the rest.
pub fn keep_only_setid() -> io::Result<()> {
    keep_only(&[CAP_SETUID, CAP_SETGID])
}

/// Every set emptied but of `kept`, which stay in all of them (ambient too).
fn keep_only(kept: &[u32]) -> io::Result<()> {
    let mask = kept.iter().fold(0u32, |mask, cap| mask | 1 << cap);
    // SAFETY: prctl/capset with plain integer arguments and a valid header/data.
    unsafe {
        // Every capability the kernel knows: it answers EINVAL past the last
        // one (dropping directly, without asking first, halves the calls).
        for cap in (0..64u32).filter(|cap| !kept.contains(cap)) {
            if libc::prctl(libc::PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 {
                let err = io::Error::last_os_error();
                if cap > 0 && err.raw_os_error() == Some(libc::EINVAL) {
                    break;
                }
                return Err(err);
            }
        }
        check(libc::prctl(
            libc::PR_CAP_AMBIENT,
            libc::PR_CAP_AMBIENT_CLEAR_ALL,
            0,
            0,
            0,
        ))?;
        let mut header = CapHeader {
            version: LINUX_CAPABILITY_VERSION_3,
            pid: 0,
        };
        let mut data = [CapData::default(); 2];
        data[0] = CapData {
            effective: mask,
            permitted: mask,
            inheritable: mask,
        };
        check(libc::syscall(libc::SYS_capset, &mut header, data.as_ptr()) as libc::c_int)?;
        for &cap in kept {
            check(libc::prctl(
                libc::PR_CAP_AMBIENT,
                libc::PR_CAP_AMBIENT_RAISE,
                cap,
                0,
                0,
            ))?;
        }
    }
    Ok(())
}

/// Sets `no_new_privs`: exec can never grant privileges (setuid files, file
/// capabilities), and seccomp and Landlock may be installed without CAP_SYS_ADMIN.
pub fn set_no_new_privs() -> io::Result<()> {
    // SAFETY: plain integer prctl.
    check(unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) })
}

/// Makes the calling process undumpable: others with the same uid cannot open
/// its /proc files (mem, environ) or attach to it.
pub fn set_undumpable() -> io::Result<()> {
    // SAFETY: plain integer prctl.
    check(unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) })
}

const LINUX_CAPABILITY_VERSION_3: u32 = 0x2008_0522;
// linux/capability.h
const CAP_SETGID: u32 = 6;
const CAP_SETUID: u32 = 7;

#[repr(C)]
struct CapHeader {
    version: u32,
    pid: i32,
}

#[repr(C)]
#[derive(Default, Clone, Copy)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}
