//! What to lint: files, directories (walked in parallel-friendly order, respecting
//! .gitignore), standard input. Reading is bounded, and every path that cannot be read is
//! an error of its own, never a silent skip.

use std::io::Read;
use std::path::{Path, PathBuf};

use analyzer::MAX_SOURCE_BYTES;
use ignore::WalkBuilder;

/// A source to lint.
#[derive(Debug, Clone)]
pub enum Input {
    File(PathBuf),
    Stdin { name: String },
}

impl Input {
    pub fn display(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Stdin { name } => name.clone(),
        }
    }
}

/// A path or source that cannot be linted before the analyzer even sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Machine-readable kind: `not-found`, `permission-denied`, `not-a-file`,
    /// `no-python-files`, `too-large`, `io`.
    pub kind: &'static str,
    pub message: String,
}

impl InputError {
    fn io(path: &Path, err: &std::io::Error) -> InputError {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound => "not-found",
            std::io::ErrorKind::PermissionDenied => "permission-denied",
            _ => "io",
        };
        InputError {
            kind,
            message: format!("cannot read {}: {err}", path.display()),
        }
    }
}

/// Expands the command line's paths. Errors come back in place, as inputs that failed.
pub fn collect(
    paths: &[PathBuf],
    stdin_name: &str,
    no_ignore: bool,
) -> Vec<(Input, Option<InputError>)> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push((
                Input::Stdin {
                    name: stdin_name.to_string(),
                },
                None,
            ));
            continue;
        }
        match std::fs::metadata(path) {
            Err(err) => out.push((Input::File(path.clone()), Some(InputError::io(path, &err)))),
            Ok(meta) if meta.is_dir() => walk(path, no_ignore, &mut out),
            Ok(_) => out.push((Input::File(path.clone()), None)),
        }
    }
    out
}

fn is_python(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext == "py" || ext == "pyi")
}

fn walk(dir: &Path, no_ignore: bool, out: &mut Vec<(Input, Option<InputError>)>) {
    let mut builder = WalkBuilder::new(dir);
    builder
        .require_git(false)
        .sort_by_file_path(|a, b| a.cmp(b));
    if no_ignore {
        builder.standard_filters(false);
    }
    let before = out.len();
    for entry in builder.build() {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && is_python(entry.path()) {
                    out.push((Input::File(entry.into_path()), None));
                }
            }
            Err(err) => {
                let path = err_path(&err).unwrap_or_else(|| dir.to_path_buf());
                let kind = match err.io_error().map(std::io::Error::kind) {
                    Some(std::io::ErrorKind::PermissionDenied) => "permission-denied",
                    Some(std::io::ErrorKind::NotFound) => "not-found",
                    _ => "io",
                };
                let message = format!("cannot walk {}: {err}", path.display());
                out.push((Input::File(path), Some(InputError { kind, message })));
            }
        }
    }
    if out.len() == before {
        out.push((
            Input::File(dir.to_path_buf()),
            Some(InputError {
                kind: "no-python-files",
                message: format!("no Python files (*.py, *.pyi) under {}", dir.display()),
            }),
        ));
    }
}

fn err_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            err_path(err)
        }
        _ => None,
    }
}

/// Reads a source, refusing anything that is not a file or a pipe and anything larger than
/// the analyzer accepts (without reading all of it).
pub fn read(input: &Input) -> Result<Vec<u8>, InputError> {
    let too_large = |size: u64| InputError {
        kind: "too-large",
        message: format!(
            "{}: source too large: {size} bytes (limit {MAX_SOURCE_BYTES} bytes)",
            input.display()
        ),
    };
    let mut reader: Box<dyn Read> = match input {
        Input::Stdin { .. } => Box::new(std::io::stdin().lock()),
        Input::File(path) => {
            let meta = std::fs::metadata(path).map_err(|err| InputError::io(path, &err))?;
            let file_type = meta.file_type();
            let is_pipe = {
                use std::os::unix::fs::FileTypeExt;
                file_type.is_fifo()
            };
            if !file_type.is_file() && !is_pipe {
                return Err(InputError {
                    kind: "not-a-file",
                    message: format!("{} is not a regular file", path.display()),
                });
            }
            if meta.len() > MAX_SOURCE_BYTES {
                return Err(too_large(meta.len()));
            }
            Box::new(std::fs::File::open(path).map_err(|err| InputError::io(path, &err))?)
        }
    };
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(MAX_SOURCE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| InputError::io(Path::new(&input.display()), &err))?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
