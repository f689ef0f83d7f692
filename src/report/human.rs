//! The report for a person at a terminal: verdict first, one block per layer,
//! the chains last. Colour only when the output is a terminal.
//!
//! Most of what the report shows comes from the jail (event names and
//! arguments, telemetry lines, messages quoting the source, the program's
//! path), and the program chooses it: every line is built as plain text,
//! escaped as a whole ([`escape`]), and only then given pyjail's own colours,
//! so nothing from the jail can move the cursor, clear the screen, hide text
//! or reorder it.

use std::borrow::Cow;
use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{Report, Verdict};

/// Details start under the block's text, past its 8-column name.
const INDENT: &str = "         ";

/// `text` safe to print on a terminal: control characters (C0 with ESC, CR,
/// BEL and newlines, DEL, C1) and the invisible characters that reorder or
/// hide text (bidi embeddings, overrides, isolates and marks; line and
/// paragraph separators) are shown as `\x1b` or `\u{202e}`.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !needs_escape(c) {
            out.push(c);
        } else if (c as u32) < 0x80 {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    Cow::Owned(out)
}

pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

pub fn render(report: &Report, colour: bool) -> String {
    let paint = |style: Style, text: &str| {
        if colour {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    };
    let bold = Style::new().bold();
    let dim = Style::new().dimmed();
    let verdict_style = Style::new().bold().fg_color(Some(
        match report.verdict {
            Verdict::Clean => AnsiColor::Green,
            Verdict::Suspicious | Verdict::LimitExceeded => AnsiColor::Yellow,
            Verdict::Blocked | Verdict::Error => AnsiColor::Red,
        }
        .into(),
    ));
    let mut out = String::new();
    let subject = &report.subject;
    let _ = writeln!(
        out,
        "{} {}  {}",
        paint(bold, "pyjail report:"),
        paint(verdict_style, verdict_word(report.verdict)),
        escape(&format!(
            "{} ({} bytes, sha256 {})",
            subject.path,
            subject.size,
            &subject.sha256[..subject.sha256.len().min(12)]
        ))
    );
    for reason in &report.reasons {
        let _ = writeln!(out, "  {} {}", paint(dim, "·"), escape(reason));
    }
    let section = |out: &mut String, name: &str, lines: Vec<String>| {
        let mut lines = lines.iter().map(|line| escape(line));
        let first = lines.next().unwrap_or_default();
        let _ = writeln!(out, "{} {first}", paint(bold, &format!("{name:<8}")));
        for line in lines {
            let _ = writeln!(out, "{INDENT}{line}");
        }
    };
    section(&mut out, "static", static_block(report));
    section(&mut out, "runtime", runtime_block(report));
    section(&mut out, "kernel", kernel_block(report));
    section(&mut out, "limits", limits_block(report));
    section(&mut out, "process", process_block(report));
    if !report.correlation.is_empty() {
        let _ = writeln!(out, "{}", paint(bold, "chains"));
        for chain in &report.correlation {
            let _ = writeln!(
                out,
                "  {:<6} {}",
                chain.severity.to_string(),
                escape(&chain.summary)
            );
        }
    }
    out
}

fn verdict_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Clean => "CLEAN",
        Verdict::Suspicious => "SUSPICIOUS",
        Verdict::LimitExceeded => "LIMIT EXCEEDED",
        Verdict::Blocked => "BLOCKED",
        Verdict::Error => "ERROR",
    }
}

/// Findings shown in the human form; the JSON lists up to `analyzer::MAX_FINDINGS`.
const SHOWN_FINDINGS: usize = 8;
/// Modules named in the human form, linted or not; the JSON lists them.
const SHOWN_MODULES: usize = 8;

fn static_block(report: &Report) -> Vec<String> {
    let analysis = &report.static_analysis;
    let mut lines = Vec::new();
    if let Some(error) = &analysis.parse_error {
        let at = error
            .line
            .map_or(String::new(), |l| format!(" at line {l}"));
        lines.push(format!(
            "could not lint ({}{at}): {}",
            error.kind, error.message
        ));
    }
    if analysis.findings_total == 0 {
        lines.push("no findings".into());
    } else {
        lines.extend(findings_lines(analysis));
    }
    lines.extend(
        analysis
            .modules
            .as_ref()
            .map(modules_lines)
            .unwrap_or_default(),
    );
    lines
}

fn findings_lines(analysis: &super::StaticSection) -> Vec<String> {
    let mut first = format!("{} finding(s)", analysis.findings_total);
    if analysis.ignored_by_comment > 0 {
        let _ = write!(
            first,
            " ({} of them marked `# pyjail: ignore` by the code itself: counted anyway)",
            analysis.ignored_by_comment
        );
    }
    // Past what is shown, say which rules fired how often: none is hidden.
    if analysis.findings_total > SHOWN_FINDINGS {
        let rules: Vec<String> = analysis
            .by_rule
            .iter()
            .map(|r| format!("{} {} ×{}", r.rule_id, r.severity, r.count))
            .collect();
        let _ = write!(first, ": {}", rules.join(", "));
    }
    let mut lines = vec![first];
    lines.extend(analysis.findings.iter().take(SHOWN_FINDINGS).map(|f| {
        // The program's findings are the report's subject's; a module's name their file.
        let file = match f.in_program() {
            true => String::new(),
            false => format!("{} ", f.file),
        };
        format!(
            "{file}line {}: {} [{}] {}",
            f.start.line, f.rule_id, f.severity, f.message
        )
    }));
    if analysis.findings_total > SHOWN_FINDINGS {
        lines.push(format!(
            "… {} more",
            analysis.findings_total - SHOWN_FINDINGS.min(analysis.findings.len())
        ));
    }
    lines
}

/// Which of /work's other Python files were linted with the program, and
/// which were not, and why.
fn modules_lines(modules: &super::modules::ModulesSection) -> Vec<String> {
    let named = |paths: Vec<String>, total: usize| {
        let more = total.saturating_sub(paths.len());
        match more {
            0 => paths.join(", "),
            _ => format!("{} and {more} more", paths.join(", ")),
        }
    };
    let linted = modules.linted.iter().take(SHOWN_MODULES);
    let mut lines = vec![match (modules.linted.len(), modules.not_linted_total) {
        (0, 0) => "no other Python file in /work".to_string(),
        (0, _) => "none of the other Python files in /work was linted".to_string(),
        (n, _) => format!(
            "linted with {n} other Python file(s) in /work: {}",
            named(linted.map(|m| m.path.clone()).collect(), n)
        ),
    }];
    if modules.not_linted_total > 0 {
        let not_linted = modules.not_linted.iter().take(SHOWN_MODULES);
        lines.push(format!(
            "NOT linted: {} Python file(s) in /work (at most {} files and {} MiB are): {}",
            modules.not_linted_total,
            modules.max_files,
            modules.max_bytes >> 20,
            named(
                not_linted
                    .map(|m| format!("{} ({})", m.path, m.why))
                    .collect(),
                modules.not_linted_total
            )
        ));
    }
    lines
}

fn runtime_block(report: &Report) -> Vec<String> {
    let runtime = &report.runtime;
    let Some(telemetry) = &runtime.telemetry else {
        return vec![if runtime.enabled {
            "no telemetry was received".into()
        } else {
            "telemetry off (--no-telemetry)".into()
        }];
    };
    let notable = super::notable_events(runtime);
    let mut lines = vec![format!(
        "{} event(s), {notable} security-relevant{} (advisory: the program can forge or silence it)",
        telemetry.events_total,
        if telemetry.complete { "" } else { "; INCOMPLETE" }
    )];
    for event in telemetry
        .events
        .iter()
        .filter(|e| e.tier == jail::telemetry::Tier::Always)
        .take(8)
    {
        let at = event.line.map_or(String::new(), |l| format!("line {l}: "));
        let accounted = runtime
            .accounted_for
            .iter()
            .find(|a| a.seq == event.seq)
            .map_or(String::new(), |a| {
                format!(" (accounted for by {}: counts for nothing)", a.rule_id)
            });
        lines.push(format!("{at}{}{accounted}", event.event));
    }
    for signal in &telemetry.tamper {
        let kind = serde_json::to_value(signal.kind).unwrap_or_default();
        // Listed whether or not it counts, marked as the headline counts it.
        let not_counted = match (signal.on_behalf, super::tamper_counts(runtime, signal)) {
            (_, true) => "",
            (true, false) => " (on the program's behalf: not counted)",
            (false, false) => " (accounted for by a static finding: not counted)",
        };
        lines.push(format!(
            "tamper: {}: {}{not_counted}",
            kind.as_str().unwrap_or("?"),
            signal.detail
        ));
    }
    lines
}

fn kernel_block(report: &Report) -> Vec<String> {
    let kernel = &report.kernel;
    let mut first = if kernel.denied_recorded + kernel.withdrawn == 0 {
        "nothing denied".to_string()
    } else {
        let names = kernel.denied.iter().map(|d| (d.name.as_str(), d.count));
        super::describe_denials(names, kernel.withdrawn())
    };
    if kernel.recorded_by == "none" {
        first.push_str(" (denials returned EPERM but were not recorded)");
    }
    let mut lines = vec![first];
    for call in &kernel.denied {
        for sample in &call.arguments {
            let Some(decoded) = &sample.decoded else {
                continue;
            };
            let times = match sample.count {
                1 => String::new(),
                n => format!(" ×{n}"),
            };
            lines.push(format!("{}({decoded}){times}", call.name));
        }
    }
    lines.extend(watched_lines(&kernel.watched));
    if let Some(failure) = &kernel.failure {
        lines.push(format!("INCOMPLETE: {failure}"));
    } else if kernel.recorded_by != "none" && !kernel.drained {
        lines.push(
            "the jail was killed before the count was read to the end: a denial interrupted \
             in its last instant may be missing"
                .into(),
        );
    }
    for degradation in &kernel.degradations {
        lines.push(format!(
            "degraded: {}: {}",
            degradation.layer, degradation.detail
        ));
    }
    lines
}

/// Lines shown of each list of the kernel's record of watched calls.
const SHOWN_WATCHED: usize = 8;

fn watched_lines(watched: &super::watched::WatchedSection) -> Vec<String> {
    if watched.recorded_by == "none" {
        return vec!["program starts and writes were not recorded".into()];
    }
    let mut lines = vec![format!(
        "watched: {} program start(s), {} change(s) of paths in /work and /tmp, {} outside, {} unresolved",
        watched.execs_total, watched.inside_total, watched.outside_total, watched.unknown_total
    )];
    for change in watched.outside.iter().take(SHOWN_WATCHED) {
        lines.push(format!("outside (attempted): {}", change.describe()));
    }
    for change in watched.home.iter().take(SHOWN_WATCHED) {
        lines.push(format!("in the jail's home: {}", change.describe()));
    }
    for change in watched.unknown.iter().take(SHOWN_WATCHED) {
        lines.push(format!("unresolved: {}", change.describe()));
    }
    for exec in watched.execs.iter().take(SHOWN_WATCHED) {
        let account = match (&exec.helper, &exec.accounted_by) {
            (Some(helper), _) => format!("helper: {helper}"),
            (None, Some(by)) => format!("seen by {by}"),
            (None, None) => "no audit event accounts for it".to_string(),
        };
        lines.push(format!("started: {} ({account})", exec.describe()));
    }
    lines
}

fn limits_block(report: &Report) -> Vec<String> {
    let limits = &report.limits;
    let hit = if limits.hit.is_empty() {
        "none hit".to_string()
    } else {
        let names: Vec<&str> = limits.hit.iter().map(|l| l.describe()).collect();
        format!("HIT: {}", names.join(", "))
    };
    let memory = limits
        .peak_memory_bytes
        .map_or("?".into(), |b| format!("{:.1} MiB", b as f64 / 1048576.0));
    let mut lines = vec![format!(
        "{hit}; peak memory {memory}, cpu {:.0} ms, wall {:.0} ms, output {} + {} bytes",
        limits.cpu_ms, limits.wall_ms, limits.stdout.bytes, limits.stderr.bytes
    )];
    for (name, stream) in [("stdout", &limits.stdout), ("stderr", &limits.stderr)] {
        if stream.truncated {
            lines.push(format!(
                "{name} truncated: {} of {} bytes passed on",
                stream.shown, stream.bytes
            ));
        }
    }
    lines
}

fn process_block(report: &Report) -> Vec<String> {
    let process = &report.process;
    if let Some(error) = &process.error {
        return vec![format!("did not run: {error}")];
    }
    vec![match (process.exit_code, process.signal) {
        (Some(code), _) => format!("exited with code {code}"),
        (None, Some(signal)) => format!("killed by signal {signal}"),
        (None, None) => "unknown end".into(),
    }]
}
