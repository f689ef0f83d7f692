//! A job as the API takes it, what a helper makes of it, and the answer.

use std::collections::HashMap;
use std::path::Path;

use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use jail::files::CollectSpec;
use jail::outcome::Outcome;
use jail::warm::{InlineFile, Job};
use jail::{units, Entry, JailError, Profile, Request, Stdin};

use crate::cmd::run::{exit_code, result, summary};
use crate::report;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;
/// The longest `report_name` (a path's, as the kernel bounds them).
const REPORT_NAME_MAX: usize = 4096;

/// `POST /v1/jobs`. README, "pyjail serve", documents every field.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiJob {
    /// Names the job for `POST /v1/jobs/{id}/signal` while it is in flight
    /// (`serve/in_flight.rs`).
    pub id: Option<String>,
    pub code: Option<String>,
    pub code_base64: Option<String>,
    /// The program's file name in /work (default `main.py`).
    pub name: Option<String>,
    pub module: Option<String>,
    /// The program is this one of `files` (a project's `__main__.py`).
    pub file: Option<String>,
    /// Directories made in /work (empty ones; files' parents are made anyway).
    pub dirs: Vec<String>,
    pub files: Vec<ApiFile>,
    pub argv: Vec<String>,
    pub env: std::collections::BTreeMap<String, String>,
    pub stdin: Option<String>,
    pub stdin_base64: Option<String>,
    /// More stdin follows `stdin`, by `POST /v1/jobs/{id}/stdin` (needs an
    /// `id`; `serve/in_flight.rs`).
    pub stdin_open: bool,
    pub limits: ApiLimits,
    /// Include the threat report.
    pub report: bool,
    /// How the report names the program (default: its file name in /work,
    /// or the module); `pyjail run --server` sends what a cold run shows.
    pub report_name: Option<String>,
    /// With `report`: also the report as text (`report_text`).
    pub report_human: bool,
    /// `text` (default: UTF-8, invalid bytes replaced) or `base64` for
    /// stdout and stderr in the answer.
    pub encoding: Option<String>,
    /// Send stdout and stderr as they come, ahead of the answer
    /// (`serve/stream.rs`).
    pub stream: bool,
    /// Send back the files the program leaves in /work, as `--out` collects.
    pub collect: Option<ApiCollect>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiCollect {
    /// As `--collect`; none: every file.
    pub globs: Vec<String>,
    /// How the summary and result name where the files go (the caller's
    /// `--out`); the server writes nowhere.
    pub dir: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiFile {
    pub path: String,
    pub text: Option<String>,
    pub base64: Option<String>,
    pub executable: bool,
    /// Modification time, nanoseconds since the epoch (default: now).
    pub mtime_ns: Option<i64>,
}

/// Each at most the server profile's; the same syntax as `pyjail run`'s flags.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiLimits {
    pub timeout: Option<String>,
    pub cpu: Option<String>,
    pub memory: Option<String>,
    pub pids: Option<u64>,
    pub file_size: Option<String>,
    pub output: Option<String>,
    pub stdin: Option<String>,
}

fn input(message: impl Into<String>) -> JailError {
    JailError::Input(message.into())
}

fn decode(field: &str, text: &str) -> Result<Vec<u8>, JailError> {
    B64.decode(text)
        .map_err(|e| input(format!("{field}: not base64: {e}")))
}

impl ApiJob {
    /// The job for a jail of `profile`, checked (`Job::check`).
    pub fn to_job(&self, profile: &Profile) -> Result<Job, JailError> {
        let mut limits = profile.limits.clone();
        let l = &self.limits;
        let size = |flag: &str, text: &str| {
            units::parse_size(text).map_err(|e| input(format!("limits.{flag}: {e}")))
        };
        let duration = |flag: &str, text: &str| {
            units::parse_duration(text).map_err(|e| input(format!("limits.{flag}: {e}")))
        };
        if let Some(t) = &l.timeout {
            limits.wall = duration("timeout", t)?;
        }
        if let Some(t) = &l.cpu {
            limits.cpu = duration("cpu", t)?;
        }
        if let Some(t) = &l.memory {
            limits.memory = size("memory", t)?;
        }
        if let Some(n) = l.pids {
            limits.pids = n;
        }
        if let Some(t) = &l.file_size {
            limits.file_size = size("file_size", t)?;
        }
        if let Some(t) = &l.output {
            limits.output = size("output", t)?;
        }
        if let Some(t) = &l.stdin {
            limits.stdin = size("stdin", t)?;
        }
        let given = [
            self.code.is_some(),
            self.code_base64.is_some(),
            self.module.is_some(),
            self.file.is_some(),
        ];
        if given.iter().filter(|g| **g).count() != 1 {
            return Err(input(
                "give exactly one of `code`, `code_base64`, `module` and `file`",
            ));
        }
        let source = match (&self.code, &self.code_base64) {
            (Some(code), _) => code.clone().into_bytes(),
            (_, Some(code)) => decode("code_base64", code)?,
            _ => Vec::new(),
        };
        let stdin = match (&self.stdin, &self.stdin_base64) {
            (Some(text), None) => text.clone().into_bytes(),
            (None, Some(text)) => decode("stdin_base64", text)?,
            (None, None) => Vec::new(),
            _ => return Err(input("give `stdin` or `stdin_base64`, not both")),
        };
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or((0, 0), |t| (t.as_secs() as i64, t.subsec_nanos() as i64));
        let files: Vec<InlineFile> = self
            .files
            .iter()
            .map(|f| {
                let content = match (&f.text, &f.base64) {
                    (Some(text), None) => text.clone().into_bytes(),
                    (None, Some(text)) => decode("files[].base64", text)?,
                    _ => {
                        return Err(input(format!(
                            "file {}: give `text` or `base64`",
                            f.path.escape_debug()
                        )))
                    }
                };
                Ok(InlineFile {
                    path: f.path.clone(),
                    content,
                    executable: f.executable,
                    mtime: f.mtime_ns.map_or(now, |ns| {
                        (ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000))
                    }),
                })
            })
            .collect::<Result<_, JailError>>()?;
        if !matches!(
            self.encoding.as_deref(),
            None | Some("text") | Some("base64")
        ) {
            return Err(input("`encoding` is `text` or `base64`"));
        }
        if self
            .report_name
            .as_ref()
            .is_some_and(|n| n.len() > REPORT_NAME_MAX)
        {
            return Err(input(format!(
                "`report_name` is longer than {REPORT_NAME_MAX} bytes"
            )));
        }
        let (entry, program_name, source) = match (&self.module, &self.file) {
            (Some(module), _) => (Entry::Module(module.clone()), module.clone(), source),
            (_, Some(path)) => {
                let text = files.iter().find(|f| &f.path == path);
                let text = text.map(|f| f.content.clone()).unwrap_or_default();
                (Entry::Copied, path.clone(), text)
            }
            _ => (
                Entry::Source,
                self.name.clone().unwrap_or_else(|| "main.py".into()),
                source,
            ),
        };
        let collect = self.collect.as_ref().map(|c| CollectSpec {
            dir: c.dir.clone().unwrap_or_else(|| "out".into()).into(),
            globs: c.globs.clone(),
            file_size: limits.file_size,
            total: limits.scratch_size(),
        });
        let job = Job {
            program_name,
            source,
            entry,
            args: self.argv.clone(),
            env: self
                .env
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            dirs: self.dirs.clone(),
            files,
            stdin,
            limits,
            collect,
        };
        job.check(&profile.limits)?;
        Ok(job)
    }
}

/// The same job as a `jail::Request`, for what `pyjail run` derives from
/// one (summary line, result document, report).
fn as_request(job: &Job, profile: &Profile) -> Request {
    let mut profile = profile.clone();
    profile.limits = job.limits.clone();
    Request {
        program_name: job.program_name.clone(),
        source: job.source.clone(),
        entry: job.entry.clone(),
        args: job.args.clone(),
        profile,
        env: job.env.clone(),
        stdin: Stdin::Empty,
        ro_binds: Vec::new(),
        work: None,
        out: job.collect.clone(),
        allow_degraded: Vec::new(),
        prelude: Some(jail::Content::Bytes(Vec::new())),
    }
}

/// The program linted, and with it the other Python files among the job's
/// files, which it can import (as a cold run lints a project's).
fn lint(job: &Job) -> report::StaticSection {
    if job.files.is_empty() {
        return report::lint(&job.program_name, &job.source);
    }
    let by_path: HashMap<&Path, &[u8]> = job
        .files
        .iter()
        .map(|f| (Path::new(&f.path), f.content.as_slice()))
        .collect();
    let files = by_path
        .iter()
        .map(|(path, content)| (path.to_path_buf(), content.len() as u64));
    report::modules::lint(
        &job.program_name,
        &job.source,
        report::modules::candidates(files, &job.program_name),
        |path, limit| match by_path.get(path) {
            Some(content) if content.len() as u64 <= limit => Ok(content.to_vec()),
            Some(_) => Err(std::io::Error::other(format!("larger than {limit} bytes"))),
            None => Err(std::io::ErrorKind::NotFound.into()),
        },
    )
}

/// The answer to a job: `exit` (pyjail's exit code), the program's
/// `stdout`/`stderr` (capped), `summary` (pyjail's line, or null), `result`
/// (the `pyjail-result/1` document), `error` and `hint` when the jail could
/// not run it, `report` when asked.
pub fn answer(
    api: &ApiJob,
    job: &Job,
    profile: &Profile,
    run: Result<&Outcome, &JailError>,
    stdout: &[u8],
    stderr: &[u8],
) -> Value {
    let request = as_request(job, profile);
    // Built for every job: the result's verdict comes from it, as a cold
    // run's `--json` does; the report itself is sent when asked.
    let shown = api
        .report_name
        .clone()
        .unwrap_or_else(|| job.program_name.clone());
    let built = report::build(report::Inputs {
        subject: report::Subject::new(shown, &job.source),
        static_analysis: lint(job),
        outcome: run.map_err(|e| e.to_string()),
        telemetry_enabled: true,
    });
    let verdict = Some((built.verdict, built.reasons.clone()));
    let report = api.report.then_some(built);
    let text = |bytes: &[u8]| match api.encoding.as_deref() {
        Some("base64") => Value::String(B64.encode(bytes)),
        _ => Value::String(String::from_utf8_lossy(bytes).into_owned()),
    };
    // The collected files' bytes; their names, sizes and digests are in `result`.
    let files = run
        .ok()
        .and_then(|o| o.collected.as_ref())
        .map(|collected| {
            let each = collected.files.iter().zip(&collected.contents);
            each.map(|(file, bytes)| json!({"path": file.path, "base64": B64.encode(bytes)}))
                .collect::<Vec<_>>()
        });
    let mut answer = json!({
        "stdout": text(stdout),
        "stderr": text(stderr),
        "files": files,
        "report": report.as_ref().map(|r| serde_json::to_value(r).unwrap_or(Value::Null)),
        "report_text": report.as_ref().filter(|_| api.report_human).map(|r| report::render_human(r, false)),
    });
    let fields = match run {
        Ok(outcome) => {
            let code = exit_code(outcome);
            json!({
                "exit": code,
                "summary": summary(outcome, &request),
                "unfinished": outcome.stderr.shown > 0 && outcome.stderr_tail.last() != Some(&b'\n'),
                "result": result::of_run(outcome, &request, code, verdict),
                "error": null,
                "hint": null,
            })
        }
        Err(err) => json!({
            "exit": crate::cli::exit::JAIL_SETUP,
            "summary": null,
            "unfinished": false,
            "result": result::failed(&err.to_string()),
            "error": err.to_string(),
            "hint": err.hint(),
        }),
    };
    if let (Value::Object(answer), Value::Object(fields)) = (&mut answer, fields) {
        answer.extend(fields);
    }
    answer
}
