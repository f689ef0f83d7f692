//! Finds the host's CPython and what of the host it needs: its real executable,
//! its prefixes (a venv's and its base's, pyenv's, a conda env's) and its
//! site-packages. Asking the interpreter costs tens of milliseconds (a pyenv
//! shim runs bash first), so the answer is cached on disk keyed by the path's
//! identity and checked against the real executable's before use.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Interpreter {
    /// What to execute inside the jail (the same path as on the host).
    pub executable: PathBuf,
    /// The ELF behind symlinks and shims.
    pub real_executable: PathBuf,
    pub version: String,
    /// Directories to show read-only: prefix, base prefix, exec prefixes.
    pub prefixes: Vec<PathBuf>,
    /// purelib and platlib: hidden unless the profile allows site-packages.
    pub site_packages: Vec<PathBuf>,
    /// mtime of the real executable when probed, to notice an upgrade.
    real_mtime: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum PythonError {
    #[error("no `{0}` on PATH")]
    NotOnPath(String),
    #[error("`{0}` is not an executable file")]
    NotExecutable(PathBuf),
    #[error("`{path}` did not answer the probe: {reason}")]
    Probe { path: PathBuf, reason: String },
}

/// Run with `site` (no -S): only `site` turns a venv's pyvenv.cfg into
/// sys.prefix. Prints the executable, the ELF behind it, the version, four
/// prefixes, and the site-packages of the prefix and of the base prefix.
const PROBE: &str = r#"
import sys, os, sysconfig
base = {'base': sys.base_prefix, 'platbase': sys.base_exec_prefix}
for v in (sys.executable, os.path.realpath(sys.executable), '%d.%d.%d' % sys.version_info[:3],
          sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix):
    print(v)
for paths in (sysconfig.get_paths(), sysconfig.get_paths(vars=base)):
    print(paths['purelib'])
    print(paths['platlib'])
"#;

/// Resolves `requested` (default `python3`): a bare name is looked up on PATH.
pub fn resolve(requested: Option<&Path>) -> Result<Interpreter, PythonError> {
    let path = locate(requested.unwrap_or(Path::new("python3")))?;
    let key = cache_key(&path)?;
    if let Some(found) = cache::load(key) {
        return Ok(found);
    }
    let found = probe(&path)?;
    cache::store(key, &found);
    Ok(found)
}

fn locate(requested: &Path) -> Result<PathBuf, PythonError> {
    let path = if requested.components().count() > 1 {
        requested.to_path_buf()
    } else {
        let paths = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&paths)
            .map(|dir| dir.join(requested))
            .find(|candidate| is_executable(candidate))
            .ok_or_else(|| PythonError::NotOnPath(requested.display().to_string()))?
    };
    if !is_executable(&path) {
        return Err(PythonError::NotExecutable(path));
    }
    Ok(path)
}

fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Identity of the path asked for. A shim script's choice also depends on the
/// environment and the directory (pyenv's PYENV_VERSION, .python-version).
fn cache_key(path: &Path) -> Result<u64, PythonError> {
    let meta = std::fs::metadata(path).map_err(|_| PythonError::NotExecutable(path.into()))?;
    let mut hasher = DefaultHasher::new();
    PROBE.hash(&mut hasher); // a new probe invalidates old answers
    crate::cache::hash_file_identity(path, &meta, &mut hasher);
    if is_script(path) {
        std::env::var_os("PYENV_VERSION").hash(&mut hasher);
        std::env::current_dir().ok().hash(&mut hasher);
    }
    Ok(hasher.finish())
}

fn is_script(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 2];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok()
        && &magic == b"#!"
}

fn probe(path: &Path) -> Result<Interpreter, PythonError> {
    let failed = |reason: String| PythonError::Probe {
        path: path.into(),
        reason,
    };
    let output = Command::new(path)
        .args(["-I", "-c", PROBE])
        .output()
        .map_err(|err| failed(err.to_string()))?;
    if !output.status.success() {
        return Err(failed(
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = text.lines().collect();
    let [executable, real, version, p1, p2, p3, p4, sites @ ..] = lines.as_slice() else {
        return Err(failed(format!("unexpected answer {text:?}")));
    };
    let real_executable = PathBuf::from(real);
    let real_mtime = std::fs::metadata(&real_executable)
        .map_err(|err| failed(format!("{real}: {err}")))?
        .mtime();
    let mut dirs: Vec<PathBuf> = Vec::new();
    for dir in [p1, p2, p3, p4].iter().map(PathBuf::from) {
        if !dirs.contains(&dir) && dir.is_absolute() {
            dirs.push(dir);
        }
    }
    Ok(Interpreter {
        executable: PathBuf::from(executable),
        real_executable,
        version: version.to_string(),
        prefixes: dirs,
        site_packages: site_packages(sites),
        real_mtime,
    })
}

fn site_packages(lines: &[&str]) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    for dir in lines.iter().map(PathBuf::from) {
        if dir.is_absolute() && !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs
}

/// Probe answers in pyjail's cache (`crate::cache`).
mod cache {
    use super::*;

    fn name(key: u64) -> String {
        format!("python-{key:016x}.json")
    }

    pub fn load(key: u64) -> Option<Interpreter> {
        let found: Interpreter = serde_json::from_slice(&crate::cache::load(&name(key))?).ok()?;
        let still_there =
            std::fs::metadata(&found.real_executable).is_ok_and(|m| m.mtime() == found.real_mtime);
        still_there.then_some(found)
    }

    pub fn store(key: u64, found: &Interpreter) {
        if let Ok(json) = serde_json::to_vec(found) {
            crate::cache::store(&name(key), &json);
        }
    }
}
