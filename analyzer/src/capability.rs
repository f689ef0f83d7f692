//! What code can reach: the one vocabulary shared by rules, audit-event categories
//! (`rules/audit-events.yaml`) and the threat report's correlation of the two with kernel
//! denials. A rule, an event and a system call about the same capability join in one chain.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::finding::Finding;
use crate::severity::Severity;

/// A capability a finding, an audit event or a denied system call is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Capability {
    /// Starting programs: exec, spawn, fork, shells.
    Process,
    /// Sockets and every client built on them.
    Network,
    /// Native code and raw memory: ctypes, mmap, native extensions.
    Native,
    /// Making or running code from data: exec/eval/compile, code objects, unpickling,
    /// library functions that evaluate strings.
    CodeExec,
    /// Loading modules by run-time name or from arbitrary files.
    Import,
    /// Reaching interpreter internals: the object graph, frames, globals, the collector.
    Introspection,
    /// Blinding or rewriting the watchers: audit hooks, trace functions, subinterpreters.
    Tamper,
    /// Reading host files outside the working directory.
    FilesystemRead,
    /// Writing, linking, removing or extracting files outside the working directory.
    FilesystemWrite,
    /// Signals to other processes.
    Signal,
    /// Changing user, group or privilege identity.
    Credentials,
    /// Changing resource limits.
    Resources,
    /// Terminal and device control (`ioctl`): a kernel interface of its own, with
    /// input injection (TIOCSTI) as the escape.
    Device,
    /// Mounts and namespaces: only the kernel sees these (denied system calls).
    Namespace,
    /// Other kernel attack surface (bpf, perf, keyrings, io_uring, modules): only the
    /// kernel sees these.
    Kernel,
}

impl Capability {
    /// Every capability, in declaration order.
    pub const ALL: [Capability; 15] = [
        Capability::Process,
        Capability::Network,
        Capability::Native,
        Capability::CodeExec,
        Capability::Import,
        Capability::Introspection,
        Capability::Tamper,
        Capability::FilesystemRead,
        Capability::FilesystemWrite,
        Capability::Signal,
        Capability::Credentials,
        Capability::Resources,
        Capability::Device,
        Capability::Namespace,
        Capability::Kernel,
    ];

    /// The name in rule files, audit-event categories and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Capability::Process => "process",
            Capability::Network => "network",
            Capability::Native => "native",
            Capability::CodeExec => "code-exec",
            Capability::Import => "import",
            Capability::Introspection => "introspection",
            Capability::Tamper => "tamper",
            Capability::FilesystemRead => "filesystem-read",
            Capability::FilesystemWrite => "filesystem-write",
            Capability::Signal => "signal",
            Capability::Credentials => "credentials",
            Capability::Resources => "resources",
            Capability::Device => "device",
            Capability::Namespace => "namespace",
            Capability::Kernel => "kernel",
        }
    }

    /// What code with this capability does, as a reviewer would say it.
    pub fn activity(self) -> &'static str {
        match self {
            Capability::Process => "runs processes",
            Capability::Network => "opens network connections",
            Capability::Native => "loads native code",
            Capability::CodeExec => "runs code built at run time",
            Capability::Import => "imports modules by name",
            Capability::Introspection => "reaches interpreter internals",
            Capability::Tamper => "tampers with audit hooks",
            Capability::FilesystemRead => "reads files",
            Capability::FilesystemWrite => "writes files",
            Capability::Signal => "signals other processes",
            Capability::Credentials => "changes its credentials",
            Capability::Resources => "changes resource limits",
            Capability::Device => "controls terminals or devices",
            Capability::Namespace => "changes mounts or namespaces",
            Capability::Kernel => "uses kernel interfaces",
        }
    }

    /// A few words for people.
    pub fn describe(self) -> &'static str {
        match self {
            Capability::Process => "process creation",
            Capability::Network => "network",
            Capability::Native => "native code",
            Capability::CodeExec => "dynamic code",
            Capability::Import => "dynamic imports",
            Capability::Introspection => "interpreter internals",
            Capability::Tamper => "telemetry tampering",
            Capability::FilesystemRead => "file reads",
            Capability::FilesystemWrite => "file writes",
            Capability::Signal => "signals",
            Capability::Credentials => "credential changes",
            Capability::Resources => "resource limits",
            Capability::Device => "device control",
            Capability::Namespace => "mounts and namespaces",
            Capability::Kernel => "kernel attack surface",
        }
    }
}

/// What a file's findings say its code can do, one phrase per capability or target,
/// strongest first: `reads /etc/passwd`, `writes ~/.bashrc`, `connects to 10.0.0.1:80`,
/// `runs processes`. Findings below medium are left out (they are information, not
/// capabilities).
pub fn summarize(findings: &[Finding]) -> Vec<String> {
    let mut ranked: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity >= Severity::Medium)
        .collect();
    ranked.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.range.cmp(&b.range)));
    let targeted: Vec<Capability> = ranked
        .iter()
        .filter(|f| f.target.is_some())
        .map(|f| f.capability)
        .collect();
    let mut phrases: Vec<String> = Vec::new();
    for finding in ranked {
        let phrase = match (finding.capability, &finding.target) {
            (Capability::FilesystemRead, Some(path)) => format!("reads {path}"),
            (Capability::FilesystemWrite, Some(path)) => format!("writes {path}"),
            (Capability::Network, Some(endpoint)) => format!("connects to {endpoint}"),
            // "opens network connections" says less than the endpoints named.
            (capability, None) if targeted.contains(&capability) => continue,
            (capability, _) => capability.activity().to_string(),
        };
        if !phrases.contains(&phrase) {
            phrases.push(phrase);
        }
    }
    phrases
}

impl fmt::Display for Capability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A string that is not a capability name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown capability `{0}`: expected one of {names}", names = names())]
pub struct UnknownCapability(pub String);

fn names() -> String {
    Capability::ALL.map(Capability::as_str).join(", ")
}

impl FromStr for Capability {
    type Err = UnknownCapability;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Capability::ALL
            .into_iter()
            .find(|c| c.as_str() == s.trim())
            .ok_or_else(|| UnknownCapability(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_names_file_targets_and_capabilities_once() {
        let linter = crate::Linter::new(crate::RuleSet::embedded());
        let findings = linter
            .lint(
                "x.py",
                b"import os, socket\nprint(open('/etc/passwd').read())\nopen(os.path.expanduser('~/.bashrc'), 'a')\nos.system('a')\nos.system('b')\ns = socket.socket()\ns.connect(('10.0.0.1', 4444))\n",
            )
            .unwrap();
        assert_eq!(
            summarize(&findings),
            [
                "reads /etc/passwd",
                "writes ~/.bashrc",
                "runs processes",
                "connects to 10.0.0.1:4444"
            ]
        );
    }

    #[test]
    fn names_round_trip_through_text_and_serde() {
        for capability in Capability::ALL {
            assert_eq!(capability.as_str().parse::<Capability>(), Ok(capability));
            let json = serde_json::to_string(&capability).unwrap();
            assert_eq!(json, format!("\"{capability}\""));
        }
        let err = "filesystem".parse::<Capability>().unwrap_err();
        assert!(err.to_string().contains("filesystem-read"), "{err}");
    }
}
