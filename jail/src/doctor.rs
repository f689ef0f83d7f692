//! What this host offers the jail, and what each gap costs. Every check asks
//! the kernel directly (a throwaway user namespace, a seccomp query, the
//! Landlock ABI, a cgroup created and removed) rather than guessing from
//! version numbers.

use std::path::Path;

use crate::layer::Layer;
use crate::{cgroup, ids, landlock, python, user};

/// One line of the report: a layer (its hint says how to get it).
pub struct Check {
    pub layer: Layer,
    pub ok: bool,
    pub detail: String,
    /// What a strict run loses without it.
    pub cost: &'static str,
    /// Needed for a strict run (without `--allow-degraded`).
    pub required: bool,
}

pub fn checks(python: Option<&Path>) -> Vec<Check> {
    vec![
        user_namespaces(),
        host_ids(),
        seccomp(),
        seccomp_notify(),
        landlock(),
        cgroups(),
        interpreter(python),
    ]
}

/// A strict run is possible when every required check passed.
pub fn strict_run_possible(checks: &[Check]) -> bool {
    checks.iter().all(|c| c.ok || !c.required)
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path)
        .ok()
        .map(|s| s.trim().to_string())
}

fn user_namespaces() -> Check {
    let mut notes = Vec::new();
    for (sysctl, path) in [
        (
            "user.max_user_namespaces",
            "/proc/sys/user/max_user_namespaces",
        ),
        (
            "kernel.unprivileged_userns_clone",
            "/proc/sys/kernel/unprivileged_userns_clone",
        ),
        (
            "kernel.apparmor_restrict_unprivileged_userns",
            "/proc/sys/kernel/apparmor_restrict_unprivileged_userns",
        ),
    ] {
        if let Some(value) = read(path) {
            notes.push(format!("{sysctl}={value}"));
        }
    }
    // A real attempt in a forked child: the only reliable answer.
    // SAFETY: the child only calls unshare and _exit.
    let works = unsafe {
        match libc::fork() {
            0 => libc::_exit(i32::from(
                libc::unshare(
                    libc::CLONE_NEWUSER
                        | libc::CLONE_NEWPID
                        | libc::CLONE_NEWNS
                        | libc::CLONE_NEWNET,
                ) != 0,
            )),
            -1 => false,
            child => {
                let mut status = 0;
                libc::waitpid(child, &mut status, 0);
                libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0
            }
        }
    };
    Check {
        layer: Layer::UserNamespace,
        ok: works,
        detail: format!(
            "{} ({})",
            if works { "can be created" } else { "refused" },
            notes.join(", ")
        ),
        cost: "without them there is no jail at all: pyjail refuses to run",
        required: true,
    }
}

fn host_ids() -> Check {
    let (ok, detail, required) = match user::Source::for_current_user() {
        user::Source::Root => {
            let last = ids::ROOT_BASE + (ids::ROOT_COUNT - 1);
            match ids::Pool::root() {
                Ok(pool) => (
                    true,
                    format!(
                        "one per jail from {}-{last} ({} of them named by accounts or \
                         subordinate ranges, skipped), locks in {}",
                        ids::ROOT_BASE,
                        (ids::ROOT_BASE..=last)
                            .filter(|id| pool.claimed.iter().any(|r| r.contains(id)))
                            .count(),
                        ids::ROOT_LOCK_DIR
                    ),
                    true,
                ),
                Err(err) => (false, err.to_string(), true),
            }
        }
        user::Source::Subordinate {
            range,
            newuidmap,
            newgidmap,
        } => (
            true,
            format!(
                "one per jail from your subordinate ranges (uids {}, gids {}, {} each) through \
                 {} and {}; supplementary groups are dropped",
                range.uid_start,
                range.gid_start,
                range.count,
                newuidmap.display(),
                newgidmap.display()
            ),
            false,
        ),
        user::Source::Own { why } => (
            false,
            format!(
                "jails run as your own uid {} ({why})",
                nix::unistd::Uid::current()
            ),
            false,
        ),
    };
    Check {
        layer: Layer::Identity,
        ok,
        detail,
        cost: "without ids of their own, concurrent jails share the kernel's per-uid accounts \
               (pipe buffer pages, epoll watches, descriptors in flight) and keep your \
               supplementary groups; as root pyjail refuses to run",
        required,
    }
}

fn seccomp() -> Check {
    // SAFETY: PR_GET_SECCOMP only reads our own mode.
    let mode = unsafe { libc::prctl(libc::PR_GET_SECCOMP, 0, 0, 0, 0) };
    let actions = read("/proc/sys/kernel/seccomp/actions_avail").unwrap_or_default();
    Check {
        layer: Layer::Seccomp,
        ok: mode >= 0 && actions.contains("errno"),
        detail: format!(
            "actions: {}",
            if actions.is_empty() {
                "unknown"
            } else {
                &actions
            }
        ),
        cost: "without seccomp the program can call every system call the kernel offers: \
               pyjail refuses to run",
        required: true,
    }
}

fn seccomp_notify() -> Check {
    let actions = read("/proc/sys/kernel/seccomp/actions_avail").unwrap_or_default();
    let ok = actions.split_whitespace().any(|a| a == "user_notif");
    Check {
        layer: Layer::SeccompNotify,
        ok,
        detail: if ok {
            "available: denied calls are recorded by the supervisor".into()
        } else {
            "missing".into()
        },
        cost: "denied calls are still refused, but the report cannot list them",
        required: false,
    }
}

fn landlock() -> Check {
    let abi = landlock::kernel_abi();
    Check {
        layer: Layer::Landlock,
        ok: abi >= 1,
        detail: if abi >= 1 {
            format!("ABI {abi}")
        } else {
            "not available".into()
        },
        cost: "a second file-system boundary independent of the mount table; without it a \
               mount mistake would expose host files",
        required: true,
    }
}

fn cgroups() -> Check {
    let created = cgroup::Cgroup::create(64 << 20, 8);
    let (ok, how) = match &created {
        Ok(cg) => (
            true,
            format!("a nested {} cgroup can be created here", cg.version()),
        ),
        Err(err) => (false, err.to_string()),
    };
    drop(created);
    let mut detail = vec![how];
    detail.extend(cgroup::describe());
    Check {
        layer: Layer::Cgroup,
        ok,
        detail: detail.join("; "),
        cost: "without a cgroup, memory and process limits fall back to per-process rlimits \
               (RLIMIT_AS counts address space, not memory; no peak memory or OOM report)",
        required: true,
    }
}

fn interpreter(requested: Option<&Path>) -> Check {
    let (ok, detail) = match python::resolve(requested) {
        Ok(found) => (
            true,
            format!(
                "Python {} at {} (prefixes shown read-only: {})",
                found.version,
                found.real_executable.display(),
                found
                    .prefixes
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        Err(err) => (false, err.to_string()),
    };
    Check {
        layer: Layer::Interpreter,
        ok,
        detail,
        cost: "nothing to run",
        required: true,
    }
}
