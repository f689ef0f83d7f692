//! What kind of capability a finding, an audit event or a system call is
//! about. Correlation joins the three layers on it: a `subprocess` finding, a
//! `subprocess.Popen` event and a denied `execve` are all [`Kind::Process`].

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Starting programs: exec, spawn, fork, shells.
    Process,
    /// Sockets of any family.
    Network,
    /// Native code: ctypes, mmap, ptrace and friends.
    Native,
    /// Making or running code from data: exec/eval/compile, code objects, marshal, pickle.
    CodeExec,
    /// Reaching interpreter internals: object graph, frames, globals, gc.
    Introspection,
    /// Blinding or rewriting the watchers: audit hooks, trace functions.
    Tamper,
    /// Writing, removing or renaming files.
    Filesystem,
    /// Signals to other processes.
    Signal,
    /// Mounts and namespaces.
    Namespace,
    /// Terminal and device control (ioctl).
    Device,
    /// Other kernel attack surface: bpf, perf, keyrings, io_uring, modules.
    Kernel,
    /// Anything else.
    Other,
}

impl Kind {
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Process => "process creation",
            Kind::Network => "network",
            Kind::Native => "native code",
            Kind::CodeExec => "dynamic code",
            Kind::Introspection => "interpreter internals",
            Kind::Tamper => "telemetry tampering",
            Kind::Filesystem => "file writes",
            Kind::Signal => "signals",
            Kind::Namespace => "mounts and namespaces",
            Kind::Device => "device control",
            Kind::Kernel => "kernel attack surface",
            Kind::Other => "other",
        }
    }

    /// The kind of an analyzer finding, from its category and rule name.
    pub fn of_finding(category: &str, rule_name: &str) -> Kind {
        let text = format!("{category} {rule_name}").to_ascii_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
        if has(&["ctypes", "native", "mmap", "ptrace"]) {
            Kind::Native
        } else if has(&[
            "subprocess",
            "process",
            "system",
            "spawn",
            "fork",
            "exec-call",
            "pty",
            "popen",
            "shell",
        ]) {
            Kind::Process
        } else if has(&["socket", "network"]) {
            Kind::Network
        } else if has(&["audit", "hook", "tamper", "settrace"]) {
            Kind::Tamper
        } else if has(&[
            "exec", "eval", "compile", "code", "pickle", "marshal", "deserial",
        ]) {
            Kind::CodeExec
        } else if has(&[
            "object-graph",
            "subclass",
            "frame",
            "global",
            "builtin",
            "internal",
            "gc",
            "introspection",
            "dynamic",
            "obfusc",
        ]) {
            Kind::Introspection
        } else {
            Kind::Other
        }
    }

    /// The kind of a PEP 578 audit event.
    pub fn of_event(event: &str) -> Kind {
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| event.starts_with(p));
        if starts(&[
            "os.system",
            "os.exec",
            "os.posix_spawn",
            "os.spawn",
            "os.fork",
            "os.forkpty",
            "subprocess.",
            "pty.",
            "os.startfile",
        ]) {
            Kind::Process
        } else if starts(&["socket."]) {
            Kind::Network
        } else if starts(&["ctypes.", "mmap.", "_ctypes"]) {
            Kind::Native
        } else if starts(&[
            "exec",
            "compile",
            "code.__new__",
            "function.__new__",
            "marshal.",
            "pickle.",
        ]) {
            Kind::CodeExec
        } else if starts(&[
            "sys.addaudithook",
            "sys.settrace",
            "sys.setprofile",
            "object.__setattr__",
            "object.__delattr__",
        ]) {
            Kind::Tamper
        } else if starts(&[
            "sys._getframe",
            "sys._current_frames",
            "gc.",
            "object.__getattr__",
        ]) {
            Kind::Introspection
        } else if starts(&[
            "open",
            "os.remove",
            "os.rename",
            "os.chmod",
            "os.symlink",
            "os.link",
            "os.rmdir",
            "os.mkdir",
            "os.truncate",
            "shutil.",
        ]) {
            Kind::Filesystem
        } else if starts(&["os.kill", "os.killpg", "signal."]) {
            Kind::Signal
        } else {
            Kind::Other
        }
    }

    /// The kind of a system call the kernel denied.
    pub fn of_syscall(name: &str) -> Kind {
        match name {
            "execve" | "execveat" | "fork" | "vfork" | "clone" | "clone3" => Kind::Process,
            "socket" | "socketpair" | "connect" | "bind" | "listen" | "accept" | "accept4"
            | "sendto" | "sendmsg" | "sendmmsg" => Kind::Network,
            "ptrace" | "process_vm_readv" | "process_vm_writev" | "kcmp" | "pidfd_getfd" => {
                Kind::Native
            }
            "mount" | "umount2" | "pivot_root" | "unshare" | "setns" | "chroot" | "move_mount"
            | "open_tree" | "fsopen" | "fsmount" | "fsconfig" | "fspick" | "mount_setattr" => {
                Kind::Namespace
            }
            "ioctl" => Kind::Device,
            "kill" | "tkill" | "tgkill" | "rt_sigqueueinfo" | "pidfd_send_signal" => Kind::Signal,
            _ => Kind::Kernel,
        }
    }
}
