//! Jails forked from a template. A warm jail's interpreter start is most of
//! what a jail costs (~8 ms of CPU of ~13 on a small machine). A template is
//! an interpreter started once, in a jail of its own, with the audit prelude
//! loaded (`--template`), that runs no program: for each request it forks,
//! and the child enters a jail of its own before it waits for its one job
//! as any warm jail does. So each job still has a jail of its own, used once:
//! fresh user, mount, pid, network, IPC, UTS and cgroup namespaces (nested in
//! the template's), its own cgroup, /proc, /tmp and /work, host ids leased for
//! it alone, Landlock, no capabilities, and the profile's seccomp program
//! stacked on the template's. What jobs share is what the template held
//! before its fork: the interpreter's memory as it was started (address-space
//! layout, hash secret), never another job's state.
//!
//! The request, from the jail's supervisor (a helper of `pyjail serve`) to
//! the template over a seqpacket socket, with the new jail's stdin (read end),
//! stdout, stderr, telemetry (write ends) and control channel as SCM_RIGHTS:
//! `PFRK`, the length of the rest (u32 LE), then fields, each a u32 LE length
//! and bytes: the uid and gid to take in the template's user namespace
//! (`user.rs`, [`crate::user::IdMap::in_template`]), `1` to clear
//! supplementary groups, the /tmp and /work mount options
//! ([`crate::rootfs::scratch_mounts`]), the rlimits (`rlimits.rs` words), the
//! Landlock rules for this kernel ([`crate::landlock::rules_for_this_kernel`]),
//! `1` when Landlock may be missing, and the seccomp program (`sock_filter`s,
//! the profile's, with notifications). The reader is `_template` and
//! `_forked` in `prelude/audit_prelude.py`, which set the jail up in the
//! order of `sandbox.rs`, and answer on the control channel (`control.rs`):
//! `Forked` (a pidfd of the jail's pid 1), then, after `Joined`, `Work`,
//! `Listener`, and `Exited` when the job is over, or `Failed`.
//!
//! Why the template may do what its jails may not: its own seccomp program
//! allows [`crate::seccomp::FORKING_JAILS`] and it keeps CAP_SETUID and
//! CAP_SETGID in its user namespace (`sandbox.rs`, `Role::Template`), but it
//! runs only the prelude, and no forked jail can reach it: they see neither
//! its processes (their own pid namespace) nor its files (their own mount
//! namespace, where the template's mounts are locked under their own).

use std::io::IoSlice;
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd, RawFd};

use nix::sys::socket::{sendmsg, ControlMessage, MsgFlags};
use nix::unistd::Pid;

use crate::error::JailError;
use crate::layer::Layer;
use crate::profile::Limits;
use crate::seccomp::Program;

/// What a forked jail is set up with.
pub struct ForkRequest<'a> {
    pub ids_in_template: (u32, u32),
    pub drop_groups: bool,
    pub limits: &'a Limits,
    pub landlock_optional: bool,
    pub program: &'a Program,
}

impl ForkRequest<'_> {
    /// The request's bytes (the module documentation has the format).
    pub fn encode(&self) -> Vec<u8> {
        let [(_, tmp), (_, work)] = crate::rootfs::scratch_mounts(self.limits.scratch_size());
        let program = self.program.with_notifications().to_bytes();
        let writable = [crate::rootfs::WORK_DIR, crate::rootfs::TMP_DIR];
        let flag = |on: bool| if on { b"1".to_vec() } else { b"0".to_vec() };
        let fields: [Vec<u8>; 9] = [
            self.ids_in_template.0.to_string().into_bytes(),
            self.ids_in_template.1.to_string().into_bytes(),
            flag(self.drop_groups),
            tmp.into_bytes(),
            work.into_bytes(),
            crate::rlimits::words(&crate::rlimits::settings(self.limits, false)).into_bytes(),
            crate::landlock::rules_for_this_kernel(&writable, crate::rootfs::WRITABLE_DEVICES)
                .into_bytes(),
            flag(self.landlock_optional),
            program,
        ];
        let mut body = Vec::new();
        for field in &fields {
            body.extend((field.len() as u32).to_le_bytes());
            body.extend(field);
        }
        let mut request = b"PFRK".to_vec();
        request.extend((body.len() as u32).to_le_bytes());
        request.extend(body);
        request
    }
}

/// Sends `request` with the jail's ends of its pipes and control channel,
/// in the order the template takes them: stdin, stdout, stderr, telemetry,
/// control.
pub fn send(requests: BorrowedFd, request: &[u8], ends: [RawFd; 5]) -> Result<(), JailError> {
    sendmsg::<()>(
        requests.as_raw_fd(),
        &[IoSlice::new(request)],
        &[ControlMessage::ScmRights(&ends)],
        MsgFlags::MSG_NOSIGNAL,
        None,
    )
    .map(drop)
    .map_err(|e| JailError::setup(Layer::Fork, format!("the template is gone: {e}")))
}

/// The pid (in our pid namespace) of the process `pidfd` refers to.
pub fn pid_of(pidfd: &OwnedFd) -> Result<Pid, JailError> {
    let info = std::fs::read_to_string(format!("/proc/self/fdinfo/{}", pidfd.as_raw_fd()))
        .map_err(|e| JailError::setup(Layer::Pidfd, e))?;
    info.lines()
        .find_map(|line| line.strip_prefix("Pid:"))
        .and_then(|pid| pid.trim().parse::<i32>().ok())
        .filter(|&pid| pid > 0)
        .map(Pid::from_raw)
        .ok_or_else(|| JailError::setup(Layer::Pidfd, "the forked jail has already ended"))
}
