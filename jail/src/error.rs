//! Why a run could not start. Every variant ends in exit code 125.

use crate::{profile::ProfileError, python::PythonError};

#[derive(Debug, thiserror::Error)]
pub enum JailError {
    /// Bad input: missing program, bad bind, bad environment entry.
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error("interpreter: {0}")]
    Python(#[from] PythonError),
    /// `jail::run` was called from a multi-threaded process (see its docs).
    #[error(
        "the jail must be started from a single-threaded process and this one has {0} threads \
         (the jail is cloned without fork handlers, so another thread's locks would stay \
         locked in it): start it from a process that runs no other thread, such as `pyjail run`"
    )]
    Threaded(usize),
    /// A jail layer could not be set up; the run was refused.
    #[error("cannot set up the jail: {layer}: {message}")]
    Setup { layer: String, message: String },
}

impl JailError {
    pub fn setup(layer: &str, message: impl std::fmt::Display) -> JailError {
        JailError::Setup {
            layer: layer.to_string(),
            message: message.to_string(),
        }
    }

    /// How to get the missing piece, for the user.
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            JailError::Setup { layer, .. } => layer_hint(layer),
            JailError::Python(_) => Some("pass --python PATH to a python3 executable"),
            JailError::Profile(_) => {
                Some("built-in profiles: strict, site-packages; or a YAML file path")
            }
            JailError::Input(_) | JailError::Threaded(_) => None,
        }
    }
}

/// What to do when a layer is missing.
pub fn layer_hint(layer: &str) -> Option<&'static str> {
    Some(match layer {
        "user-namespace" => {
            "allow unprivileged user namespaces: `sysctl -w user.max_user_namespaces=15000`; \
             on Debian/Ubuntu kernels `sysctl -w kernel.unprivileged_userns_clone=1`; on Ubuntu \
             24.04+ `sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (or an AppArmor \
             profile granting `userns` to pyjail)"
        }
        "cgroup" => {
            "run pyjail as root, or inside a delegated cgroup v2 \
             (`systemd-run --user --scope -p Delegate=yes pyjail run ...`), or accept \
             per-process rlimits (RLIMIT_AS, RLIMIT_NPROC) instead: `--allow-degraded cgroup`"
        }
        "landlock" => {
            "use a kernel >= 5.13 with Landlock enabled (CONFIG_SECURITY_LANDLOCK=y and \
             `landlock` in the `lsm=` boot parameter), or accept: `--allow-degraded landlock`"
        }
        "seccomp" => "use a kernel built with CONFIG_SECCOMP_FILTER=y",
        "mount" => {
            "mounting inside the jail's namespaces was refused: where \
             `kernel.apparmor_restrict_unprivileged_userns=1` (Ubuntu 24.04+) the new user \
             namespace has no capabilities (set it to 0 or give pyjail an AppArmor profile with \
             `userns`); inside a container with masked /proc paths a new /proc cannot be mounted \
             (run pyjail on the host or unmask /proc)"
        }
        _ => return None,
    })
}
