//! Jail profiles: YAML files under `rules/profiles/` (embedded in the binary)
//! or any file given by path. Unknown fields and bad values are errors that
//! name the file, the line and the field.
//!
//! Parsing the YAML and compiling the seccomp program cost ~0.3 ms, more than
//! the rest of pyjail's own start: both are done once per profile text and
//! pyjail binary, and the result is kept in pyjail's cache (`cache.rs`).

use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use crate::{cache, seccomp, syscall_table, units};

/// Profiles shipped with pyjail, by name.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("strict", include_str!("../../rules/profiles/strict.yaml")),
    (
        "site-packages",
        include_str!("../../rules/profiles/site-packages.yaml"),
    ),
];

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(skip)]
    pub name: String,
    pub description: String,
    pub limits: Limits,
    /// Run `site` and show the interpreter's site-packages (read-only).
    #[serde(default)]
    pub site_packages: bool,
    /// Extra read-only binds, `SRC` or `SRC:DST`.
    #[serde(default)]
    pub ro_bind: Vec<String>,
    /// System calls the program may make; the rest fail with `EPERM`.
    pub syscalls: Vec<String>,
    /// The filter compiled from `syscalls` when the profile was loaded.
    #[serde(skip)]
    pub seccomp: seccomp::Program,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    #[serde(deserialize_with = "duration", serialize_with = "seconds")]
    pub wall: Duration,
    #[serde(deserialize_with = "duration", serialize_with = "seconds")]
    pub cpu: Duration,
    #[serde(deserialize_with = "size")]
    pub memory: u64,
    pub pids: u64,
    #[serde(deserialize_with = "size")]
    pub file_size: u64,
    #[serde(deserialize_with = "size")]
    pub output: u64,
    pub open_files: u64,
    /// Size of each scratch file system (/tmp, /work), before [`Limits::scratch_size`].
    #[serde(deserialize_with = "size")]
    pub tmp_size: u64,
    /// Most bytes streamed into the program's stdin; past it the program reads
    /// end of file and the run records the cut.
    #[serde(default = "default_stdin", deserialize_with = "size")]
    pub stdin: u64,
}

fn default_stdin() -> u64 {
    256 << 20
}

/// The least memory a jail may be given: below it the interpreter cannot
/// start (it is killed at once), and a warm jail's interpreter already
/// holds more than a lower limit would allow.
pub const MIN_MEMORY: u64 = 2 << 20;
/// The fewest processes: the jail's init and the interpreter.
pub const MIN_PIDS: u64 = 2;

impl Limits {
    /// Why `memory` and `pids` cannot run a jail (named as `memory_name`
    /// and `pids_name`, the flag or field they came from), if they cannot.
    pub fn below_floors(memory: u64, pids: u64, names: [&str; 2]) -> Option<String> {
        let [memory_name, pids_name] = names;
        if memory < MIN_MEMORY {
            return Some(format!(
                "{memory_name} must be at least {MIN_MEMORY} bytes (2 MiB): below it the interpreter cannot start"
            ));
        }
        (pids < MIN_PIDS).then(|| {
            format!("{pids_name} must be at least {MIN_PIDS}: the jail's init and the interpreter")
        })
    }
}

impl Limits {
    /// What each of the two scratch tmpfs (/tmp and /work) may hold: `tmp_size`,
    /// but never so much that together they pass the memory limit. tmpfs pages
    /// are memory; a cgroup charges them, but without one (`--allow-degraded
    /// cgroup`) RLIMIT_AS does not count them, and this cap is what bounds them.
    pub fn scratch_size(&self) -> u64 {
        self.tmp_size.min(self.memory / 2)
    }
}

fn duration<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    units::parse_duration(&String::deserialize(d)?).map_err(serde::de::Error::custom)
}

fn seconds<S: Serializer>(duration: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&duration.as_secs_f64().to_string())
}

fn size<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let text = match serde_yaml::Value::deserialize(d)? {
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::String(s) => s,
        other => {
            return Err(serde::de::Error::custom(format!(
                "`{other:?}` is not a size"
            )))
        }
    };
    units::parse_size(&text).map_err(serde::de::Error::custom)
}

/// A profile that cannot be used, located in its file.
#[derive(Debug, Error)]
#[error("{file}:{line}: {message}")]
pub struct ProfileError {
    pub file: String,
    /// 1-based; 0 when the problem has no single line (unknown profile name).
    pub line: usize,
    pub message: String,
}

impl Profile {
    /// `name_or_path` is an embedded profile's name or a path to a YAML file.
    pub fn load(name_or_path: &str) -> Result<Profile, ProfileError> {
        let (name, file, text) = source(name_or_path)?;
        let key = cache_key(&text);
        let mut profile = match key.as_deref().and_then(cached) {
            Some(profile) => profile,
            None => {
                let profile = Profile::parse(&name, &file, &text)?;
                if let Some(key) = &key {
                    store(key, &profile);
                }
                profile
            }
        };
        profile.name = name;
        Ok(profile)
    }

    pub fn parse(name: &str, file: &str, text: &str) -> Result<Profile, ProfileError> {
        let mut profile: Profile = serde_yaml::from_str(text).map_err(|err| {
            let reported = err.location().map_or(0, |l| l.line());
            let (line, message) = locate_value(text, &err.to_string(), reported);
            ProfileError {
                file: file.to_string(),
                line,
                message,
            }
        })?;
        profile.name = name.to_string();
        let limits = &profile.limits;
        if let Some(message) = Limits::below_floors(limits.memory, limits.pids, ["memory", "pids"])
        {
            let field = if limits.memory < MIN_MEMORY {
                "memory:"
            } else {
                "pids:"
            };
            let line = text.lines().position(|l| l.trim_start().starts_with(field));
            return Err(ProfileError {
                file: file.to_string(),
                line: line.map_or(0, |i| i + 1),
                message: format!("limits: {message}"),
            });
        }
        for call in &profile.syscalls {
            let problem = if syscall_table::number(call).is_none() {
                Some(format!("syscalls: `{call}` is not an x86_64 system call"))
            } else if seccomp::NEVER_ALLOWED.contains(&call.as_str()) {
                Some(format!(
                    "syscalls: `{call}` can never be allowed: it is an escape or kernel attack surface"
                ))
            } else {
                None
            };
            if let Some(message) = problem {
                return Err(ProfileError {
                    file: file.to_string(),
                    line: line_of(text, call),
                    message,
                });
            }
        }
        profile.seccomp = seccomp::compile(&profile.syscalls).map_err(|err| ProfileError {
            file: file.to_string(),
            line: 0,
            message: err.to_string(),
        })?;
        Ok(profile)
    }
}

/// The profile's name, the file to name in errors, and its text.
fn source(name_or_path: &str) -> Result<(String, String, Cow<'static, str>), ProfileError> {
    if let Some((name, text)) = EMBEDDED.iter().find(|(n, _)| *n == name_or_path) {
        let file = format!("rules/profiles/{name}.yaml");
        return Ok((name.to_string(), file, Cow::Borrowed(*text)));
    }
    let path = Path::new(name_or_path);
    let text = std::fs::read_to_string(path).map_err(|err| ProfileError {
        file: name_or_path.to_string(),
        line: 0,
        message: if path.components().count() == 1 && !path.exists() {
            let names: Vec<_> = EMBEDDED.iter().map(|(n, _)| *n).collect();
            format!("no such profile (built in: {})", names.join(", "))
        } else {
            format!("cannot read profile: {err}")
        },
    })?;
    let name = path.file_stem().unwrap_or_default().to_string_lossy();
    Ok((
        name.into_owned(),
        name_or_path.to_string(),
        Cow::Owned(text),
    ))
}

/// The profile's text and the running pyjail binary (another build may
/// compile the same text differently); None when the binary cannot be seen.
fn cache_key(text: &str) -> Option<String> {
    let exe = Path::new("/proc/self/exe");
    let meta = std::fs::metadata(exe).ok()?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    cache::hash_file_identity(exe, &meta, &mut hasher);
    text.hash(&mut hasher);
    Some(format!("profile-{:016x}.bin", hasher.finish()))
}

fn cached(key: &str) -> Option<Profile> {
    decode(&cache::load(key)?)
}

fn store(key: &str, profile: &Profile) {
    if let Some(bytes) = encode(profile) {
        cache::store(key, &bytes);
    }
}

/// A loaded profile as cached: the parsed profile as one line of JSON, then
/// the number of instructions of its seccomp program (4 bytes) and the
/// program as the kernel takes it, 8 bytes an instruction (read as text, the
/// program took longer than the rest of the profile).
fn decode(bytes: &[u8]) -> Option<Profile> {
    let newline = bytes.iter().position(|&b| b == b'\n')?;
    let (json, rest) = (&bytes[..newline], &bytes[newline + 1..]);
    let (count, program) = rest.split_first_chunk::<4>()?;
    let count = usize::try_from(u32::from_le_bytes(*count)).ok()?;
    if count == 0 || program.len() != count.checked_mul(8)? {
        return None;
    }
    let mut profile: Profile = serde_json::from_slice(json).ok()?;
    profile.seccomp = seccomp::Program(
        program
            .chunks_exact(8)
            .map(|insn| libc::sock_filter {
                code: u16::from_le_bytes([insn[0], insn[1]]),
                jt: insn[2],
                jf: insn[3],
                k: u32::from_le_bytes([insn[4], insn[5], insn[6], insn[7]]),
            })
            .collect(),
    );
    Some(profile)
}

fn encode(profile: &Profile) -> Option<Vec<u8>> {
    let mut bytes = serde_json::to_vec(profile).ok()?;
    bytes.push(b'\n');
    bytes.extend(u32::try_from(profile.seccomp.0.len()).ok()?.to_le_bytes());
    for insn in &profile.seccomp.0 {
        bytes.extend(insn.code.to_le_bytes());
        bytes.extend([insn.jt, insn.jf]);
        bytes.extend(insn.k.to_le_bytes());
    }
    Some(bytes)
}

/// serde_yaml places the error of a bad value (from our own parsers, which
/// quote it in backticks) at its parent mapping. Find the value's own line and
/// name its field.
fn locate_value(text: &str, message: &str, reported: usize) -> (usize, String) {
    let value = message.split('`').nth(1).filter(|v| !v.is_empty());
    let found = value.and_then(|value| {
        text.lines()
            .enumerate()
            .skip(reported.saturating_sub(1))
            .find_map(|(i, line)| {
                let (key, rest) = line.split_once(':')?;
                (rest.trim().trim_matches(['"', '\'']) == value)
                    .then(|| (i + 1, key.trim().to_string()))
            })
    });
    match found {
        Some((line, field)) => (line, format!("{field}: {message}")),
        None => (reported, message.to_string()),
    }
}

/// The line of the list item `- word`, for errors found after parsing.
fn line_of(text: &str, word: &str) -> usize {
    text.lines()
        .position(|l| l.trim().trim_start_matches('-').trim() == word)
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_profiles_load() {
        let strict = Profile::load("strict").unwrap();
        assert_eq!(strict.limits.memory, 256 << 20);
        assert_eq!(strict.limits.pids, 64);
        assert_eq!(strict.limits.wall, Duration::from_secs(10));
        assert_eq!(strict.limits.cpu, Duration::from_secs(5));
        assert_eq!(strict.limits.file_size, 16 << 20);
        assert_eq!(strict.limits.output, 1 << 20);
        assert!(!strict.site_packages);
        assert!(Profile::load("site-packages").unwrap().site_packages);
    }

    fn strict_with(from: &str, to: &str) -> String {
        let text = EMBEDDED[0].1;
        assert!(text.contains(from));
        text.replacen(from, to, 1)
    }

    #[test]
    fn unknown_field_names_line_and_field() {
        let text = strict_with("  pids: 64\n", "  pids: 64\n  pidz: 3\n");
        let err = Profile::parse("x", "x.yaml", &text).unwrap_err();
        assert!(err.message.contains("pidz"), "{err}");
        assert_eq!(
            err.line,
            1 + text.lines().position(|l| l.contains("pidz")).unwrap()
        );
        assert!(err.to_string().starts_with("x.yaml:"));
    }

    #[test]
    fn limits_below_what_a_jail_needs_are_located() {
        for (from, to, says) in [
            ("memory: 256MiB", "memory: 1MiB", "memory must be at least"),
            ("pids: 64", "pids: 1", "pids must be at least 2"),
        ] {
            let text = strict_with(from, to);
            let err = Profile::parse("x", "x.yaml", &text).unwrap_err();
            assert!(err.message.contains(says), "{err}");
            assert_eq!(
                err.line,
                1 + text.lines().position(|l| l.contains(to)).unwrap()
            );
        }
    }

    #[test]
    fn bad_value_is_located() {
        let text = strict_with("memory: 256MiB", "memory: 12XB");
        let err = Profile::parse("x", "x.yaml", &text).unwrap_err();
        assert!(
            err.message.contains("12XB") && err.message.starts_with("memory:"),
            "{err}"
        );
        assert_eq!(
            err.line,
            1 + text.lines().position(|l| l.contains("12XB")).unwrap()
        );
    }

    #[test]
    fn forbidden_and_unknown_syscalls_are_refused() {
        let text = strict_with("  - brk\n", "  - brk\n  - ptrace\n");
        let err = Profile::parse("x", "x.yaml", &text).unwrap_err();
        assert!(err.message.contains("ptrace"), "{err}");
        assert_eq!(
            err.line,
            1 + text.lines().position(|l| l.ends_with("- ptrace")).unwrap()
        );
        let text = strict_with("  - brk\n", "  - brk\n  - frobnicate\n");
        assert!(Profile::parse("x", "x.yaml", &text).is_err());
    }

    #[test]
    fn a_cached_profile_is_the_parsed_profile() {
        let parsed = Profile::parse("strict", "strict.yaml", EMBEDDED[0].1).unwrap();
        let mut cached = decode(&encode(&parsed).unwrap()).expect("encoded and read back");
        cached.name = parsed.name.clone();
        assert_eq!(format!("{cached:?}"), format!("{parsed:?}"));
        assert!(!cached.seccomp.0.is_empty());
        assert!(decode(b"{\"profile\": 42}").is_none());
        for lost in [1, 8, 20] {
            let mut cut = encode(&parsed).unwrap();
            cut.truncate(cut.len() - lost);
            assert!(decode(&cut).is_none(), "{lost} bytes cut");
        }
    }

    #[test]
    fn unknown_profile_name() {
        let err = Profile::load("nonesuch").unwrap_err();
        assert!(err.message.contains("strict"), "{err}");
    }
}
