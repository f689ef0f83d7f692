//! The jail's layers and set-up steps: one vocabulary for a failed set-up
//! (exit 125), a degradation the user accepted (`--allow-degraded`), the hint
//! that says how to get a missing layer, and `pyjail doctor`'s checks.
//! Reports show a layer by its [`Layer::name`].

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// Declares [`Layer`] with each variant's name beside it, and `Layer::ALL`
/// from the same list, so that names and the list cannot drift apart.
macro_rules! layers {
    ($($variant:ident => $name:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Layer {
            $($variant,)*
        }

        impl Layer {
            pub const ALL: &'static [Layer] = &[$(Layer::$variant,)*];

            /// The name in messages, `--allow-degraded` and reports.
            pub fn name(self) -> &'static str {
                match self {
                    $(Layer::$variant => $name,)*
                }
            }
        }
    };
}

layers! {
    // Layers of the boundary, in set-up order.
    UserNamespace => "user-namespace",
    Mount => "mount",
    Network => "network",
    UtsNamespace => "uts-namespace",
    Identity => "identity",
    Cgroup => "cgroup",
    CgroupNamespace => "cgroup-namespace",
    Session => "session",
    Rlimits => "rlimits",
    Capabilities => "capabilities",
    NoNewPrivs => "no-new-privs",
    Landlock => "landlock",
    Seccomp => "seccomp",
    SeccompNotify => "seccomp-notify",
    // What carries the run: the interpreter, its telemetry, and the plumbing
    // between the supervisor and the jail.
    Interpreter => "interpreter",
    Telemetry => "telemetry",
    Clone => "clone",
    Control => "control",
    Pipes => "pipes",
    Signals => "signals",
    Pidfd => "pidfd",
    Fds => "fds",
    Fork => "fork",
    // Files copied into /work before the program starts (`--work`).
    Work => "work",
    Exec => "exec",
    Supervisor => "supervisor",
}

impl Layer {
    /// The layers a user may accept to run without (`--allow-degraded`).
    /// Seccomp user notification is not one: only the record of denials
    /// depends on it, so a kernel without it falls back to plain EPERM by
    /// itself and the run records the degradation.
    pub const DEGRADABLE: [Layer; 2] = [Layer::Cgroup, Layer::Landlock];

    /// How to get the layer when the host lacks it; None where there is
    /// nothing the user can change.
    pub fn hint(self) -> Option<&'static str> {
        Some(match self {
            Layer::UserNamespace => {
                "allow unprivileged user namespaces: `sysctl -w user.max_user_namespaces=15000`; \
                 on Debian/Ubuntu kernels `sysctl -w kernel.unprivileged_userns_clone=1`; on \
                 Ubuntu 24.04+ `sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (or an \
                 AppArmor profile granting `userns` to pyjail)"
            }
            Layer::Cgroup => {
                "run pyjail as root, or inside a delegated cgroup v2 \
                 (`systemd-run --user --scope -p Delegate=yes pyjail run ...`), or accept \
                 per-process rlimits (RLIMIT_AS, RLIMIT_NPROC) instead: `--allow-degraded cgroup`"
            }
            Layer::Landlock => {
                "use a kernel >= 5.13 with Landlock enabled (CONFIG_SECURITY_LANDLOCK=y and \
                 `landlock` in the `lsm=` boot parameter), or accept: `--allow-degraded landlock`"
            }
            Layer::Seccomp => "use a kernel built with CONFIG_SECCOMP_FILTER=y",
            Layer::SeccompNotify => {
                "use a kernel >= 5.0: without user notification denied calls are refused but \
                 not recorded"
            }
            Layer::Mount => {
                "mounting inside the jail's namespaces was refused: where \
                 `kernel.apparmor_restrict_unprivileged_userns=1` (Ubuntu 24.04+) the new user \
                 namespace has no capabilities (set it to 0 or give pyjail an AppArmor profile \
                 with `userns`); inside a container with masked /proc paths a new /proc cannot \
                 be mounted (run pyjail on the host or unmask /proc)"
            }
            Layer::Interpreter => "pass --python PATH to a python3 executable",
            Layer::Identity => {
                "each jail runs as a host id of its own, leased under /run/pyjail/ids (root) or \
                 from your subordinate ranges: as an ordinary user add one (`usermod \
                 --add-subuids 100000-165535 --add-subgids 100000-165535 USER`, unused by \
                 others) and install newuidmap/newgidmap (Debian: uidmap); as root make sure \
                 /run/pyjail/ids can be created as a directory only root can write"
            }
            _ => return None,
        })
    }

    /// What stands in for the layer when a run goes without it, in a few
    /// words for the run's summary line, where a degradation's own detail is
    /// too long for it; the report and `--json` keep the whole account (the
    /// host's error and every bound that stands in).
    pub fn stand_in(self) -> Option<&'static str> {
        match self {
            Layer::Cgroup => Some("memory, process and CPU limits are per process"),
            _ => None,
        }
    }

    pub fn degradable(self) -> bool {
        Layer::DEGRADABLE.contains(&self)
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Layer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown layer `{0}`")]
pub struct UnknownLayer(pub String);

impl FromStr for Layer {
    type Err = UnknownLayer;

    fn from_str(name: &str) -> Result<Layer, UnknownLayer> {
        Layer::ALL
            .iter()
            .copied()
            .find(|layer| layer.name() == name)
            .ok_or_else(|| UnknownLayer(name.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layer_is_listed_once_and_parses_back_from_its_name() {
        for &layer in Layer::ALL {
            assert_eq!(layer.name().parse::<Layer>().unwrap(), layer);
            let same_name = Layer::ALL.iter().filter(|l| l.name() == layer.name());
            assert_eq!(same_name.count(), 1, "{layer}");
        }
        assert!("landlok".parse::<Layer>().is_err());
    }

    #[test]
    fn degradable_layers_say_how_to_accept_running_without_them() {
        for layer in Layer::DEGRADABLE {
            assert!(
                layer.hint().unwrap().contains("--allow-degraded"),
                "{layer}"
            );
        }
    }
}
