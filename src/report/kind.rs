//! Which [`Capability`] an audit event or a denied system call is about. Findings carry
//! theirs (every rule declares one); audit events carry the category
//! `rules/audit-events.yaml` gives them, in the same vocabulary. Correlation joins the
//! three layers on it: a `subprocess` finding, a `subprocess.Popen` event and a denied
//! `execve` are all [`Capability::Process`].

use analyzer::Capability;
use jail::telemetry::Event;

/// The capability of an audit event, from the category the policy gave it; `None` for
/// categories outside the vocabulary (a forged record, or a custom policy's own words).
pub fn of_event(event: &Event) -> Option<Capability> {
    event.category.parse().ok()
}

/// The capability of a system call the kernel denied.
pub fn of_syscall(name: &str) -> Capability {
    match name {
        "execve" | "execveat" | "fork" | "vfork" | "clone" | "clone3" => Capability::Process,
        "socket" | "socketpair" | "connect" | "bind" | "listen" | "accept" | "accept4"
        | "sendto" | "sendmsg" | "sendmmsg" => Capability::Network,
        "ptrace" | "process_vm_readv" | "process_vm_writev" | "kcmp" | "pidfd_getfd" => {
            Capability::Native
        }
        "mount" | "umount2" | "pivot_root" | "unshare" | "setns" | "chroot" | "move_mount"
        | "open_tree" | "fsopen" | "fsmount" | "fsconfig" | "fspick" | "mount_setattr" => {
            Capability::Namespace
        }
        "ioctl" => Capability::Device,
        "kill" | "tkill" | "tgkill" | "rt_sigqueueinfo" | "pidfd_send_signal" => Capability::Signal,
        "setuid" | "setgid" | "setreuid" | "setregid" | "setresuid" | "setresgid" | "setgroups"
        | "setfsuid" | "setfsgid" | "capset" => Capability::Credentials,
        "setrlimit" | "prlimit64" => Capability::Resources,
        _ => Capability::Kernel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every category of the audit policy is a capability: the prelude writes it into each
    /// record and correlation parses it back.
    #[test]
    fn every_audit_event_category_is_a_capability() {
        let policy = jail::prelude::default_policy();
        let promoted = policy.promote.values().map(|p| &p.category);
        for category in policy
            .always
            .keys()
            .chain(policy.sampled.keys())
            .chain(promoted)
        {
            assert!(
                category.parse::<Capability>().is_ok(),
                "audit-events.yaml category `{category}` is not a capability"
            );
        }
    }

    #[test]
    fn denied_calls_map_to_their_capability() {
        assert_eq!(of_syscall("execve"), Capability::Process);
        assert_eq!(of_syscall("setresuid"), Capability::Credentials);
        assert_eq!(of_syscall("bpf"), Capability::Kernel);
    }
}
