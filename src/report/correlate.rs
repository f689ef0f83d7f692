//! Chains that tie the layers together: a static finding, the audit events
//! the same code raised, and the system calls the kernel denied, joined by
//! line and by [`Capability`]. Most severe first.

use serde::Serialize;

use jail::telemetry::{Event, Tier};

use analyzer::Capability;

use super::kind;
use super::{FileFinding, KernelSection, RuntimeSection, StaticSection};

#[derive(Debug, Clone, Serialize)]
pub struct Chain {
    pub severity: analyzer::Severity,
    pub kind: Capability,
    /// The first source line involved, when known.
    pub line: Option<usize>,
    /// One line a person reads: `line 4: subclass walk (PJ101) → line 6: os.system event → kernel: execve denied`.
    pub summary: String,
    /// Rule ids and lines of the static findings in the chain.
    pub static_findings: Vec<StaticLink>,
    /// Audit events (by sequence number) in the chain: advisory.
    pub runtime_events: Vec<RuntimeLink>,
    /// Denied system calls in the chain: recorded by the kernel.
    pub kernel_denials: Vec<KernelLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StaticLink {
    pub rule_id: String,
    pub severity: analyzer::Severity,
    pub name: String,
    pub line: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuntimeLink {
    pub seq: u64,
    pub event: String,
    pub line: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KernelLink {
    pub name: String,
    pub count: u64,
}

pub fn chains(
    static_analysis: &StaticSection,
    runtime: &RuntimeSection,
    kernel: &KernelSection,
) -> Vec<Chain> {
    let events: Vec<&Event> = runtime
        .telemetry
        .iter()
        .flat_map(|t| &t.events)
        .filter(|e| e.tier == Tier::Always)
        .collect();
    let mut chains: Vec<Chain> = group_events(&events)
        .into_iter()
        .map(|(kind, group)| {
            let line = group.iter().find_map(|e| e.line).map(|l| l as usize);
            let statics = findings_for(static_analysis, kind, line);
            chain(kind, line, statics, group, Vec::new())
        })
        .collect();
    attach_walks(static_analysis, &mut chains);
    // Denials carry no line: each kind's denials join the one chain of that
    // kind with the strongest static evidence, or start a chain of their own.
    for kind in dedup(
        kernel
            .denied
            .iter()
            .map(|d| kind::of_syscall(&d.name))
            .collect(),
    ) {
        let denials = denials_of(kernel, kind);
        let best = chains
            .iter_mut()
            .filter(|c| c.kind == kind)
            .max_by_key(|c| (c.static_findings.iter().map(|s| s.severity).max(), c.line));
        match best {
            Some(existing) => {
                // The denial may come from any line: every finding of its kind joins.
                let mut statics = std::mem::take(&mut existing.static_findings);
                for link in findings_for(static_analysis, kind, None) {
                    if !statics
                        .iter()
                        .any(|s| s.rule_id == link.rule_id && s.line == link.line)
                    {
                        statics.push(link);
                    }
                }
                statics.sort_by_key(|s| s.line);
                let events = std::mem::take(&mut existing.runtime_events);
                *existing = chain_from_links(kind, existing.line, statics, events, denials);
            }
            None => {
                let statics = findings_for(static_analysis, kind, None);
                let line = statics.first().map(|s| s.line);
                chains.push(chain(kind, line, statics, Vec::new(), denials));
            }
        }
    }
    chains.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.line.cmp(&b.line)));
    chains
}

/// Events of one kind raised from one line form one link.
fn group_events<'e>(events: &[&'e Event]) -> Vec<(Capability, Vec<&'e Event>)> {
    let mut groups: Vec<(Capability, Option<usize>, Vec<&Event>)> = Vec::new();
    for &event in events {
        let line = event.line.map(|l| l as usize);
        let Some(kind) = kind::of_event(event) else {
            continue;
        };
        match groups
            .iter_mut()
            .find(|(k, at, _)| *k == kind && *at == line)
        {
            Some((_, _, group)) => group.push(event),
            None => groups.push((kind, line, vec![event])),
        }
    }
    groups.into_iter().map(|(k, _, g)| (k, g)).collect()
}

/// Findings on the event's line, and findings of the same kind up to it.
/// An object-graph walk or a frame or globals lookup is how code reaches a
/// capability it was not given: each such finding joins the first capability
/// chain at or after its line (`line 4: subclass walk → line 6: os.system`).
fn attach_walks(static_analysis: &StaticSection, chains: &mut [Chain]) {
    let capability = |kind: Capability| {
        matches!(
            kind,
            Capability::Process
                | Capability::Network
                | Capability::Native
                | Capability::CodeExec
                | Capability::Signal
                | Capability::Credentials
        )
    };
    let mut walks: Vec<&FileFinding> = static_analysis
        .findings
        .iter()
        .filter(|f| f.in_program() && f.capability == Capability::Introspection)
        .collect();
    chains.sort_by_key(|c| c.line);
    for chain in chains.iter_mut().filter(|c| capability(c.kind)) {
        let Some(line) = chain.line else { continue };
        let (before, after): (Vec<_>, Vec<_>) =
            walks.into_iter().partition(|f| f.start.line <= line);
        walks = after;
        if before.is_empty() {
            continue;
        }
        let mut statics: Vec<StaticLink> = before.into_iter().map(static_link).collect();
        statics.extend(std::mem::take(&mut chain.static_findings));
        statics.sort_by_key(|s| s.line);
        statics.dedup_by(|a, b| a.rule_id == b.rule_id && a.line == b.line);
        let events = std::mem::take(&mut chain.runtime_events);
        let denials = std::mem::take(&mut chain.kernel_denials);
        *chain = chain_from_links(chain.kind, chain.line, statics, events, denials);
    }
}

fn static_link(f: &FileFinding) -> StaticLink {
    StaticLink {
        rule_id: f.rule_id.clone(),
        severity: f.severity,
        name: f.name.clone(),
        line: f.start.line,
    }
}

/// Only the program's own findings: a chain's lines are the program's, and a
/// module's lines are another file's.
fn findings_for(
    static_analysis: &StaticSection,
    kind: Capability,
    line: Option<usize>,
) -> Vec<StaticLink> {
    static_analysis
        .findings
        .iter()
        .filter(|f| f.in_program())
        .filter(|f| {
            let same_line = line == Some(f.start.line);
            let same_kind = f.capability == kind && line.is_none_or(|l| f.start.line <= l);
            same_line || same_kind
        })
        .map(static_link)
        .collect()
}

fn denials_of(kernel: &KernelSection, kind: Capability) -> Vec<KernelLink> {
    let mut links: Vec<KernelLink> = Vec::new();
    for denied in &kernel.denied {
        if kind::of_syscall(&denied.name) != kind {
            continue;
        }
        match links.iter_mut().find(|l| l.name == denied.name) {
            Some(link) => link.count += denied.count,
            None => links.push(KernelLink {
                name: denied.name.clone(),
                count: denied.count,
            }),
        }
    }
    links
}

fn chain(
    kind: Capability,
    line: Option<usize>,
    statics: Vec<StaticLink>,
    events: Vec<&Event>,
    denials: Vec<KernelLink>,
) -> Chain {
    let events = events
        .iter()
        .map(|e| RuntimeLink {
            seq: e.seq,
            event: e.event.clone(),
            line: e.line.map(|l| l as usize),
        })
        .collect();
    chain_from_links(kind, line, statics, events, denials)
}

fn chain_from_links(
    kind: Capability,
    line: Option<usize>,
    statics: Vec<StaticLink>,
    events: Vec<RuntimeLink>,
    denials: Vec<KernelLink>,
) -> Chain {
    let mut parts = Vec::new();
    // The strongest finding names the link; the earliest breaks ties.
    let headline = statics
        .iter()
        .max_by_key(|s| (s.severity, std::cmp::Reverse(s.line)));
    if let Some(first) = headline {
        let more = if statics.len() > 1 {
            format!(" and {} more", statics.len() - 1)
        } else {
            String::new()
        };
        parts.push(format!(
            "line {}: {} ({}){more}",
            first.line, first.name, first.rule_id
        ));
    }
    if let Some(first) = events.first() {
        let at = first.line.map_or(String::new(), |l| format!("line {l}: "));
        let times = if events.len() > 1 {
            format!(" ×{}", events.len())
        } else {
            String::new()
        };
        parts.push(format!("{at}{} event{times}", first.event));
    }
    parts.push(if denials.is_empty() {
        format!("kernel: no {} call denied", kind.describe())
    } else {
        let names: Vec<String> = denials
            .iter()
            .map(|d| match d.count {
                1 => d.name.clone(),
                n => format!("{} ×{n}", d.name),
            })
            .collect();
        format!("kernel: {} denied", names.join(", "))
    });
    // A denial is the kernel's word that something was attempted; an audit
    // event alone is the program's own (forgeable) account, so it stays medium.
    let strongest_static = statics.iter().map(|s| s.severity).max();
    let severity = if denials.is_empty() {
        strongest_static.unwrap_or(analyzer::Severity::Medium)
    } else {
        analyzer::Severity::High
    };
    Chain {
        severity,
        kind,
        line: line.or_else(|| statics.first().map(|s| s.line)),
        summary: parts.join(" → "),
        static_findings: statics,
        runtime_events: events,
        kernel_denials: denials,
    }
}

fn dedup(mut kinds: Vec<Capability>) -> Vec<Capability> {
    kinds.sort();
    kinds.dedup();
    kinds
}
