//! The report for a person at a terminal: verdict first, one block per layer,
//! the chains last. Colour only when the output is a terminal.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{Report, Verdict};

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
        "{} {}  {} ({} bytes, sha256 {})",
        paint(bold, "pyjail report:"),
        paint(verdict_style, &verdict_word(report.verdict)),
        subject.path,
        subject.size,
        &subject.sha256[..subject.sha256.len().min(12)]
    );
    for reason in &report.reasons {
        let _ = writeln!(out, "  {} {reason}", paint(dim, "·"));
    }
    let section = |out: &mut String, name: &str, body: String| {
        let _ = writeln!(out, "{} {body}", paint(bold, &format!("{name:<8}")));
    };
    section(&mut out, "static", static_block(report));
    section(&mut out, "runtime", runtime_block(report));
    section(&mut out, "kernel", kernel_block(report));
    section(&mut out, "limits", limits_block(report));
    section(&mut out, "process", process_block(report));
    if !report.correlation.is_empty() {
        let _ = writeln!(out, "{}", paint(bold, "chains"));
        for chain in &report.correlation {
            let _ = writeln!(out, "  {:<6} {}", chain.severity.to_string(), chain.summary);
        }
    }
    out
}

fn verdict_word(verdict: Verdict) -> String {
    match verdict {
        Verdict::Clean => "CLEAN",
        Verdict::Suspicious => "SUSPICIOUS",
        Verdict::LimitExceeded => "LIMIT EXCEEDED",
        Verdict::Blocked => "BLOCKED",
        Verdict::Error => "ERROR",
    }
    .to_string()
}

fn static_block(report: &Report) -> String {
    let analysis = &report.static_analysis;
    if let Some(error) = &analysis.parse_error {
        let at = error
            .line
            .map_or(String::new(), |l| format!(" at line {l}"));
        return format!("could not lint ({}{at}): {}", error.kind, error.message);
    }
    if analysis.findings.is_empty() {
        return "no findings".into();
    }
    let mut body = format!("{} finding(s)", analysis.findings.len());
    if analysis.ignored_by_comment > 0 {
        let _ = write!(
            body,
            " ({} of them marked `# pyjail: ignore` by the program itself: counted anyway)",
            analysis.ignored_by_comment
        );
    }
    for finding in analysis.findings.iter().take(8) {
        let _ = write!(
            body,
            "\n         line {}: {} [{}] {}",
            finding.start.line, finding.rule_id, finding.severity, finding.message
        );
    }
    if analysis.findings.len() > 8 {
        let _ = write!(body, "\n         … {} more", analysis.findings.len() - 8);
    }
    body
}

fn runtime_block(report: &Report) -> String {
    let runtime = &report.runtime;
    let Some(telemetry) = &runtime.telemetry else {
        return if runtime.enabled {
            "no telemetry was received".into()
        } else {
            "telemetry off (--no-telemetry)".into()
        };
    };
    let notable = super::notable_events(telemetry);
    let mut body = format!(
        "{} event(s), {notable} security-relevant{} (advisory: the program can forge or silence it)",
        telemetry.events_total,
        if telemetry.complete { "" } else { "; INCOMPLETE" }
    );
    for event in telemetry
        .events
        .iter()
        .filter(|e| e.tier == jail::telemetry::Tier::Always)
        .take(8)
    {
        let at = event.line.map_or(String::new(), |l| format!("line {l}: "));
        let _ = write!(body, "\n         {at}{}", event.event);
    }
    for signal in &telemetry.tamper {
        let kind = serde_json::to_value(signal.kind).unwrap_or_default();
        let _ = write!(
            body,
            "\n         tamper: {}: {}",
            kind.as_str().unwrap_or("?"),
            signal.detail
        );
    }
    body
}

fn kernel_block(report: &Report) -> String {
    let kernel = &report.kernel;
    let mut body = if kernel.denied_total == 0 {
        "nothing denied".to_string()
    } else {
        let names = kernel.denied.iter().map(|d| (d.name.as_str(), d.count));
        super::describe_denials(names, kernel.denied_withdrawn)
    };
    for call in &kernel.denied {
        for sample in call.arguments.iter().filter(|s| s.decoded.is_some()) {
            let times = match sample.count {
                1 => String::new(),
                n => format!(" ×{n}"),
            };
            let decoded = sample.decoded.as_deref().unwrap_or_default();
            let _ = write!(body, "\n         {}({decoded}){times}", call.name);
        }
    }
    if kernel.recorded_by == "none" {
        body.push_str(" (denials returned EPERM but were not recorded)");
    }
    if let Some(failure) = &kernel.failure {
        let _ = write!(body, "\n         INCOMPLETE: {failure}");
    }
    for degradation in &kernel.degradations {
        let _ = write!(
            body,
            "\n         degraded: {}: {}",
            degradation.layer, degradation.detail
        );
    }
    body
}

fn limits_block(report: &Report) -> String {
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
    format!(
        "{hit}; peak memory {memory}, cpu {:.0} ms, wall {:.0} ms, output {} + {} bytes",
        limits.cpu_ms, limits.wall_ms, limits.stdout.bytes, limits.stderr.bytes
    )
}

fn process_block(report: &Report) -> String {
    let process = &report.process;
    if let Some(error) = &process.error {
        return format!("did not run: {error}");
    }
    match (process.exit_code, process.signal) {
        (Some(code), _) => format!("exited with code {code}"),
        (None, Some(signal)) => format!("killed by signal {signal}"),
        (None, None) => "unknown end".into(),
    }
}
