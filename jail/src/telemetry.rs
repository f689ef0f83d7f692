//! Reads what the audit prelude wrote: raw lines, as the supervisor kept them,
//! become bounded telemetry (events, per-event counts, what was lost) and
//! tamper signals. Everything here came from inside the jail, so it is never
//! trusted (`trusted: false`): the program can forge records, silence the hook
//! (see the README, "Telemetry (advisory)"), or write garbage. The parser's
//! job is to show what was reported and every sign that the report is
//! incomplete or forged, in memory that does not grow with the input
//! ([`Parser::feed`] takes one line at a time).
//!
//! # Record format, version 1
//! One JSON object per line, written by a single `write` (< 4 KiB, atomic on a
//! pipe). Every record has:
//! - `v`: 1; `kind`: one of the kinds below;
//! - `seq`: 1, 2, 3... per process (a fork child continues its parent's
//!   numbers, so sequences are checked per pid); a record the prelude could not
//!   write (full or closed pipe) still used its number;
//! - `pid`, `tid` (kernel thread id), `t` (CLOCK_MONOTONIC, nanoseconds).
//!
//! Kinds and their fields:
//! - `start`: `python` (x.y.z), `cache_tag`, `prelude` (its version),
//!   `policy` (hash of the baked-in policy), `file`, `argc`, `site`, `fd`.
//! - `event`: `event` (the name: a string, or `{"str": head, "len": n}` when
//!   cut), `tier` (`always` | `sampled`), `cat` (category), `n` (how many
//!   times this name was seen so far; 0 past the name cap), `args` (a JSON
//!   array, see below, or null with `args_cut: true` when even the short form
//!   did not fit); `unusual: true` for a path event whose path lies outside
//!   the places ordinary code reads (the policy's `paths`: it is a record
//!   whatever its name's sample budget, within a budget of its own); for
//!   `always` and `unusual`: `file` and `line` of the innermost frame of
//!   the program's file (`line` null when none, e.g. during start-up); optional
//!   `forged` (the event name was a str subclass: this type name) and
//!   `via` says who stood between the program's code (its file, or any code
//!   not installed with the interpreter) and the event: `"import"` (the import
//!   system, loading an installed module; module-loading events such as
//!   `marshal.loads` are then logged in the sampled tier), `"library"` (code
//!   installed with the interpreter: the event was raised on the program's
//!   behalf) or `"interpreter"` (no Python code at all: a traceback printed at
//!   exit); absent when the program's code raised it; `nested: true` (the
//!   hook was already running in this thread: program code ran inside it).
//! - `dropped`: `n` records lost (full or closed pipe) since the last report.
//! - `unusual_past_budget`: `budget`; the process' unusual paths went past
//!   their budget of records, here: later ones are only counted.
//! - `hook_error`: `event`, `error` (exception type name), `interrupted`
//!   (true: program code raised inside the hook, e.g. a signal handler).
//! - `main`: the program's code starts here (after `--site` ran `site.main()`);
//!   counts restart, so the `end` counts are the program's own.
//! - `fork`: `ppid`; the first record of a child of `os.fork()`.
//! - `counts`: `counts` {name: n}; one or more just before `end`.
//! - `end`: `names`, `events` (total counted), `other_events` (past the name
//!   cap), `lost` (records lost in all), `hook_errors`, `unusual_unrecorded`
//!   (path events of unusual paths past their budget, counted only). Written
//!   when the interpreter is cleared, after atexit handlers and threads.
//!
//! Argument values: exact `str` as a string (or `{"str", "len"}` past 256
//! characters), int (or `{"int_bits"}`), float (or `{"float": "nan"}`),
//! true/false/null, `{"bytes": latin-1 head, "len"}`, containers as arrays
//! (`{"<type>": [...], "len"}` past 16 items, `{"type", "len"}` when nested
//! deeper than two levels), dicts as `{"keys": [...], "len"}`,
//! `{"code", "file", "line"}`, `{"function": qualname}`, `{"class": name}`,
//! anything else `{"type": name}`.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::outcome::TelemetryCapture;

/// The record format this parser reads (the `v` of every record).
pub const VERSION: u64 = 1;
/// The prelude never writes a longer line; a longer one is not its record.
const MAX_LINE: usize = 4096;
/// Sequence numbers remembered per process to tell late from duplicate.
const WINDOW: u64 = 4096;

/// Imports that open unaudited paths into the hook's own memory or interpreters.
const TAMPER_IMPORTS: &[&str] = &[
    "_ctypes",
    "_interpreters",
    "_xxsubinterpreters",
    "_testcapi",
    "_testinternalcapi",
];

/// How much of the input is kept.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Event records kept in [`Telemetry::events`].
    pub max_events: usize,
    /// Event records kept per event name, so one noisy name cannot crowd out the rest.
    pub max_events_per_name: u64,
    /// Records of unusual paths kept past the two limits above, so that no
    /// flood of other records crowds out an attempt at a host path.
    pub max_unusual_events: usize,
    /// Distinct event names counted one by one.
    pub max_names: usize,
    /// Distinct tamper signals (repeats are counted in the signal).
    pub max_signals: usize,
    /// Processes whose sequence numbers are checked.
    pub max_pids: usize,
    /// The policy hash the `start` record must carry (`prelude::policy_hash`).
    pub expected_policy: Option<String>,
    /// Events whose mere presence is a tamper signal, with why (the policy's
    /// `tamper_reasons`; a name ending in `*` is a prefix).
    pub tamper_reasons: Vec<(String, String)>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_events: 1000,
            max_events_per_name: 50,
            max_unusual_events: 256,
            max_names: 1024,
            max_signals: 64,
            max_pids: 256,
            expected_policy: None,
            tamper_reasons: crate::prelude::default_policy().tamper_reasons(),
        }
    }
}

/// How the program ended, as the supervisor saw it.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProcessEnd {
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
}

/// The `runtime` part of a threat report.
#[derive(Debug, Clone, Serialize)]
pub struct Telemetry {
    /// Always false: the program can forge or silence all of this.
    pub trusted: bool,
    /// `start` and `end` seen, nothing lost, no tamper signal.
    pub complete: bool,
    pub start: Option<Start>,
    pub end: Option<End>,
    /// The first event records, at most `max_events` (and `max_events_per_name` per name),
    /// and those of unusual paths past them, at most `max_unusual_events`.
    pub events: Vec<Event>,
    /// Event records read.
    pub events_total: u64,
    /// Event records read but not kept in `events`.
    pub events_omitted: u64,
    /// Per event name: from the main process' `counts` records (every tier,
    /// count-only included) when it wrote them, else the event records read.
    pub counts: BTreeMap<String, u64>,
    pub counts_source: CountsSource,
    /// Events counted past the name cap, without a name.
    pub other_events: u64,
    pub lost: Lost,
    pub hook_errors: u64,
    pub invalid_lines: u64,
    pub tamper: Vec<TamperSignal>,
    /// Distinct signals past `max_signals`, not listed.
    pub tamper_omitted: u64,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum CountsSource {
    EndRecord,
    Records,
}

/// Records that never reached the report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Lost {
    /// Reported by the prelude (`dropped` records): the pipe was full or closed.
    pub by_prelude: u64,
    /// Lines the supervisor did not keep (between its head and tail).
    pub by_supervisor: u64,
    /// Sequence numbers never seen, beyond what the two above explain.
    pub unexplained: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Start {
    pub pid: u32,
    pub python: String,
    pub cache_tag: String,
    pub prelude: String,
    pub policy: String,
    pub file: String,
    pub site: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct End {
    pub pid: u32,
    pub seq: u64,
    pub names: u64,
    pub events: u64,
    pub other_events: u64,
    pub lost: u64,
    pub hook_errors: u64,
    /// Path events of unusual paths past their budget: counted, not recorded.
    pub unusual_unrecorded: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub seq: u64,
    pub pid: u32,
    pub tid: u64,
    pub t_ns: u64,
    pub event: String,
    pub tier: Tier,
    pub category: String,
    pub n: u64,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub args: Value,
    /// The event name was a str subclass (a forged `sys.audit`): its type name.
    pub forged: Option<String>,
    /// Raised while the hook was already running in this thread.
    pub nested: bool,
    /// `import`: raised while the import system ran (loading a module).
    pub via: Option<String>,
    /// A path event whose path lies outside the places ordinary code reads.
    pub unusual: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Always,
    Sampled,
}

/// One sign that the telemetry is incomplete or forged; repeats are merged.
#[derive(Debug, Clone, Serialize)]
pub struct TamperSignal {
    pub kind: TamperKind,
    pub detail: String,
    /// The audit event the signal is about, for signals about one event.
    pub event: Option<String>,
    /// Where it was first seen.
    pub pid: Option<u32>,
    pub seq: Option<u64>,
    pub line: Option<u32>,
    /// How many times it was seen.
    pub count: u64,
    /// Every time it came from the standard library or the import system on
    /// the program's behalf (the prelude saw a library frame between the
    /// program's line and the event), never straight from the program.
    pub on_behalf: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum TamperKind {
    /// No `start` record: the prelude never ran, or its first record is gone.
    NoStart,
    /// No `end` from the main process: the pipe was closed or replaced, the
    /// process ended abruptly (os._exit, a signal, exec), or it was suppressed.
    NoEnd,
    /// The `start` record does not carry the policy pyjail baked in.
    WrongPolicy,
    /// Sequence numbers missing beyond the reported losses.
    SeqGap,
    /// A sequence number seen twice in one process.
    SeqDuplicate,
    /// A sequence number far older than its process' latest.
    SeqReordered,
    /// Records from a pid that neither started nor forked.
    UnknownProcess,
    /// A second `start` or `end`, or a record after the main process' `end`.
    OutOfPlace,
    /// An event that can reach, blind or bypass the hook.
    TamperEvent,
    /// An event name that was a str subclass: `sys.audit` forging.
    ForgedEvent,
    /// An event raised while the hook ran: program code ran inside it.
    NestedEvent,
    /// Program code raised inside the hook (a signal handler, a tracer).
    HookInterrupted,
    /// The hook failed on its own and wrote a minimal record.
    HookError,
    /// The `end` counts are lower than the records read: its state was rewritten.
    CountMismatch,
    /// Path events of unusual paths past the prelude's budget of records, or
    /// records of them past what the parser keeps: an attempt at a host path
    /// may be missing.
    UnusualPastBudget,
    /// A line that is not a version-1 record.
    InvalidLine,
}

/// Streaming parser: [`feed`](Parser::feed) lines in order, note lines the
/// supervisor skipped with [`lines_lost`](Parser::lines_lost), then
/// [`finish`](Parser::finish).
#[derive(Debug)]
pub struct Parser {
    limits: Limits,
    root: Option<u32>,
    start: Option<Start>,
    end: Option<End>,
    events: Vec<Event>,
    events_total: u64,
    kept_per_name: HashMap<String, u64>,
    /// Records of unusual paths kept past the general limits.
    kept_unusual: usize,
    /// Event records per name, from the main process (for `counts` without
    /// `end` and to check the `end` counts).
    seen: BTreeMap<String, u64>,
    seen_other: u64,
    /// The main process' `counts` records, and whether more may follow.
    end_counts: BTreeMap<String, u64>,
    end_counts_open: bool,
    sequences: HashMap<u32, Sequence>,
    forked: HashSet<u32>,
    lost: Lost,
    hook_errors: u64,
    invalid_lines: u64,
    signals: Signals,
}

impl Parser {
    pub fn new(limits: Limits) -> Parser {
        Parser {
            signals: Signals::new(limits.max_signals),
            limits,
            root: None,
            start: None,
            end: None,
            events: Vec::new(),
            events_total: 0,
            kept_per_name: HashMap::new(),
            kept_unusual: 0,
            seen: BTreeMap::new(),
            seen_other: 0,
            end_counts: BTreeMap::new(),
            end_counts_open: true,
            sequences: HashMap::new(),
            forked: HashSet::new(),
            lost: Lost::default(),
            hook_errors: 0,
            invalid_lines: 0,
        }
    }

    /// Reads one line (without its newline). Anything goes: garbage, cut
    /// lines, forged records.
    pub fn feed(&mut self, line: &str) {
        let line = line.trim_end_matches(['\n', '\r']);
        if line.is_empty() {
            return;
        }
        let record = if line.len() > MAX_LINE {
            Err("longer than any record".to_string())
        } else {
            serde_json::from_str::<Record>(line).map_err(|e| e.to_string())
        };
        match record {
            Ok(record) if record.v == VERSION => self.record(record),
            Ok(record) => self.invalid(line, &format!("version {}", record.v)),
            Err(reason) => self.invalid(line, &reason),
        }
    }

    /// `n` lines the supervisor received but did not keep, at this point.
    pub fn lines_lost(&mut self, n: u64) {
        self.lost.by_supervisor += n;
    }

    fn invalid(&mut self, line: &str, reason: &str) {
        self.invalid_lines += 1;
        let head: String = line.chars().take(120).collect();
        self.signals.add(
            TamperKind::InvalidLine,
            "invalid",
            || format!("not a record ({reason}): {head}"),
            Place::default(),
        );
    }

    fn record(&mut self, record: Record) {
        let place = Place {
            pid: Some(record.pid),
            seq: Some(record.seq),
            line: None,
        };
        if self.root.is_none() {
            self.root = Some(record.pid);
        }
        let root = self.root == Some(record.pid);
        if root {
            if let Some(end) = &self.end {
                let detail = format!("a record after the end record (seq {})", end.seq);
                self.signals
                    .add(TamperKind::OutOfPlace, "after-end", || detail, place);
            }
        }
        self.sequence(&record, root);
        let head = record.head();
        match record.body {
            Body::Start(start) => self.on_start(start, record.pid, place),
            Body::Event(event) => self.on_event(event, &head, root),
            Body::Dropped { n } => self.lost.by_prelude += n,
            Body::UnusualPastBudget { budget } => {
                let detail = format!(
                    "path events outside the places ordinary code reads went past the \
                     prelude's budget of {budget} records: later ones were counted, not \
                     recorded, so an attempt at a host path may be missing"
                );
                self.signals
                    .add(TamperKind::UnusualPastBudget, "prelude", || detail, place);
            }
            Body::HookError {
                event,
                error,
                interrupted,
            } => {
                self.hook_errors += 1;
                let event = event.map(Name::into_string).unwrap_or_default();
                if interrupted {
                    let detail = format!(
                        "{error} raised by program code running inside the hook (during `{event}`)"
                    );
                    self.signals
                        .add(TamperKind::HookInterrupted, &error, || detail, place);
                } else {
                    let detail = format!("the hook failed with {error} on `{event}`");
                    self.signals
                        .add(TamperKind::HookError, &error, || detail, place);
                }
            }
            Body::Main {} if root => {
                self.seen.clear();
                self.seen_other = 0;
            }
            Body::Main {} => {}
            Body::Fork {} => {
                if self.forked.len() < self.limits.max_pids {
                    self.forked.insert(record.pid);
                }
            }
            Body::Counts { counts } if root && self.end.is_none() && self.end_counts_open => {
                for (name, n) in counts {
                    if self.end_counts.len() < self.limits.max_names
                        || self.end_counts.contains_key(&name)
                    {
                        *self.end_counts.entry(name).or_default() += n;
                    }
                }
            }
            Body::Counts { .. } => {}
            Body::End(end) => self.on_end(end, record.pid, record.seq, root, place),
        }
    }

    fn on_start(&mut self, start: StartBody, pid: u32, place: Place) {
        if self.start.is_some() {
            self.signals.add(
                TamperKind::OutOfPlace,
                "start",
                || "a second start record".into(),
                place,
            );
            return;
        }
        if let Some(expected) = &self.limits.expected_policy {
            if &start.policy != expected {
                let detail = format!("policy {} instead of {expected}", start.policy);
                self.signals
                    .add(TamperKind::WrongPolicy, "policy", || detail, place);
            }
        }
        self.root = Some(pid);
        self.start = Some(Start {
            pid,
            python: start.python,
            cache_tag: start.cache_tag,
            prelude: start.prelude,
            policy: start.policy,
            file: start.file,
            site: start.site,
        });
    }

    fn on_end(&mut self, end: EndBody, pid: u32, seq: u64, root: bool, place: Place) {
        // Said again here, in case the record that first said it was lost; a
        // fork child's too, whose other counts are its own.
        if end.unusual_unrecorded > 0 && !self.signals.has(TamperKind::UnusualPastBudget, "prelude")
        {
            let detail = format!(
                "{} path events outside the places ordinary code reads were counted, not \
                 recorded (past the prelude's budget): an attempt at a host path may be \
                 among them",
                end.unusual_unrecorded
            );
            self.signals
                .add(TamperKind::UnusualPastBudget, "prelude", || detail, place);
        }
        if !root {
            return; // a fork child finished; its counts are its own
        }
        if self.end.is_some() {
            self.signals.add(
                TamperKind::OutOfPlace,
                "end",
                || "a second end record".into(),
                place,
            );
            return;
        }
        self.end_counts_open = false;
        self.end = Some(End {
            pid,
            seq,
            names: end.names,
            events: end.events,
            other_events: end.other_events,
            lost: end.lost,
            hook_errors: end.hook_errors,
            unusual_unrecorded: end.unusual_unrecorded,
        });
    }

    fn on_event(&mut self, body: EventBody, head: &Head, root: bool) {
        self.events_total += 1;
        let EventBody {
            event,
            tier,
            cat,
            n,
            file,
            line,
            args,
            forged,
            nested,
            via,
            unusual,
        } = body;
        let name = event.into_string();
        let place = Place {
            pid: Some(head.pid),
            seq: Some(head.seq),
            line,
        };
        if root {
            if self.seen.len() < self.limits.max_names || self.seen.contains_key(&name) {
                *self.seen.entry(name.clone()).or_default() += 1;
            } else {
                self.seen_other += 1;
            }
        }
        let on_behalf = matches!(via.as_deref(), Some("library" | "import" | "interpreter"));
        self.signals_for(&name, forged.as_deref(), nested, on_behalf, &args, place);
        let kept = self.kept_per_name.get(&name).copied().unwrap_or(0);
        let room = self.events.len() < self.limits.max_events
            && kept < self.limits.max_events_per_name
            && (kept > 0 || self.kept_per_name.len() < self.limits.max_names);
        if room {
            *self.kept_per_name.entry(name.clone()).or_default() += 1;
        } else if !unusual {
            return;
        } else if self.kept_unusual < self.limits.max_unusual_events {
            self.kept_unusual += 1;
        } else {
            let most = self.limits.max_unusual_events;
            let detail = format!(
                "more records of paths outside the places ordinary code reads than the \
                 report keeps past its other limits ({most}): an attempt at a host path may \
                 be missing"
            );
            self.signals
                .add(TamperKind::UnusualPastBudget, "report", || detail, place);
            return;
        }
        self.events.push(Event {
            seq: head.seq,
            pid: head.pid,
            tid: head.tid,
            t_ns: head.t,
            event: name,
            tier,
            category: cat,
            n,
            file,
            line,
            args,
            forged,
            nested,
            via,
            unusual,
        });
    }

    /// `on_behalf`: the event came from a library or the import system, not
    /// straight from the program's own line.
    fn signals_for(
        &mut self,
        name: &str,
        forged: Option<&str>,
        nested: bool,
        on_behalf: bool,
        args: &Value,
        place: Place,
    ) {
        if let Some(forged) = forged {
            let detail = format!("sys.audit with a {forged} (str subclass) as the event name");
            self.signals
                .add(TamperKind::ForgedEvent, name, || detail, place);
        }
        if nested {
            let detail =
                format!("`{name}` while the hook was running: program code ran inside the hook");
            self.signals
                .add(TamperKind::NestedEvent, name, || detail, place);
        }
        if let Some(why) = tamper_reason(&self.limits.tamper_reasons, name, args) {
            self.signals.add_attributed(
                TamperKind::TamperEvent,
                name,
                || format!("`{name}`: {why}"),
                place,
                on_behalf,
            );
        }
    }

    /// Checks `seq` against its process' numbers.
    fn sequence(&mut self, record: &Record, root: bool) {
        let place = Place {
            pid: Some(record.pid),
            seq: Some(record.seq),
            line: None,
        };
        if !self.sequences.contains_key(&record.pid) {
            if self.sequences.len() >= self.limits.max_pids {
                return;
            }
            // The main process counts from 1; a fork child from its parent's number.
            let first = if root { 1 } else { record.seq };
            self.sequences.insert(record.pid, Sequence::new(first));
        }
        let sequence = self.sequences.get_mut(&record.pid).expect("inserted");
        match sequence.see(record.seq) {
            Seen::InOrder | Seen::Late => {}
            Seen::Duplicate => self.signals.add(
                TamperKind::SeqDuplicate,
                "dup",
                || format!("sequence number {} seen twice", record.seq),
                place,
            ),
            Seen::TooOld => self.signals.add(
                TamperKind::SeqReordered,
                "old",
                || format!("sequence number {} arrived far out of order", record.seq),
                place,
            ),
        }
    }

    /// Ends the input; `exit` is how the program ended.
    pub fn finish(mut self, exit: ProcessEnd) -> Telemetry {
        let missing: u64 = self.sequences.values_mut().map(Sequence::finish).sum();
        let explained = self.lost.by_prelude + self.lost.by_supervisor;
        self.lost.unexplained = missing.saturating_sub(explained);
        if self.lost.unexplained > 0 {
            let detail = format!(
                "{} sequence numbers missing beyond the {explained} reported lost",
                self.lost.unexplained
            );
            self.signals
                .add(TamperKind::SeqGap, "gap", || detail, Place::default());
        }
        let root = self.root;
        let strangers: Vec<u32> = self
            .sequences
            .keys()
            .filter(|pid| Some(**pid) != root && !self.forked.contains(pid))
            .copied()
            .collect();
        for pid in strangers {
            let detail = format!("records from pid {pid}, which neither started nor forked");
            let place = Place {
                pid: Some(pid),
                ..Place::default()
            };
            self.signals
                .add(TamperKind::UnknownProcess, "pid", || detail, place);
        }
        if self.start.is_none() {
            self.signals.add(
                TamperKind::NoStart,
                "start",
                || "no start record: the prelude did not run, or its output is gone".into(),
                Place::default(),
            );
        }
        if self.end.is_none() {
            let detail = no_end_detail(exit, self.events.iter().rev());
            self.signals
                .add(TamperKind::NoEnd, "end", || detail, Place::default());
        }
        self.check_end_counts();
        let (counts, counts_source, other_events) = match &self.end {
            Some(end) => (
                std::mem::take(&mut self.end_counts),
                CountsSource::EndRecord,
                end.other_events,
            ),
            None => (
                std::mem::take(&mut self.seen),
                CountsSource::Records,
                self.seen_other,
            ),
        };
        let lost_any = self.lost.by_prelude + self.lost.by_supervisor + self.lost.unexplained > 0;
        let (tamper, tamper_omitted) = self.signals.finish();
        Telemetry {
            trusted: false,
            complete: self.start.is_some() && self.end.is_some() && !lost_any && tamper.is_empty(),
            start: self.start,
            end: self.end,
            events_omitted: self.events_total - self.events.len() as u64,
            events: self.events,
            events_total: self.events_total,
            counts,
            counts_source,
            other_events,
            lost: self.lost,
            hook_errors: self.hook_errors,
            invalid_lines: self.invalid_lines,
            tamper,
            tamper_omitted,
        }
    }

    /// The prelude counts every event before writing it: an `end` that counts
    /// fewer than the records read had its counters rewritten.
    fn check_end_counts(&mut self) {
        let Some(end) = &self.end else { return };
        let mut short = Vec::new();
        for (name, seen) in &self.seen {
            let counted = self.end_counts.get(name).copied();
            let below = match counted {
                Some(n) => n < *seen,
                // Past the prelude's name cap the name is only in `other_events`.
                None => end.other_events < *seen,
            };
            if below {
                short.push(format!("{name}: {} < {seen}", counted.unwrap_or(0)));
            }
        }
        if !short.is_empty() {
            let detail = format!("end counts below the records read ({})", short.join(", "));
            self.signals.add(
                TamperKind::CountMismatch,
                "counts",
                || detail,
                Place::default(),
            );
        }
    }
}

/// Parses the supervisor's capture: head, the skipped lines, tail.
pub fn parse(capture: &TelemetryCapture, exit: ProcessEnd, limits: Limits) -> Telemetry {
    let mut parser = Parser::new(limits);
    for line in &capture.head {
        parser.feed(line);
    }
    parser.lines_lost(capture.dropped_lines);
    for line in &capture.tail {
        parser.feed(line);
    }
    parser.finish(exit)
}

/// Why an event is a tamper signal, if it is one.
fn tamper_reason(reasons: &[(String, String)], name: &str, args: &Value) -> Option<String> {
    for (pattern, why) in reasons {
        let hit = match pattern.strip_suffix('*') {
            Some(prefix) => name.starts_with(prefix),
            None => name == pattern,
        };
        if hit {
            return Some(why.clone());
        }
    }
    let first = args.get(0);
    let attribute = args.get(1).and_then(Value::as_str);
    match name {
        "import" => {
            let module = first.and_then(Value::as_str)?;
            TAMPER_IMPORTS.contains(&module).then(|| {
                format!(
                    "imports {module}, which reaches memory or interpreters without audit events"
                )
            })
        }
        "object.__setattr__" | "object.__delattr__" => {
            let verb = if name == "object.__setattr__" {
                "sets"
            } else {
                "deletes"
            };
            let attribute = attribute?;
            if let Some(function) = first.and_then(|v| v.get("function")) {
                let function = function.as_str().unwrap_or("?");
                return Some(format!("{verb} {attribute} of function {function}: its code or defaults change unaudited"));
            }
            // An instance's `__class__` is not a signal: CPython changes it only between
            // classes of the same layout defined in Python, and the hook holds no instance
            // of one (rules/audit-events.yaml, `targets_code_or_type`).
            (attribute == "__bases__").then(|| format!("{verb} a class' __bases__"))
        }
        _ => None,
    }
}

fn no_end_detail<'a>(exit: ProcessEnd, mut events: impl Iterator<Item = &'a Event>) -> String {
    if let Some(signal) = exit.signal {
        return format!(
            "no end record: the program was killed by signal {signal}, so events after the last record are unknown"
        );
    }
    if events.any(|e| e.event == "os.exec") {
        return "no end record: the program replaced itself (os.exec)".into();
    }
    "no end record although the program exited: the telemetry fd was closed or replaced, \
     os._exit skipped finalization, or the hook was silenced"
        .into()
}

/// Where a signal was first seen.
#[derive(Debug, Clone, Copy, Default)]
struct Place {
    pid: Option<u32>,
    seq: Option<u64>,
    line: Option<u32>,
}

/// Tamper signals merged by (kind, key), at most `cap` distinct.
#[derive(Debug)]
struct Signals {
    cap: usize,
    index: HashMap<(TamperKind, String), usize>,
    list: Vec<TamperSignal>,
    omitted: u64,
}

impl Signals {
    fn new(cap: usize) -> Signals {
        Signals {
            cap,
            index: HashMap::new(),
            list: Vec::new(),
            omitted: 0,
        }
    }

    fn add(&mut self, kind: TamperKind, key: &str, detail: impl FnOnce() -> String, at: Place) {
        self.add_attributed(kind, key, detail, at, false);
    }

    /// `on_behalf`: see [`TamperSignal::on_behalf`].
    fn add_attributed(
        &mut self,
        kind: TamperKind,
        key: &str,
        detail: impl FnOnce() -> String,
        at: Place,
        on_behalf: bool,
    ) {
        let key: String = key.chars().take(128).collect();
        if let Some(&i) = self.index.get(&(kind, key.clone())) {
            self.list[i].count += 1;
            self.list[i].on_behalf &= on_behalf;
            return;
        }
        if self.list.len() >= self.cap {
            self.omitted += 1;
            return;
        }
        let about_an_event = matches!(
            kind,
            TamperKind::TamperEvent | TamperKind::ForgedEvent | TamperKind::NestedEvent
        );
        let event = about_an_event.then(|| key.clone());
        self.index.insert((kind, key), self.list.len());
        self.list.push(TamperSignal {
            kind,
            detail: detail(),
            event,
            pid: at.pid,
            seq: at.seq,
            line: at.line,
            count: 1,
            on_behalf,
        });
    }

    fn has(&self, kind: TamperKind, key: &str) -> bool {
        self.index.contains_key(&(kind, key.to_string()))
    }

    fn finish(self) -> (Vec<TamperSignal>, u64) {
        (self.list, self.omitted)
    }
}

/// Sequence numbers of one process: the highest seen, and which of the last
/// [`WINDOW`] numbers were seen (a ring of bits indexed by number).
#[derive(Debug)]
struct Sequence {
    first: u64,
    max: Option<u64>,
    bits: Vec<u64>,
    /// Numbers that left the window unseen.
    missing: u64,
}

#[derive(Debug, PartialEq, Eq)]
enum Seen {
    InOrder,
    /// Older than the highest, first time: records of threads interleave.
    Late,
    Duplicate,
    /// Older than the window remembers (or than the first number).
    TooOld,
}

impl Sequence {
    fn new(first: u64) -> Sequence {
        Sequence {
            first,
            max: None,
            bits: vec![0; (WINDOW / 64) as usize],
            missing: 0,
        }
    }

    fn bit(&self, n: u64) -> bool {
        let i = n % WINDOW;
        self.bits[(i / 64) as usize] & (1 << (i % 64)) != 0
    }

    fn set(&mut self, n: u64, on: bool) {
        let i = n % WINDOW;
        let word = &mut self.bits[(i / 64) as usize];
        if on {
            *word |= 1 << (i % 64);
        } else {
            *word &= !(1 << (i % 64));
        }
    }

    fn see(&mut self, n: u64) -> Seen {
        if n < self.first {
            return Seen::TooOld;
        }
        let Some(max) = self.max else {
            // Numbers from `first` up to `n` enter the window unseen.
            self.max = Some(self.first.saturating_sub(1));
            return self.see(n);
        };
        if n > max {
            self.advance(max, n);
            self.set(n, true);
            return Seen::InOrder;
        }
        if max - n >= WINDOW {
            return Seen::TooOld;
        }
        if self.bit(n) {
            return Seen::Duplicate;
        }
        self.set(n, true);
        Seen::Late
    }

    /// Moves the window's top from `max` to `top`, counting unseen numbers that leave.
    fn advance(&mut self, max: u64, top: u64) {
        let entering = top - max;
        if entering >= WINDOW {
            self.missing += self.unseen_in_window(max);
            self.missing += entering - WINDOW;
            self.bits.iter_mut().for_each(|w| *w = 0);
        } else {
            for n in max + 1..=top {
                if n >= WINDOW && n - WINDOW >= self.first && !self.bit(n) {
                    self.missing += 1;
                }
                self.set(n, false);
            }
        }
        self.max = Some(top);
    }

    fn unseen_in_window(&self, max: u64) -> u64 {
        let low = max.saturating_sub(WINDOW - 1).max(self.first);
        (low..=max).filter(|&n| !self.bit(n)).count() as u64
    }

    /// Every number from `first` to the highest that was never seen.
    fn finish(&mut self) -> u64 {
        match self.max {
            Some(max) if max >= self.first => self.missing + self.unseen_in_window(max),
            _ => self.missing,
        }
    }
}

#[derive(Debug, Deserialize)]
struct Record {
    v: u64,
    seq: u64,
    pid: u32,
    #[serde(default)]
    tid: u64,
    #[serde(default)]
    t: u64,
    #[serde(flatten)]
    body: Body,
}

struct Head {
    seq: u64,
    pid: u32,
    tid: u64,
    t: u64,
}

impl Record {
    fn head(&self) -> Head {
        Head {
            seq: self.seq,
            pid: self.pid,
            tid: self.tid,
            t: self.t,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Body {
    Start(StartBody),
    Event(EventBody),
    Dropped {
        n: u64,
    },
    UnusualPastBudget {
        budget: u64,
    },
    HookError {
        event: Option<Name>,
        error: String,
        interrupted: bool,
    },
    Main {},
    Fork {},
    Counts {
        counts: BTreeMap<String, u64>,
    },
    End(EndBody),
}

#[derive(Debug, Deserialize)]
struct StartBody {
    #[serde(default)]
    python: String,
    #[serde(default)]
    cache_tag: String,
    #[serde(default)]
    prelude: String,
    #[serde(default)]
    policy: String,
    #[serde(default)]
    file: String,
    #[serde(default)]
    site: bool,
}

#[derive(Debug, Deserialize)]
struct EventBody {
    event: Name,
    tier: Tier,
    cat: String,
    #[serde(default)]
    n: u64,
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    line: Option<u32>,
    #[serde(default)]
    args: Value,
    #[serde(default)]
    forged: Option<String>,
    #[serde(default)]
    nested: bool,
    #[serde(default)]
    via: Option<String>,
    #[serde(default)]
    unusual: bool,
}

#[derive(Debug, Deserialize)]
struct EndBody {
    names: u64,
    events: u64,
    other_events: u64,
    lost: u64,
    hook_errors: u64,
    #[serde(default)]
    unusual_unrecorded: u64,
}

/// An event name: a string, or its head when the prelude cut it.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Name {
    Plain(String),
    Cut { str: String },
}

impl Name {
    fn into_string(self) -> String {
        match self {
            Name::Plain(s) | Name::Cut { str: s } => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PID: u32 = 7;

    fn line(seq: u64, pid: u32, body: &str) -> String {
        format!(r#"{{"v":1,"seq":{seq},"pid":{pid},"tid":{pid},"t":{seq}000,{body}}}"#)
    }

    fn start(seq: u64) -> String {
        line(
            seq,
            PID,
            r#""kind":"start","python":"3.11.7","cache_tag":"cpython-311","prelude":"1","policy":"abc","file":"/work/main.py","argc":1,"site":false,"fd":255"#,
        )
    }

    fn event(seq: u64, name: &str, args: &str) -> String {
        line(
            seq,
            PID,
            &format!(
                r#""kind":"event","event":"{name}","tier":"always","cat":"process","n":1,"file":"/work/main.py","line":3,"args":{args}"#
            ),
        )
    }

    fn end(seq: u64, counts: &str, events: u64) -> Vec<String> {
        vec![
            line(
                seq,
                PID,
                &format!(r#""kind":"counts","counts":{{{counts}}}"#),
            ),
            line(
                seq + 1,
                PID,
                &format!(
                    r#""kind":"end","names":1,"events":{events},"other_events":0,"lost":0,"hook_errors":0"#
                ),
            ),
        ]
    }

    fn run(lines: &[String], exit: ProcessEnd) -> Telemetry {
        let mut parser = Parser::new(Limits::default());
        for l in lines {
            parser.feed(l);
        }
        parser.finish(exit)
    }

    fn exited() -> ProcessEnd {
        ProcessEnd {
            exit_code: Some(0),
            signal: None,
        }
    }

    fn kinds(t: &Telemetry) -> Vec<TamperKind> {
        t.tamper.iter().map(|s| s.kind).collect()
    }

    fn ordinary() -> Vec<String> {
        let mut lines = vec![start(1), event(2, "os.system", r#"["true"]"#)];
        lines.extend(end(3, r#""os.system":1,"builtins.id":1000"#, 1001));
        lines
    }

    #[test]
    fn an_ordinary_run_is_complete_and_untrusted() {
        let t = run(&ordinary(), exited());
        assert!(t.complete, "{:?}", t.tamper);
        assert!(!t.trusted);
        assert!(t.tamper.is_empty());
        assert_eq!(t.counts_source, CountsSource::EndRecord);
        assert_eq!(t.counts["builtins.id"], 1000);
        assert_eq!(t.events.len(), 1);
        assert_eq!(t.events[0].event, "os.system");
        assert_eq!(t.events[0].line, Some(3));
        assert_eq!(t.start.as_ref().unwrap().python, "3.11.7");
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(json["trusted"], false);
        assert_eq!(json["events"][0]["tier"], "always");
    }

    #[test]
    fn no_end_record_is_a_signal_that_says_why_it_may_be_missing() {
        let lines = [start(1), event(2, "os.system", "[]")];
        let t = run(&lines, exited());
        assert_eq!(kinds(&t), [TamperKind::NoEnd]);
        assert!(t.tamper[0].detail.contains("fd was closed"));
        assert_eq!(t.counts_source, CountsSource::Records);
        assert_eq!(t.counts["os.system"], 1);
        let killed = run(
            &lines,
            ProcessEnd {
                exit_code: None,
                signal: Some(9),
            },
        );
        assert!(killed.tamper[0].detail.contains("signal 9"));
        let empty = run(&[], exited());
        assert_eq!(kinds(&empty), [TamperKind::NoStart, TamperKind::NoEnd]);
    }

    #[test]
    fn gaps_count_only_beyond_reported_losses() {
        // Records 3 and 4 never arrived.
        let mut lines = vec![
            start(1),
            event(2, "os.system", "[]"),
            event(5, "os.kill", "[]"),
        ];
        lines.extend(end(6, r#""os.system":1,"os.kill":1"#, 2));
        let t = run(&lines, exited());
        assert_eq!(kinds(&t), [TamperKind::SeqGap]);
        assert_eq!(t.lost.unexplained, 2);
        // The prelude reports them: its `dropped` record takes the next number.
        let mut lines = vec![start(1), event(2, "os.system", "[]")];
        lines.push(line(5, PID, r#""kind":"dropped","n":2"#));
        lines.push(event(6, "os.kill", "[]"));
        lines.extend(end(7, r#""os.system":1,"os.kill":1"#, 2));
        let t = run(&lines, exited());
        assert!(t.tamper.is_empty(), "{:?}", t.tamper);
        assert_eq!(t.lost.by_prelude, 2);
        assert_eq!(t.lost.unexplained, 0);
        assert!(!t.complete, "lost records make it incomplete");
    }

    #[test]
    fn lines_the_supervisor_skipped_explain_their_gap() {
        let mut capture = TelemetryCapture {
            head: vec![start(1), event(2, "os.system", "[]")],
            ..TelemetryCapture::default()
        };
        capture.dropped_lines = 10;
        capture.tail = end(13, r#""os.system":11"#, 11);
        let t = parse(&capture, exited(), Limits::default());
        assert!(t.tamper.is_empty(), "{:?}", t.tamper);
        assert_eq!(t.lost.by_supervisor, 10);
    }

    #[test]
    fn duplicates_and_stale_numbers_are_signals_thread_interleaving_is_not() {
        let mut lines = vec![
            start(1),
            event(3, "os.kill", "[]"),
            event(2, "os.kill", "[]"),
        ];
        lines.extend(end(4, r#""os.kill":2"#, 2));
        let t = run(&lines, exited());
        assert!(
            t.tamper.is_empty(),
            "late by one is threads: {:?}",
            t.tamper
        );

        lines.insert(3, event(3, "os.kill", "[]"));
        lines.truncate(4);
        lines.extend(end(4, r#""os.kill":3"#, 3));
        let t = run(&lines, exited());
        assert_eq!(kinds(&t), [TamperKind::SeqDuplicate]);

        let mut far = vec![start(1)];
        far.extend((2..=WINDOW + 10).map(|s| event(s, "os.kill", "[]")));
        far.push(event(3, "os.kill", "[]"));
        let t = run(&far, exited());
        assert!(kinds(&t).contains(&TamperKind::SeqReordered));
    }

    #[test]
    fn invalid_lines_are_counted_and_one_signal() {
        let lines = vec![
            start(1),
            "garbage".to_string(),
            r#"{"v":1,"seq":2,"pid":7,"kind":"ev"#.to_string(),
            line(3, PID, r#""kind":"mystery""#),
            r#"{"v":2,"seq":4,"pid":7,"tid":7,"t":1,"kind":"dropped","n":1}"#.to_string(),
            format!(r#"{{"pad":"{}"}}"#, "x".repeat(5000)),
            "[1,2,3]".to_string(),
        ];
        let t = run(&lines, exited());
        assert_eq!(t.invalid_lines, 6);
        let invalid: Vec<_> = t
            .tamper
            .iter()
            .filter(|s| s.kind == TamperKind::InvalidLine)
            .collect();
        assert_eq!(invalid.len(), 1);
        assert_eq!(invalid[0].count, 6);
        assert!(invalid[0].detail.contains("garbage"));
    }

    /// `sys.modules[__name__].__class__ = Verbose` is how a module customises its
    /// attribute access, `self.__class__ = Opened` how a state machine changes state;
    /// neither reaches the hook. A class' bases changing is a signal.
    #[test]
    fn setting_an_objects_class_is_not_a_tamper_signal() {
        let mut lines = vec![
            start(1),
            event(
                2,
                "object.__setattr__",
                r#"[{"type":"module"},"__class__",{"class":"Verbose"}]"#,
            ),
            event(
                3,
                "object.__setattr__",
                r#"[{"type":"Closed"},"__class__",{"class":"Opened"}]"#,
            ),
            event(
                4,
                "object.__setattr__",
                r#"[{"class":"Point"},"__bases__",[{"class":"Base"}]]"#,
            ),
        ];
        lines.extend(end(5, r#""object.__setattr__":3"#, 3));
        let t = run(&lines, exited());
        let details: Vec<&str> = t.tamper.iter().map(|s| s.detail.as_str()).collect();
        assert_eq!(details.len(), 1, "{details:?}");
        assert!(
            details[0].contains("sets a class' __bases__"),
            "{details:?}"
        );
    }

    #[test]
    fn tamper_capable_events_forged_and_nested_ones_are_signals() {
        let mut lines = vec![
            start(1),
            event(2, "gc.get_objects", "[null]"),
            event(
                3,
                "object.__setattr__",
                r#"[{"function":"_hook"},"__defaults__",{"type":"tuple","len":3}]"#,
            ),
            event(
                4,
                "object.__setattr__",
                r#"[{"class":"Point"},"__module__","x"]"#,
            ),
            event(5, "import", r#"["_ctypes",null,[],[],[]]"#),
            event(6, "import", r#"["json",null,[],[],[]]"#),
            line(
                7,
                PID,
                r#""kind":"event","event":"os.system","tier":"always","cat":"forged","n":0,"forged":"Evil","args":[]"#,
            ),
            line(
                8,
                PID,
                r#""kind":"event","event":"open","tier":"always","cat":"tamper","n":9,"nested":true,"args":["/x","r",0]"#,
            ),
            line(
                9,
                PID,
                r#""kind":"hook_error","event":"open","error":"Boom","interrupted":true"#,
            ),
            line(
                10,
                PID,
                r#""kind":"hook_error","event":null,"error":"MemoryError","interrupted":false"#,
            ),
        ];
        lines.extend(end(
            11,
            r#""gc.get_objects":1,"object.__setattr__":2,"import":2,"open":9"#,
            15,
        ));
        let t = run(&lines, exited());
        let got = kinds(&t);
        for kind in [
            TamperKind::TamperEvent,
            TamperKind::ForgedEvent,
            TamperKind::NestedEvent,
            TamperKind::HookInterrupted,
            TamperKind::HookError,
        ] {
            assert!(got.contains(&kind), "{kind:?} missing from {got:?}");
        }
        let tampering: Vec<&str> = t
            .tamper
            .iter()
            .filter(|s| s.kind == TamperKind::TamperEvent)
            .map(|s| s.detail.as_str())
            .collect();
        assert_eq!(
            tampering.len(),
            3,
            "gc, function __defaults__, _ctypes: {tampering:?}"
        );
        assert!(tampering
            .iter()
            .any(|d| d.contains("__defaults__ of function _hook")));
        assert_eq!(t.hook_errors, 2);
        assert_eq!(
            t.events.iter().find(|e| e.forged.is_some()).unwrap().event,
            "os.system"
        );
    }

    #[test]
    fn end_counts_below_the_records_read_mean_rewritten_counters() {
        let mut lines = vec![
            start(1),
            event(2, "os.kill", "[]"),
            event(3, "os.kill", "[]"),
        ];
        lines.extend(end(4, r#""os.kill":1"#, 1));
        let t = run(&lines, exited());
        assert_eq!(kinds(&t), [TamperKind::CountMismatch]);
        assert!(t.tamper[0].detail.contains("os.kill: 1 < 2"));
    }

    #[test]
    fn records_after_the_end_and_repeated_control_records_are_out_of_place() {
        let mut lines = ordinary();
        lines.push(event(5, "os.system", "[]"));
        lines.push(start(6));
        let t = run(&lines, exited());
        let out: Vec<_> = t
            .tamper
            .iter()
            .filter(|s| s.kind == TamperKind::OutOfPlace)
            .collect();
        assert_eq!(out.len(), 2, "{:?}", t.tamper);
    }

    #[test]
    fn fork_children_are_known_strangers_are_not() {
        let mut lines = ordinary();
        lines.insert(2, line(3, 8, r#""kind":"fork","ppid":7"#));
        lines.insert(3, line(4, 8, r#""kind":"event","event":"os.kill","tier":"always","cat":"signal","n":1,"args":[]"#));
        let t = run(&lines, exited());
        assert!(t.tamper.is_empty(), "{:?}", t.tamper);
        lines.push(line(1, 9, r#""kind":"dropped","n":0"#));
        let t = run(&lines, exited());
        assert_eq!(kinds(&t), [TamperKind::UnknownProcess]);
    }

    #[test]
    fn the_policy_hash_is_checked_when_known() {
        let mut parser = Parser::new(Limits {
            expected_policy: Some("def".into()),
            ..Limits::default()
        });
        for l in ordinary() {
            parser.feed(&l);
        }
        let t = parser.finish(exited());
        assert_eq!(kinds(&t), [TamperKind::WrongPolicy]);
    }

    #[test]
    fn a_flood_of_a_million_records_stays_bounded_and_counted() {
        let mut parser = Parser::new(Limits::default());
        parser.feed(&start(1));
        let mut seq = 1;
        for i in 0..1_000_000u64 {
            seq += 1;
            let name = if i % 2 == 0 {
                "os.kill"
            } else {
                "socket.connect"
            };
            parser.feed(&event(seq, name, r#"[1,"x"]"#));
            if i % 1000 == 0 {
                seq += 1;
                parser.feed(&format!("garbage {i}"));
                parser.feed(&event(seq, &format!("sys.audit.forged{i}"), "[]"));
            }
        }
        for l in end(
            seq + 1,
            r#""os.kill":500000,"socket.connect":500000"#,
            1_000_000,
        ) {
            parser.feed(&l);
        }
        assert!(parser.seen.len() <= Limits::default().max_names);
        let t = parser.finish(exited());
        assert_eq!(t.events_total, 1_001_000);
        assert_eq!(t.events.len(), Limits::default().max_events);
        assert_eq!(t.events_omitted, 1_001_000 - 1000);
        assert_eq!(t.counts["os.kill"], 500_000);
        assert_eq!(t.invalid_lines, 1000);
        assert!(t.tamper.len() <= Limits::default().max_signals);
        assert!(t
            .tamper
            .iter()
            .any(|s| s.kind == TamperKind::InvalidLine && s.count == 1000));
        assert_eq!(t.lost.unexplained, 0);
    }

    #[test]
    fn sequence_window_counts_numbers_never_seen() {
        let mut s = Sequence::new(1);
        for n in [1, 2, 4, 5] {
            assert_eq!(s.see(n), Seen::InOrder);
        }
        assert_eq!(s.see(3), Seen::Late);
        assert_eq!(s.see(3), Seen::Duplicate);
        assert_eq!(s.see(3 * WINDOW), Seen::InOrder);
        assert_eq!(s.see(6), Seen::TooOld);
        // 6..3*WINDOW-1 were never seen.
        assert_eq!(s.finish(), 3 * WINDOW - 6);
        let mut child = Sequence::new(40);
        assert_eq!(child.see(40), Seen::InOrder);
        assert_eq!(child.see(39), Seen::TooOld);
        assert_eq!(child.finish(), 0);
    }

    #[test]
    fn counts_restart_where_the_program_starts() {
        let mut lines = vec![
            start(1),
            event(2, "os.kill", "[]"),
            line(3, PID, r#""kind":"main""#),
        ];
        lines.push(event(4, "os.system", "[]"));
        lines.extend(end(5, r#""os.system":1"#, 1));
        let t = run(&lines, exited());
        assert!(t.tamper.is_empty(), "{:?}", t.tamper);
        assert_eq!(t.counts.get("os.kill"), None);
    }

    #[test]
    fn cut_event_names_keep_their_head() {
        let lines = vec![
            start(1),
            line(
                2,
                PID,
                r#""kind":"event","event":{"str":"socket.xxxx","len":900},"tier":"always","cat":"network","n":1,"args":[]"#,
            ),
        ];
        let t = run(&lines, exited());
        assert_eq!(t.events[0].event, "socket.xxxx");
    }

    fn sampled_open(seq: u64, path: &str, unusual: bool) -> String {
        let marked = if unusual {
            r#","unusual":true,"file":"/work/main.py","line":9"#
        } else {
            ""
        };
        line(
            seq,
            PID,
            &format!(
                r#""kind":"event","event":"open","tier":"sampled","cat":"filesystem-read","n":1{marked},"args":["{path}","r",524288]"#
            ),
        )
    }

    /// Records of unusual paths are kept past the limits a flood of other records fills,
    /// up to a limit of their own; past it, the report says records are missing.
    #[test]
    fn records_of_unusual_paths_are_not_crowded_out() {
        let limits = Limits::default();
        let mut lines = vec![start(1)];
        let mut seq = 1;
        for i in 0..limits.max_events + 10 {
            seq += 1;
            lines.push(sampled_open(seq, &format!("/work/{i}"), false));
            seq += 1;
            lines.push(event(seq, &format!("pad.{}", i % 100), "[]"));
        }
        seq += 1;
        lines.push(sampled_open(seq, "/etc/shadow", true));
        seq += 1;
        lines.extend(end(seq, "", 0));
        let t = run(&lines, exited());
        assert_eq!(t.events.len(), limits.max_events + 1);
        let kept = t.events.last().unwrap();
        assert!(kept.unusual && kept.args[0] == "/etc/shadow" && kept.line == Some(9));
        assert!(!kinds(&t).contains(&TamperKind::UnusualPastBudget));

        let mut lines = vec![start(1)];
        let mut seq = 1;
        for i in 0..limits.max_events + limits.max_unusual_events + 1 {
            seq += 1;
            lines.push(sampled_open(seq, &format!("/nonexistent/{i}"), true));
        }
        let t = run(&lines, exited());
        assert_eq!(
            t.events.len(),
            limits.max_events_per_name as usize + limits.max_unusual_events
        );
        let past: Vec<_> = t
            .tamper
            .iter()
            .filter(|s| s.kind == TamperKind::UnusualPastBudget)
            .collect();
        assert_eq!(past.len(), 1, "{:?}", t.tamper);
        assert!(
            past[0].detail.contains("report keeps"),
            "{}",
            past[0].detail
        );
        assert!(!t.complete);
    }

    /// The prelude says at once that unusual paths went past its budget, and `end` counts
    /// them: either alone is a signal, the two together one.
    #[test]
    fn unusual_paths_past_the_preludes_budget_are_a_signal() {
        let past = line(2, PID, r#""kind":"unusual_past_budget","budget":64"#);
        let end_counting = |seq: u64, n: u64| {
            line(
                seq,
                PID,
                &format!(
                    r#""kind":"end","names":0,"events":0,"other_events":0,"lost":0,"hook_errors":0,"unusual_unrecorded":{n}"#
                ),
            )
        };
        let both = run(&[start(1), past, end_counting(3, 5)], exited());
        assert_eq!(kinds(&both), [TamperKind::UnusualPastBudget]);
        assert_eq!(both.tamper[0].count, 1);
        assert!(both.tamper[0].detail.contains("budget of 64"));
        assert_eq!(both.end.as_ref().unwrap().unusual_unrecorded, 5);
        assert!(!both.complete);

        let end_only = run(&[start(1), end_counting(2, 5)], exited());
        assert_eq!(kinds(&end_only), [TamperKind::UnusualPastBudget]);
        assert!(end_only.tamper[0].detail.starts_with("5 path events"));

        let within = run(&[start(1), end_counting(2, 0)], exited());
        assert!(within.tamper.is_empty() && within.complete);

        // A fork child's end is its own, but not its unusual paths.
        let child = vec![
            start(1),
            line(2, PID + 1, r#""kind":"fork","ppid":7"#),
            line(
                3,
                PID + 1,
                r#""kind":"end","names":0,"events":0,"other_events":0,"lost":0,"hook_errors":0,"unusual_unrecorded":1"#,
            ),
            end_counting(2, 0),
        ];
        let forked = run(&child, exited());
        assert_eq!(kinds(&forked), [TamperKind::UnusualPastBudget]);
    }
}
