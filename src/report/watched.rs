//! The kernel's record of allowed program starts and changes of paths
//! (`jail::watched`) as the report shows and judges it: changes outside the
//! jail's writable places, and program starts that are not a helper of the
//! standard library or of an installed module (`helpers`), raise the verdict.
//! The record is the kernel's (the program cannot skip it), and so is all the
//! judgement rests on; the audit event that accounts for a start is shown
//! beside it, but telemetry is advisory and never clears one.

use serde::Serialize;

use jail::outcome::{Act, Place, WatchedCall, WatchedCalls, WatchedGroup};
use jail::telemetry::{Event, Telemetry};
use serde_json::Value;

use super::{escape, helpers};

#[derive(Debug, Clone, Serialize)]
pub struct WatchedSection {
    /// `seccomp-user-notification`, or `none` when the supervisor had no
    /// listener (see degradations): nothing below was recorded then.
    pub recorded_by: &'static str,
    /// Every watched call recorded.
    pub total: u64,
    /// Changes of paths in /work, /tmp, harmless devices and the program's
    /// own descriptors: counted, not judged.
    pub inside_total: u64,
    /// Changes of paths anywhere else: attempts, whose result the record
    /// does not see (the jail's root there is read-only).
    pub outside: Vec<PathChange>,
    pub outside_total: u64,
    /// Changes of start-up files and keys in the jail's home (/work, so
    /// `~/.bashrc` is /work/.bashrc): they stay in the jail, but are what a
    /// program that means to persist on a host writes.
    pub home: Vec<PathChange>,
    /// Changes of hidden entries of /work past the record's sample: not
    /// checked.
    pub home_not_kept: u64,
    /// Changes past the record's samples (outside, in the home, unresolved)
    /// whose every caller is a helper program: its doing, not counted.
    pub not_kept_by_helpers: u64,
    /// Of those, outside and unresolved.
    #[serde(skip)]
    outside_not_kept_by_helpers: u64,
    #[serde(skip)]
    unknown_not_kept_by_helpers: u64,
    /// Changes whose path could not be read or resolved.
    pub unknown: Vec<PathChange>,
    pub unknown_total: u64,
    /// Program starts, each with the audit event that accounts for it.
    pub execs: Vec<Exec>,
    pub execs_total: u64,
    /// Program starts past the record's sample: not checked.
    pub execs_not_kept: u64,
    pub cannot_prove: &'static [&'static str],
}

/// Calls of one kind on one path, as the kernel showed them.
#[derive(Debug, Clone, Serialize)]
pub struct PathChange {
    pub act: Act,
    pub call: String,
    pub paths: Vec<String>,
    pub count: u64,
    /// Host pids (of the calling threads) of the first callers.
    pub pids: Vec<u32>,
    /// For a path in the jail's home: what such a file is on a host.
    pub what: Option<&'static str>,
    /// Whose own state this change is, when it is a helper's: a helper
    /// program's (`Exec::helper`: matplotlib's `fc-list` writing its font
    /// cache) when every caller is one, or a library's state file
    /// ([`LIBRARY_STATE`]). Not counted against the program.
    pub helper: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Exec {
    pub call: String,
    pub path: String,
    pub argv: Vec<String>,
    pub count: u64,
    /// Host pids (of the calling threads) of the first callers.
    pub pids: Vec<u32>,
    /// Where it ran from: the jail's scratch (`writable`), the read-only
    /// system (`outside`), or not known.
    pub place: Place,
    /// The audit event that accounts for it (`subprocess.Popen at line 3`),
    /// or None: the telemetry saw nothing start this program. Advisory: it
    /// decides nothing.
    pub accounted_by: Option<String>,
    /// The standard library's or an installed module's helper this start is,
    /// told from the kernel's record alone (`helpers`): not counted.
    pub helper: Option<String>,
    /// Where such a helper writes its own state.
    #[serde(skip)]
    writes_under: &'static [&'static str],
}

/// What the record of watched calls cannot show.
pub const CANNOT_PROVE: &[&str] = &[
    "which path the kernel used: a path is read from the program's memory while the call waits, and another thread can change it before the kernel reads it again",
    "whether a call succeeded: the kernel runs it after the record, with all its checks (read-only root, Landlock), and answers the program, not the supervisor",
    "where a symbolic link leads: paths are judged as written, relative ones against the working directory or directory descriptor /proc showed",
    "the jail's own calls, made before any of the program's code exists (its start of the interpreter, a warm or forked jail's writes of the job's files), which are not recorded",
    "calls on descriptors other than fchmod and fchown (writes, ftruncate) and binding unix sockets: opening for writing is what is recorded",
    "which code started a program: the audit event shown beside a start is telemetry, which the program can forge, so it clears nothing; only a helper's fixed command line, read from the kernel, does",
];

/// At most this many entries of each list in the report.
const SHOWN: usize = 32;

pub fn section(
    calls: &WatchedCalls,
    telemetry: Option<&Telemetry>,
    interpreter: &str,
) -> WatchedSection {
    let mut section = WatchedSection {
        recorded_by: if calls.recorded {
            "seccomp-user-notification"
        } else {
            "none"
        },
        total: calls.total,
        inside_total: 0,
        outside: Vec::new(),
        outside_total: 0,
        home: Vec::new(),
        home_not_kept: 0,
        not_kept_by_helpers: 0,
        outside_not_kept_by_helpers: 0,
        unknown_not_kept_by_helpers: 0,
        unknown: Vec::new(),
        unknown_total: 0,
        execs: Vec::new(),
        execs_total: 0,
        execs_not_kept: 0,
        cannot_prove: CANNOT_PROVE,
    };
    let events = process_starts(telemetry);
    for group in &calls.groups {
        if group.act == Act::Exec {
            section.execs_total += group.count;
            section.execs_not_kept += group.other;
            for call in &group.samples {
                let helper = helpers::started_by(call, group.place, interpreter);
                section.execs.push(Exec {
                    call: call.call.clone(),
                    path: call.paths.first().cloned().unwrap_or_default(),
                    argv: call.argv.clone(),
                    count: call.count,
                    pids: call.pids.clone(),
                    place: group.place,
                    accounted_by: accounting_event(call, &events).map(describe_event),
                    writes_under: helper.as_ref().map_or(&[], |h| h.writes_under),
                    helper: helper.map(|h| h.describe),
                });
            }
        }
    }
    // Who made a change: a helper program, when the change came from the pid
    // (the kernel's, of the calling thread) that started it and is of a path
    // the helper keeps its state under (that pid ran the caller's code before
    // it started the helper). Every caller must be one: a change some other
    // caller also made counts. Not once the program changed the environment,
    // which decides where a helper writes (fontconfig's cache).
    let steered = telemetry.is_some_and(super::environment_changed);
    let helper_of = |call: &WatchedCall| {
        if let Some(state) = library_state(call) {
            return Some(state.to_string());
        }
        if steered {
            return None;
        }
        let own_state = |e: &Exec| {
            call.paths
                .iter()
                .all(|p| !p.contains("/../") && e.writes_under.iter().any(|w| p.starts_with(w)))
        };
        let started = |pid: &u32| {
            section
                .execs
                .iter()
                .find(|e| e.helper.is_some() && e.pids.contains(pid) && own_state(e))
        };
        let first = started(call.pids.first()?)?;
        call.pids.iter().all(|pid| started(pid).is_some()).then(|| {
            format!(
                "by {}, {}",
                first.path,
                first.helper.as_deref().unwrap_or_default()
            )
        })
    };
    // The calls past a group's samples are known by their callers only: a
    // helper's when every caller is a helper whose state every kept call of
    // the group is. Not in the home, where start-up files are: its sample
    // is large, and past it nothing is taken on trust.
    let not_kept_by_helpers = |group: &WatchedGroup| {
        let helper_pid = |pid: &u32| {
            section
                .execs
                .iter()
                .any(|e| e.helper.is_some() && e.pids.contains(pid))
        };
        group.place != Place::HiddenInHome
            && !group.other_pids_cut
            && !group.other_pids.is_empty()
            && group.other_pids.iter().all(helper_pid)
            && group.samples.iter().all(|call| helper_of(call).is_some())
    };
    let mut home = Vec::new();
    let (mut outside, mut unknown) = (Vec::new(), Vec::new());
    for group in &calls.groups {
        if group.act == Act::Exec {
            continue;
        }
        let helpers_unkept = if not_kept_by_helpers(group) {
            group.other
        } else {
            0
        };
        section.not_kept_by_helpers += helpers_unkept;
        let (list, total) = match group.place {
            Place::Writable => {
                section.inside_total += group.count;
                continue;
            }
            Place::HiddenInHome => {
                section.home_not_kept += group.other;
                for call in &group.samples {
                    match home_file(call) {
                        Some(what) => {
                            home.push(PathChange::of(group.act, call, Some(what), helper_of(call)))
                        }
                        None => section.inside_total += call.count,
                    }
                }
                continue;
            }
            Place::Outside => {
                section.outside_not_kept_by_helpers += helpers_unkept;
                (&mut outside, &mut section.outside_total)
            }
            Place::Unknown => {
                section.unknown_not_kept_by_helpers += helpers_unkept;
                (&mut unknown, &mut section.unknown_total)
            }
        };
        *total += group.count;
        list.extend(
            group
                .samples
                .iter()
                .map(|call| PathChange::of(group.act, call, None, helper_of(call))),
        );
    }
    (section.outside, section.home, section.unknown) = (outside, home, unknown);
    // The program's own starts first, so that a cut list keeps them.
    section.execs.sort_by_key(|e| e.helper.is_some());
    for list in [
        &mut section.outside,
        &mut section.home,
        &mut section.unknown,
    ] {
        list.truncate(SHOWN);
    }
    section.execs.truncate(SHOWN);
    section
}

/// Why the watched calls raise the verdict (each `suspicious`), with their
/// evidence; empty when they do not.
pub fn reasons(section: &WatchedSection) -> Vec<String> {
    let mut reasons = Vec::new();
    let by_helper = |list: &[PathChange]| -> u64 {
        list.iter()
            .filter(|c| c.helper.is_some())
            .map(|c| c.count)
            .sum()
    };
    let programs = |list: &[PathChange]| -> Vec<String> {
        list.iter()
            .filter(|c| c.helper.is_none())
            .map(PathChange::describe)
            .collect()
    };
    let outside =
        section.outside_total - by_helper(&section.outside) - section.outside_not_kept_by_helpers;
    if outside > 0 {
        reasons.push(format!(
            "the kernel saw {outside} attempt(s) to write or change paths outside /work and /tmp \
             (the jail's root is read-only there; the record does not see results): {}",
            listed(programs(&section.outside).into_iter())
        ));
    }
    let home = programs(&section.home);
    if !home.is_empty() {
        reasons.push(format!(
            "the kernel saw writes to start-up files or keys of the jail's home (/work): {} \
             (they stay in the jail; on a host they would persist or hand over access)",
            listed(home.into_iter())
        ));
    }
    if section.home_not_kept > 0 {
        reasons.push(format!(
            "{} change(s) of hidden entries of the jail's home past the record's sample could not be checked",
            section.home_not_kept
        ));
    }
    let unknown =
        section.unknown_total - by_helper(&section.unknown) - section.unknown_not_kept_by_helpers;
    if unknown > 0 {
        reasons.push(format!(
            "the kernel saw {unknown} change(s) of paths the supervisor could not read or resolve: {}",
            listed(programs(&section.unknown).into_iter())
        ));
    }
    let own: Vec<&Exec> = section
        .execs
        .iter()
        .filter(|e| e.helper.is_none())
        .collect();
    let (seen, unseen): (Vec<&Exec>, Vec<&Exec>) =
        own.into_iter().partition(|e| e.accounted_by.is_some());
    if !seen.is_empty() {
        let count: u64 = seen.iter().map(|e| e.count).sum();
        reasons.push(format!(
            "the kernel saw {count} program start(s) that are no fixed helper of the standard \
             library or of an installed module: {}",
            listed(seen.iter().map(|e| e.describe()))
        ));
    }
    if !unseen.is_empty() {
        let count: u64 = unseen.iter().map(|e| e.count).sum();
        reasons.push(format!(
            "the kernel saw {count} program start(s) that no audit event accounts for \
             (ctypes, _posixsubprocess or silenced telemetry): {}",
            listed(unseen.iter().map(|e| e.describe()))
        ));
    }
    if section.execs_not_kept > 0 {
        reasons.push(format!(
            "{} program start(s) past the record's sample could not be checked against the telemetry",
            section.execs_not_kept
        ));
    }
    reasons
}

/// The first few, escaped, and how many more.
fn listed(items: impl Iterator<Item = String>) -> String {
    const NAMED: usize = 4;
    let items: Vec<String> = items.collect();
    let mut text = items
        .iter()
        .take(NAMED)
        .map(|i| escape(i).into_owned())
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > NAMED {
        text.push_str(&format!(" and {} more", items.len() - NAMED));
    }
    text
}

impl PathChange {
    fn of(
        act: Act,
        call: &WatchedCall,
        what: Option<&'static str>,
        helper: Option<String>,
    ) -> PathChange {
        PathChange {
            act,
            call: call.call.clone(),
            paths: call.paths.clone(),
            count: call.count,
            pids: call.pids.clone(),
            what,
            helper,
        }
    }

    pub fn describe(&self) -> String {
        let times = match self.count {
            1 => String::new(),
            n => format!(" ×{n}"),
        };
        let what = self.what.map_or(String::new(), |w| format!(", {w}"));
        let by = self
            .helper
            .as_deref()
            .map_or(String::new(), |h| format!(" ({h})"));
        format!("{} {}{times}{what}{by}", self.call, self.paths.join(" → "))
    }
}

/// Files outside the scratch that a library of the interpreter's own process keeps its
/// state in, on an ordinary call, with whose they are. The write is attempted (the
/// root is read-only there) and names nothing of the caller's choosing.
const LIBRARY_STATE: &[(&str, &str)] = &[(
    "/var/lib/libuuid/clock.txt",
    "libuuid's clock, which uuid.uuid1() keeps",
)];

/// Whose state file every path of `call` is, when it is one of [`LIBRARY_STATE`].
fn library_state(call: &WatchedCall) -> Option<&'static str> {
    let (first, rest) = call.paths.split_first()?;
    let (_, whose) = LIBRARY_STATE.iter().find(|(path, _)| path == first)?;
    rest.iter().all(|p| p == first).then_some(*whose)
}

/// What a path in the jail's home would be in a host's home, when it is a
/// start-up file (code that runs later) or a secret; the analyzer owns the
/// classes.
fn home_file(call: &WatchedCall) -> Option<&'static str> {
    call.paths.iter().find_map(|path| home_file_class(path))
}

/// What a path in the jail's home (/work) is when it is a start-up file or a key, judged
/// as the analyzer judges the same name in a home directory.
pub(super) fn home_file_class(path: &str) -> Option<&'static str> {
    let rest = path.strip_prefix("/work/")?;
    match analyzer::classify_path(&format!("/root/{rest}")) {
        analyzer::PathClass::Persistence => Some("a file that runs code later"),
        analyzer::PathClass::Secret => Some("a host secret"),
        _ => None,
    }
}

impl Exec {
    pub fn describe(&self) -> String {
        let times = match self.count {
            1 => String::new(),
            n => format!(" ×{n}"),
        };
        format!(
            "{} {} [{}]{times}",
            self.call,
            self.path,
            self.argv.join(" ")
        )
    }
}

/// Audit events that start a program.
const PROCESS_START_EVENTS: &[&str] = &[
    "subprocess.Popen",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.system",
];

/// Shells: a command line they run names further programs.
const SHELLS: &[&str] = &["sh", "bash", "dash", "zsh", "ksh", "ash", "busybox"];

/// Programs whose job is to start the program their arguments name
/// (`env LC_ALL=C sort`, `xargs wc`, `find . -exec cat {} ;`): like a shell's
/// command line, every word of their arguments accounts for a start.
const STARTERS: &[&str] = &[
    "env", "xargs", "find", "nice", "nohup", "timeout", "stdbuf", "setsid", "ionice", "taskset",
    "time",
];

/// Whether an audit event says a program starts (whose start the kernel's
/// record then shows).
pub(super) fn starts_a_program(event: &Event) -> bool {
    PROCESS_START_EVENTS.contains(&event.event.as_str())
}

/// Each process-start event of the telemetry with the program names it
/// accounts for.
fn process_starts(telemetry: Option<&Telemetry>) -> Vec<(&Event, Vec<String>)> {
    telemetry
        .iter()
        .flat_map(|t| &t.events)
        .filter(|e| starts_a_program(e))
        .map(|e| (e, names_started(e)))
        .collect()
}

/// The program names an event says it starts: the executable and argv[0]
/// (`subprocess.Popen`, `os.exec`, `os.posix_spawn`, `os.spawn`), the shell
/// for `os.system`; and when a shell runs a command line, every word of it
/// (the shell starts the programs the line names).
fn names_started(event: &Event) -> Vec<String> {
    let args = event.args.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut names = Vec::new();
    let mut push = |value: Option<&Value>| {
        let first = match value {
            Some(Value::Array(items)) => items.first().and_then(text_of),
            Some(value) => text_of(value),
            None => None,
        };
        if let Some(text) = first {
            names.push(base_name(text).to_string());
        }
    };
    match event.event.as_str() {
        "subprocess.Popen" | "os.exec" | "os.posix_spawn" => {
            push(args.first());
            push(args.get(1));
        }
        "os.spawn" => {
            push(args.get(1));
            push(args.get(2));
        }
        "os.system" => names.push("sh".into()),
        _ => {}
    }
    let runs_its_arguments =
        |n: &String| SHELLS.contains(&n.as_str()) || STARTERS.contains(&n.as_str());
    if event.event == "os.system" || names.iter().any(runs_its_arguments) {
        let mut words = Vec::new();
        collect_words(&event.args, &mut words);
        names.extend(words);
    }
    names
}

/// Every word of every string in `value`, as a program name.
fn collect_words(value: &Value, words: &mut Vec<String>) {
    if let Value::Array(items) = value {
        return items.iter().for_each(|v| collect_words(v, words));
    }
    if let Some(text) = text_of(value) {
        let word = |c: char| c.is_alphanumeric() || "._+-/".contains(c);
        words.extend(
            text.split(|c: char| !word(c))
                .filter(|w| !w.is_empty())
                .map(|w| base_name(w).to_string()),
        );
    }
}

/// A text argument as the telemetry records it: a string, a string cut to
/// its head (`{"str": …, "len": …}`), or bytes (`{"bytes": …, "len": …}`:
/// `os.system` always passes its command as bytes, `subprocess` passes bytes
/// as given).
pub(super) fn text_of(value: &Value) -> Option<&str> {
    match value {
        Value::String(text) => Some(text),
        Value::Object(fields) => fields.get("bytes").or_else(|| fields.get("str"))?.as_str(),
        _ => None,
    }
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The first event that starts a program of this name (the path's last
/// part, or argv[0]'s).
fn accounting_event<'a>(
    exec: &WatchedCall,
    events: &[(&'a Event, Vec<String>)],
) -> Option<&'a Event> {
    let path = exec.paths.first().map(String::as_str).unwrap_or_default();
    let candidates = [
        Some(base_name(path)),
        exec.argv.first().map(|a| base_name(a)),
    ];
    let (event, _) = events.iter().find(|(_, names)| {
        candidates
            .iter()
            .flatten()
            .any(|c| !c.is_empty() && names.iter().any(|n| n == c))
    })?;
    Some(event)
}

fn describe_event(event: &Event) -> String {
    let at = event
        .line
        .map_or(String::new(), |l| format!(" at line {l}"));
    let via = event
        .via
        .as_deref()
        .map_or(String::new(), |v| format!(" (via {v})"));
    format!("{}{at}{via}", event.event)
}
