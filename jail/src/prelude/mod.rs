//! The audit prelude: a small CPython program that installs a PEP 578 audit
//! hook writing telemetry records to a pipe, then runs the user's file as
//! `__main__` (`python3 -I -S prelude.py [--site] (FILE | --module NAME) ARGS...`,
//! pipe on fd 3).
//!
//! The event policy (`rules/audit-events.yaml`) is baked into the Python
//! source as literals between the `@policy` markers, so the program's start-up
//! parses nothing. [`source`] gives that source; [`compile`] turns it into a
//! bytecode image for one interpreter, which is what the jail should mount:
//! compiling 20 KB of Python costs the jailed program ~4 ms at every start,
//! loading the image ~0.1 ms. CPython runs a main-script file that begins with
//! its own magic number as bytecode, whatever the file is called, so the
//! command line stays the same.
//!
//! The telemetry is advisory (the program can silence or forge it); what it
//! sees and what it cannot is in the README, "Telemetry (advisory)", and the
//! record format in [`crate::telemetry`].

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::rootfs::Content;

/// The prelude as written, with the default policy between the markers.
pub const PRELUDE: &str = include_str!("audit_prelude.py");
/// The default event policy.
pub const DEFAULT_POLICY: &str = include_str!("../../../rules/audit-events.yaml");

const BEGIN: &str = "# @policy begin";
const END: &str = "# @policy end";

/// The prelude with the default policy: the file as written, whose policy
/// block is the one `rules/audit-events.yaml` generates (a test keeps it so).
/// Taken as it is, a run parses no YAML to get it, and [`compile`] finds its
/// image by a digest computed when pyjail was built.
pub fn source() -> &'static str {
    PRELUDE
}

/// [`fnv1a`] of [`PRELUDE`]: hashing the 60 KB source at every run to look
/// its image up cost ~0.05-0.07 ms.
const PRELUDE_DIGEST: u64 = fnv1a(PRELUDE.as_bytes());

/// The hash the prelude's `start` record reports for `policy`
/// (for [`crate::telemetry::Limits::expected_policy`]).
pub fn policy_hash(policy: &Policy) -> String {
    let block = policy.python_block();
    let line = block
        .lines()
        .nth(1)
        .expect("the hash is the block's second line");
    line.trim_start_matches("_POLICY_HASH = '")
        .trim_end_matches('\'')
        .to_string()
}

/// The default policy, `rules/audit-events.yaml`, parsed once per process:
/// every threat report reads it several times, and a warm jail's helper
/// builds one for each job.
pub fn default_policy() -> &'static Policy {
    static POLICY: OnceLock<Policy> = OnceLock::new();
    POLICY.get_or_init(|| {
        Policy::from_yaml(DEFAULT_POLICY).expect("rules/audit-events.yaml is valid")
    })
}

/// [`policy_hash`] of [`default_policy`], computed once per process.
pub fn default_policy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| policy_hash(default_policy()))
}

/// The prelude with `policy` baked in.
pub fn source_with(policy: &Policy) -> String {
    let begin = PRELUDE.find(BEGIN).expect("prelude has a policy block");
    let end = PRELUDE[begin..].find(END).expect("policy block ends") + begin + END.len();
    format!(
        "{}{}{}",
        &PRELUDE[..begin],
        policy.python_block(),
        &PRELUDE[end..]
    )
}

/// How one event name is treated; `rules/audit-events.yaml` documents each field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub version: u32,
    pub sample_first: u32,
    pub max_names: u32,
    pub default_tier: DefaultTier,
    /// Category → names (exact, or a prefix ending in `*`).
    pub always: BTreeMap<String, Vec<String>>,
    pub sampled: BTreeMap<String, Vec<String>>,
    /// Name (as listed in `always`) → why its presence is a tamper signal.
    #[serde(default)]
    pub tamper_reasons: BTreeMap<String, String>,
    #[serde(default)]
    pub count_only: Vec<String>,
    /// Sampled event name → when its arguments make it `always`.
    #[serde(default)]
    pub promote: BTreeMap<String, Promotion>,
    pub paths: Paths,
}

/// Path events and the places ordinary code reads in the jail;
/// `rules/audit-events.yaml` documents each field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paths {
    /// Exact names, of either tier, whose first argument is a path.
    pub events: Vec<String>,
    pub unusual_first: u32,
    pub reads: Vec<String>,
    pub unusual_within: Vec<String>,
    pub scratch: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DefaultTier {
    Sampled,
    CountOnly,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promotion {
    pub when: Condition,
    pub category: String,
    #[serde(default)]
    pub modules: Vec<String>,
}

/// Argument tests implemented by the prelude (`_promoted`).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    WriteIntent,
    ModuleIn,
    TargetsCodeOrType,
}

impl Condition {
    fn python_name(self) -> &'static str {
        match self {
            Condition::WriteIntent => "write_intent",
            Condition::ModuleIn => "module_in",
            Condition::TargetsCodeOrType => "targets_code_or_type",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PreludeError {
    #[error("audit policy: {0}")]
    Yaml(#[from] serde_yaml::Error),
    #[error("audit policy: {0}")]
    Policy(String),
    #[error("compiling the prelude with {python}: {reason}")]
    Compile { python: PathBuf, reason: String },
}

impl Policy {
    /// Parses and checks a policy (names, categories, tiers, limits).
    pub fn from_yaml(text: &str) -> Result<Policy, PreludeError> {
        let policy: Policy = serde_yaml::from_str(text)?;
        policy.check().map_err(PreludeError::Policy)?;
        Ok(policy)
    }

    fn check(&self) -> Result<(), String> {
        if self.version != 1 {
            return Err(format!("unsupported version {}", self.version));
        }
        if !(1..=10_000).contains(&self.sample_first) {
            return Err("sample_first must be 1..=10000".into());
        }
        if !(1..=4096).contains(&self.max_names) {
            return Err("max_names must be 1..=4096".into());
        }
        let mut seen = BTreeSet::new();
        let tiers = [("always", &self.always), ("sampled", &self.sampled)];
        for (tier, categories) in tiers {
            for (category, names) in categories {
                check_category(category)?;
                for name in names {
                    check_name(name, true)?;
                    if !seen.insert(name.as_str()) {
                        return Err(format!("`{name}` is listed twice ({tier}.{category})"));
                    }
                }
            }
        }
        for name in &self.count_only {
            check_name(name, false)?;
            if !seen.insert(name.as_str()) {
                return Err(format!("`{name}` is listed twice (count_only)"));
            }
        }
        for (name, why) in &self.tamper_reasons {
            if !self.always.values().flatten().any(|n| n == name) {
                return Err(format!(
                    "tamper_reasons.{name}: only a name listed in `always` can have a reason"
                ));
            }
            if why.trim().is_empty() {
                return Err(format!("tamper_reasons.{name}: the reason is empty"));
            }
        }
        for (event, rule) in &self.promote {
            let sampled = self.sampled.values().flatten().any(|n| n == event);
            if !sampled {
                return Err(format!(
                    "promote.{event}: only an exact name of the sampled tier can be promoted"
                ));
            }
            check_category(&rule.category)?;
            match (rule.when, rule.modules.is_empty()) {
                (Condition::ModuleIn, true) => {
                    return Err(format!("promote.{event}: module_in needs `modules`"))
                }
                (Condition::ModuleIn, false) => {}
                (_, false) => {
                    return Err(format!(
                        "promote.{event}: `modules` only goes with module_in"
                    ))
                }
                (_, true) => {}
            }
            for module in &rule.modules {
                let ok = !module.is_empty()
                    && module
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
                if !ok {
                    return Err(format!("promote.{event}: `{module}` is not a module name"));
                }
            }
        }
        self.paths.check(&self.always, &self.sampled)
    }

    /// The category under which `name` is always logged, if it is: an exact name, or the
    /// longest prefix (a listed name ending in `*`) it starts with.
    pub fn always_category(&self, name: &str) -> Option<&str> {
        let mut best: Option<(&str, usize)> = None;
        for (category, names) in &self.always {
            for listed in names {
                let length = match listed.strip_suffix('*') {
                    Some(prefix) if name.starts_with(prefix) => prefix.len(),
                    None if listed == name => usize::MAX,
                    _ => continue,
                };
                if best.is_none_or(|(_, longest)| length > longest) {
                    best = Some((category, length));
                }
            }
        }
        best.map(|(category, _)| category)
    }

    /// Why each tamper event is one, as `(name, why)`; a name ending in `*` is a prefix.
    pub fn tamper_reasons(&self) -> Vec<(String, String)> {
        self.tamper_reasons
            .iter()
            .map(|(name, why)| (name.clone(), why.clone()))
            .collect()
    }

    /// The Python literals between the markers; the first line is the hash
    /// of the rest (which the `start` record reports as `policy`). Besides
    /// the tables, the sets and prefixes the hook looks names up in, derived
    /// here so that the prelude builds none of them at start.
    fn python_block(&self) -> String {
        let mut body = String::new();
        body.push_str(&format!("_SAMPLE_FIRST = {}\n", self.sample_first));
        body.push_str(&format!("_MAX_NAMES = {}\n", self.max_names));
        let sampled = self.default_tier == DefaultTier::Sampled;
        body.push_str(&format!(
            "_DEFAULT_SAMPLED = {}\n",
            if sampled { "True" } else { "False" }
        ));
        let mut count_only: Vec<&str> = self.count_only.iter().map(String::as_str).collect();
        count_only.sort_unstable();
        body.push_str(&format!("_COUNT_ONLY = {}\n", frozenset(&count_only)));
        body.push_str(&format!("_ALWAYS = {}", categories(&self.always)));
        body.push_str(&format!("_SAMPLED = {}", categories(&self.sampled)));
        body.push_str("_PROMOTE = (\n");
        for (event, rule) in &self.promote {
            let mut modules: Vec<&str> = rule.modules.iter().map(String::as_str).collect();
            modules.sort_unstable();
            body.push_str(&format!(
                "    ('{event}', '{}', '{}', {}),\n",
                rule.when.python_name(),
                rule.category,
                tuple(&modules)
            ));
        }
        body.push_str(")\n");
        let (always, always_prefixes) = names_and_prefixes(&self.always);
        let (sampled, sampled_prefixes) = names_and_prefixes(&self.sampled);
        let promotable: Vec<&str> = self.promote.keys().map(String::as_str).collect();
        let opens: Vec<&str> = self
            .promote
            .iter()
            .filter(|(_, rule)| rule.when == Condition::WriteIntent)
            .map(|(event, _)| event.as_str())
            .collect();
        // Sampled names whose path the hook checks past their budget.
        let mut path_events: Vec<&str> = sampled
            .iter()
            .copied()
            .filter(|name| self.paths.events.iter().any(|e| e == name))
            .collect();
        path_events.sort_unstable();
        // Names the hook settles by name alone once past their budget:
        // count-only ones, and sampled ones that no argument promotes, no
        // `always` prefix covers and whose path is not checked.
        let mut quiet: Vec<&str> = sampled
            .iter()
            .copied()
            .filter(|name| !promotable.contains(name))
            .filter(|name| !path_events.contains(name))
            .filter(|name| !always_prefixes.iter().any(|p| name.starts_with(p)))
            .chain(count_only.iter().copied())
            .collect();
        quiet.sort_unstable();
        body.push_str(&format!("_ALWAYS_NAMES = {}\n", frozenset(&always)));
        body.push_str(&format!("_ALWAYS_PREFIXES = {}\n", tuple(&always_prefixes)));
        body.push_str(&format!("_SAMPLED_NAMES = {}\n", frozenset(&sampled)));
        body.push_str(&format!(
            "_SAMPLED_PREFIXES = {}\n",
            tuple(&sampled_prefixes)
        ));
        body.push_str(&format!("_PROMOTABLE = {}\n", frozenset(&promotable)));
        body.push_str(&format!("_OPENS = {}\n", frozenset(&opens)));
        body.push_str(&format!("_QUIET = {}\n", frozenset(&quiet)));
        let places = |list: &[String]| tuple(&list.iter().map(String::as_str).collect::<Vec<_>>());
        body.push_str(&format!("_PATH_EVENTS = {}\n", frozenset(&path_events)));
        body.push_str(&format!("_UNUSUAL_FIRST = {}\n", self.paths.unusual_first));
        body.push_str(&format!("_READS = {}\n", places(&self.paths.reads)));
        body.push_str(&format!(
            "_UNUSUAL_WITHIN = {}\n",
            places(&self.paths.unusual_within)
        ));
        body.push_str(&format!("_SCRATCH = {}\n", places(&self.paths.scratch)));
        format!(
            "{BEGIN}: generated by jail/src/prelude/mod.rs from rules/audit-events.yaml\n\
             _POLICY_HASH = '{:016x}'\n{body}{END}",
            fnv1a(body.as_bytes())
        )
    }
}

impl Paths {
    fn check(
        &self,
        always: &BTreeMap<String, Vec<String>>,
        sampled: &BTreeMap<String, Vec<String>>,
    ) -> Result<(), String> {
        for event in &self.events {
            if !always
                .values()
                .chain(sampled.values())
                .flatten()
                .any(|n| n == event)
            {
                return Err(format!(
                    "paths.events: `{event}` is not an exact name of the always or sampled tier"
                ));
            }
        }
        if !(1..=10_000).contains(&self.unusual_first) {
            return Err("paths.unusual_first must be 1..=10000".into());
        }
        let lists = [
            ("reads", &self.reads),
            ("unusual_within", &self.unusual_within),
            ("scratch", &self.scratch),
        ];
        for (list, places) in lists {
            for place in places {
                // The hook's test for a climb or a hidden name looks for `/.`;
                // a place holds itself only without a trailing `/`.
                let plain = place.len() > 1
                    && place.len() <= 256
                    && place.starts_with('/')
                    && !place.ends_with('/')
                    && !place.contains("/.")
                    && place
                        .bytes()
                        .all(|b| b.is_ascii_graphic() && !matches!(b, b'\'' | b'"' | b'\\'));
                if !plain {
                    return Err(format!(
                        "paths.{list}: `{place}` is not an absolute path of printable ASCII \
                         without quotes, backslashes, `/.` or a trailing `/`"
                    ));
                }
            }
        }
        for place in &self.unusual_within {
            if !self
                .reads
                .iter()
                .any(|read| place.starts_with(read.as_str()))
            {
                return Err(format!(
                    "paths.unusual_within: `{place}` lies in none of `reads`"
                ));
            }
        }
        Ok(())
    }
}

/// Every exact name and every prefix (a name ending in `*`, without it) of
/// the categories, each list sorted, in category order.
fn names_and_prefixes(map: &BTreeMap<String, Vec<String>>) -> (Vec<&str>, Vec<&str>) {
    let mut names = Vec::new();
    let mut prefixes = Vec::new();
    for category in map.values() {
        let (mut exact, mut starts) = (Vec::new(), Vec::new());
        for name in category {
            match name.strip_suffix('*') {
                Some(prefix) => starts.push(prefix),
                None => exact.push(name.as_str()),
            }
        }
        exact.sort_unstable();
        starts.sort_unstable();
        names.extend(exact);
        prefixes.extend(starts);
    }
    names.sort_unstable();
    (names, prefixes)
}

/// Names go into Python and JSON text unescaped: keep them plain.
fn check_name(name: &str, prefix_allowed: bool) -> Result<(), String> {
    let plain = |s: &str| {
        !s.is_empty()
            && s.len() <= 128
            && s.bytes()
                .all(|b| b.is_ascii_graphic() && !matches!(b, b'\'' | b'"' | b'\\' | b'*'))
    };
    let stem = name.strip_suffix('*').unwrap_or(name);
    if !plain(stem) {
        return Err(format!(
            "`{name}`: event names are printable ASCII without quotes or backslashes, \
             with `*` only at the end"
        ));
    }
    if !prefix_allowed && stem.len() != name.len() {
        return Err(format!("`{name}`: count_only takes exact names only"));
    }
    Ok(())
}

fn check_category(category: &str) -> Result<(), String> {
    let ok = !category.is_empty()
        && category.len() <= 32
        && category
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{category}`: categories are [a-z0-9_-], at most 32"
        ))
    }
}

/// `(('category', ('exact', ...), ('prefix.', ...)), ...)`, sorted.
fn categories(map: &BTreeMap<String, Vec<String>>) -> String {
    let mut text = String::from("(\n");
    for (category, names) in map {
        let mut exact: Vec<&str> = names
            .iter()
            .filter(|n| !n.ends_with('*'))
            .map(String::as_str)
            .collect();
        let mut prefixes: Vec<&str> = names.iter().filter_map(|n| n.strip_suffix('*')).collect();
        exact.sort_unstable();
        prefixes.sort_unstable();
        text.push_str(&format!(
            "    ('{category}', {}, {}),\n",
            tuple(&exact),
            tuple(&prefixes)
        ));
    }
    text.push_str(")\n");
    text
}

/// A frozenset literal: built from a constant tuple, so the compiled image
/// carries its items.
fn frozenset(items: &[&str]) -> String {
    format!("frozenset({})", tuple(items))
}

fn tuple(items: &[&str]) -> String {
    match items {
        [] => "()".into(),
        [one] => format!("('{one}',)"),
        _ => format!(
            "({})",
            items
                .iter()
                .map(|i| format!("'{i}'"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// FNV-1a, 64 bits: names the policy in `start` records and a source in the
/// image cache's keys, nothing more (a `const fn`, so that the default
/// source's digest is computed at build time).
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// Reads the source on stdin, compiles it as `argv[1]`, writes a .pyc image:
/// magic number, flags/mtime/size (ignored for a main script), marshal data.
const COMPILER: &str = "import sys, marshal, _frozen_importlib_external as e\n\
if sys.version_info < (3, 8): sys.exit('Python %d.%d has no audit hooks (PEP 578 came with 3.8): the telemetry needs 3.8 or later' % sys.version_info[:2])\n\
code = compile(sys.stdin.buffer.read(), sys.argv[1], 'exec', dont_inherit=True, optimize=2)\n\
sys.stdout.buffer.write(e.MAGIC_NUMBER + bytes(12) + marshal.dumps(code))\n";

/// `source` as a bytecode image for `python` (what the jail should write at
/// `PRELUDE_PATH`), cached under `$XDG_CACHE_HOME/pyjail`. `python` is an
/// interpreter pyjail may start on the host (`Interpreter::host_executable`,
/// already resolved: it is not resolved again); `-I -S` keeps `site` and the
/// environment out. On an error, mount the
/// source itself: correct, only ~4 ms slower to start.
pub fn compile(python: &Path, source: &str) -> Result<Content, PreludeError> {
    let failed = |reason: String| PreludeError::Compile {
        python: python.into(),
        reason,
    };
    let meta = std::fs::metadata(python).map_err(|e| failed(e.to_string()))?;
    // Compared, not hashed: memcmp is far quicker than a byte-wise hash.
    let digest = if source == PRELUDE {
        PRELUDE_DIGEST
    } else {
        fnv1a(source.as_bytes())
    };
    let mut hasher = DefaultHasher::new();
    (COMPILER, digest, crate::PRELUDE_PATH).hash(&mut hasher);
    crate::cache::hash_file_identity(python, &meta, &mut hasher);
    let key = hasher.finish();
    if let Some(image) = cache::open(key) {
        return Ok(Content::File(Arc::new(image)));
    }
    let mut child = Command::new(python)
        .args(["-I", "-S", "-c", COMPILER, crate::PRELUDE_PATH])
        .env_clear()
        .current_dir("/")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(e.to_string()))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let written = stdin.write_all(source.as_bytes());
    drop(stdin);
    let output = child
        .wait_with_output()
        .map_err(|e| failed(e.to_string()))?;
    // A compiler that refuses the interpreter exits before reading the
    // whole source: its own message says why, not our broken pipe.
    if !output.status.success() {
        return Err(failed(
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    written.map_err(|e| failed(e.to_string()))?;
    let image = output.stdout;
    if !is_image(&image) {
        return Err(failed("the answer is not a bytecode image".into()));
    }
    cache::store(key, &image);
    Ok(Content::Bytes(image))
}

/// A .pyc image: a 2-byte magic followed by `\r\n`, 12 more header bytes,
/// then marshal data (a code object starts with `c`, or `\xe3` when flagged).
fn is_image(bytes: &[u8]) -> bool {
    bytes.len() > 17 && &bytes[2..4] == b"\r\n" && matches!(bytes[16], b'c' | 0xe3)
}

/// Compiled preludes in pyjail's cache (`crate::cache`), a directory only
/// we own: a planted image would run as the prelude.
mod cache {
    use std::fs::File;
    use std::os::unix::fs::FileExt;

    use super::*;

    fn name(key: u64) -> String {
        format!("prelude-{key:016x}.pyc")
    }

    /// The image, opened: the jail's root gets a copy the kernel makes.
    pub fn open(key: u64) -> Option<File> {
        let file = crate::cache::open(&name(key))?;
        let mut header = [0u8; 18];
        file.read_exact_at(&mut header, 0).ok()?;
        is_image(&header).then_some(file)
    }

    pub fn store(key: u64, image: &[u8]) {
        crate::cache::store(&name(key), image);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prelude_on_disk_carries_the_default_policy() {
        let expected = source_with(default_policy());
        if expected != PRELUDE {
            let policy = Policy::from_yaml(DEFAULT_POLICY).unwrap();
            panic!(
                "jail/src/prelude/audit_prelude.py is stale: replace its policy block with\n{}",
                policy.python_block()
            );
        }
    }

    #[test]
    fn policy_lists_every_tier_and_promotion() {
        let policy = Policy::from_yaml(DEFAULT_POLICY).unwrap();
        let always: Vec<&String> = policy.always.values().flatten().collect();
        for name in [
            "os.system",
            "subprocess.Popen",
            "socket.*",
            "ctypes.*",
            "gc.get_*",
            "compile",
        ] {
            assert!(
                always.iter().any(|n| *n == name),
                "{name} not always-logged"
            );
        }
        assert_eq!(policy.count_only, ["builtins.id"]);
        assert_eq!(policy.promote["open"].when, Condition::WriteIntent);
        assert!(policy.promote["import"]
            .modules
            .iter()
            .any(|m| m == "_posixsubprocess"));
    }

    #[test]
    fn bad_policies_are_refused_with_the_reason() {
        let base = DEFAULT_POLICY;
        let cases = [
            (
                base.replace("version: 1", "version: 2"),
                "unsupported version",
            ),
            (
                base.replace("sample_first: 16", "sample_first: 0"),
                "sample_first",
            ),
            (
                base.replace("    - os.kill\n", "    - os.kill\n    - os.system\n"),
                "listed twice",
            ),
            (
                base.replace("    - os.kill\n", "    - \"os.k'ill\"\n"),
                "printable ASCII",
            ),
            (
                base.replace("    - os.kill\n", "    - os.*kill\n"),
                "printable ASCII",
            ),
            (
                base.replace("  - builtins.id", "  - builtins.*"),
                "exact names only",
            ),
            (base.replace("  signal:\n", "  Signal:\n"), "categories are"),
            (
                base.replace("  open:\n    when", "  os.kill:\n    when"),
                "sampled tier",
            ),
            (
                base.replace("when: write_intent", "when: always_yes"),
                "unknown variant",
            ),
            (
                base.replace("when: write_intent", "when: module_in"),
                "needs `modules`",
            ),
            (format!("{base}surprise: 1\n"), "unknown field"),
            (
                base.replace(
                    "    - glob.glob\n    - sqlite3",
                    "    - glob.iglob\n    - sqlite3",
                ),
                "not an exact name",
            ),
            (
                base.replace("unusual_first: 64", "unusual_first: 0"),
                "unusual_first",
            ),
            (
                base.replace("    - /usr/share\n", "    - /usr/share/\n"),
                "trailing",
            ),
            (base.replace("    - /tmp\n", "    - /tmp/.cache\n"), "`/.`"),
            (
                base.replace("    - /proc/self/mem\n", "    - /etc/shadow\n"),
                "none of `reads`",
            ),
        ];
        for (text, reason) in cases {
            let err = Policy::from_yaml(&text).unwrap_err().to_string();
            assert!(err.contains(reason), "expected `{reason}` in: {err}");
        }
    }

    #[test]
    fn python_literals_are_well_formed() {
        assert_eq!(tuple(&[]), "()");
        assert_eq!(tuple(&["a"]), "('a',)");
        assert_eq!(tuple(&["a", "b"]), "('a', 'b')");
        let mut map = BTreeMap::new();
        map.insert(
            "net".to_string(),
            vec!["socket.*".to_string(), "b".to_string()],
        );
        assert_eq!(
            categories(&map),
            "(\n    ('net', ('b',), ('socket.',)),\n)\n"
        );
    }

    #[test]
    fn the_hooks_sets_are_derived_from_the_tables() {
        let line = |block: &str, name: &str| {
            block
                .lines()
                .find(|l| l.starts_with(&format!("{name} = ")))
                .unwrap_or_else(|| panic!("{name} in the block"))
                .to_string()
        };
        let block = default_policy().python_block();
        assert_eq!(line(&block, "_OPENS"), "_OPENS = frozenset(('open',))");
        let quiet = line(&block, "_QUIET");
        for settled in [
            "'builtins.id'",
            "'pathlib.Path.glob'",
            "'object.__getattr__'",
        ] {
            assert!(quiet.contains(settled), "{settled} in {quiet}");
        }
        for promotable in ["'open'", "'import'", "'object.__setattr__'"] {
            assert!(!quiet.contains(promotable), "{promotable} in {quiet}");
        }
        // Path events are settled by their path, and only the sampled ones
        // are the hook's to check (always-logged ones are records anyway).
        let paths = line(&block, "_PATH_EVENTS");
        for path_event in ["'open'", "'os.listdir'", "'os.scandir'", "'glob.glob'"] {
            assert!(!quiet.contains(path_event), "{path_event} in {quiet}");
            assert!(paths.contains(path_event), "{path_event} not in {paths}");
        }
        assert!(!paths.contains("'os.remove'"), "{paths}");
        assert!(line(&block, "_ALWAYS_PREFIXES").contains("'socket.'"));
        // A sampled name that an `always` prefix covers is never settled by name.
        let text = DEFAULT_POLICY.replace(
            "    - os.listdir\n",
            "    - os.listdir\n    - socket.getfqdn\n",
        );
        let block = Policy::from_yaml(&text).unwrap().python_block();
        assert!(line(&block, "_SAMPLED_NAMES").contains("'socket.getfqdn'"));
        assert!(!line(&block, "_QUIET").contains("'socket.getfqdn'"));
    }

    #[test]
    fn a_changed_policy_changes_its_hash() {
        let policy = Policy::from_yaml(DEFAULT_POLICY).unwrap();
        let mut other = policy.clone();
        other.sample_first += 1;
        assert_ne!(policy_hash(&policy), policy_hash(&other));
        assert_eq!(policy_hash(&policy).len(), 16);
        assert!(source().contains(&format!("_POLICY_HASH = '{}'", policy_hash(&policy))));
        assert!(source_with(&other).contains("_SAMPLE_FIRST = 17\n"));
    }

    #[test]
    fn images_are_recognised_by_their_header() {
        let mut image = vec![0xa7, 0x0d, b'\r', b'\n'];
        image.extend([0; 12]);
        image.extend(b"\xe3rest");
        assert!(is_image(&image));
        assert!(!is_image(b"# python source, not an image"));
    }
}
