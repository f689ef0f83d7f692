//! Finds the host's CPython and what of the host it needs: the executable to
//! start in the jail, its prefixes (a venv's and its base's, pyenv's, a conda
//! env's) and its site-packages.
//!
//! Nothing of an interpreter's installation that a package can write runs on
//! the host: a pyenv shim is followed in Rust, a venv is read from its
//! `pyvenv.cfg`, and the one host-side question (version and install
//! scheme) goes to the base installation's ELF with `-I -S`, so `site` and
//! with it every `.pth` file, `sitecustomize` and `usercustomize` stay
//! unread. The answer is cached on disk, keyed by the identity of the files
//! it came from, and checked against the host executable's mtime before use.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Interpreter {
    /// What to execute inside the jail (the same path as on the host).
    pub executable: PathBuf,
    /// The file behind `executable`'s symlinks: its directory is shown to the jail.
    pub real_executable: PathBuf,
    /// The only interpreter pyjail itself starts on the host (to probe it and
    /// to compile the prelude), always with `-I -S`: the base installation's
    /// ELF, never a file inside a venv, whose every file a wheel can replace.
    pub host_executable: PathBuf,
    pub version: String,
    /// Directories to show read-only: the venv's prefix, then the base's
    /// prefix and exec prefix.
    pub prefixes: Vec<PathBuf>,
    /// purelib and platlib of the venv and of the base: hidden unless the
    /// profile allows site-packages.
    pub site_packages: Vec<PathBuf>,
    /// mtime of the host executable when probed, to notice an upgrade.
    host_mtime: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum PythonError {
    #[error("no `{0}` on PATH")]
    NotOnPath(String),
    #[error("`{0}` is not an executable file")]
    NotExecutable(PathBuf),
    #[error(
        "`{0}`: permission denied on the way to it (a directory this user may not enter, as \
         root's home is to others): give an interpreter this user may run"
    )]
    Unreachable(PathBuf),
    #[error(
        "`{0}` is a script, not an interpreter, and pyjail does not run scripts of an \
         interpreter's installation on the host: pass the interpreter it starts"
    )]
    Script(PathBuf),
    #[error("`{path}`: {reason}")]
    Venv { path: PathBuf, reason: String },
    #[error("pyenv shim `{path}`: {reason}")]
    Shim { path: PathBuf, reason: String },
    #[error("`{path}` did not answer the probe: {reason}")]
    Probe { path: PathBuf, reason: String },
}

/// Run on the base installation's ELF with `-I -S` (so `site` never runs:
/// no `.pth` file, `sitecustomize` or `usercustomize` is read), with the
/// venv's prefix as its argument when there is one. Prints the version, the
/// base's two prefixes, its site-packages, and the venv's site-packages in
/// the scheme a venv uses.
const PROBE: &str = r#"
import sys, sysconfig
print('%d.%d.%d' % sys.version_info[:3])
print(sys.base_prefix)
print(sys.base_exec_prefix)
paths = sysconfig.get_paths()
print(paths['purelib'])
print(paths['platlib'])
if len(sys.argv) > 1:
    scheme = 'venv' if 'venv' in sysconfig.get_scheme_names() else 'posix_prefix'
    paths = sysconfig.get_paths(scheme, vars={'base': sys.argv[1], 'platbase': sys.argv[1]})
    print(paths['purelib'])
    print(paths['platlib'])
"#;

/// Resolves `requested` (default `python3`): a bare name is looked up on
/// PATH, a pyenv shim is followed to the interpreter it would start (without
/// running it), and a venv is read from its `pyvenv.cfg`.
pub fn resolve(requested: Option<&Path>) -> Result<Interpreter, PythonError> {
    let found = locate(requested.unwrap_or(Path::new("python3")))?;
    let executable = match pyenv::Shim::read(&found) {
        Some(shim) => shim.target()?,
        None => found,
    };
    // The jail starts it by this name, from another working directory.
    let executable = std::path::absolute(&executable)
        .map_err(|_| PythonError::NotExecutable(executable.clone()))?;
    let real_executable = std::fs::canonicalize(&executable)
        .map_err(|_| PythonError::NotExecutable(executable.clone()))?;
    let venv = Venv::of(&executable)?;
    let host_executable = match &venv {
        Some(venv) => venv.base_executable(&executable, &real_executable)?,
        None if is_elf(&real_executable) => real_executable.clone(),
        None => return Err(PythonError::Script(executable)),
    };
    let key = cache_key(&executable, &host_executable, venv.as_ref())?;
    if let Some(found) = cache::load(key) {
        return Ok(found);
    }
    let found = probe(executable, real_executable, host_executable, venv.as_ref())?;
    cache::store(key, &found);
    Ok(found)
}

fn locate(requested: &Path) -> Result<PathBuf, PythonError> {
    let path = if requested.components().count() > 1 {
        requested.to_path_buf()
    } else {
        on_path(requested.as_os_str(), None)
            .ok_or_else(|| PythonError::NotOnPath(requested.display().to_string()))?
    };
    if !is_executable(&path) {
        let denied = std::fs::metadata(&path)
            .is_err_and(|e| e.kind() == std::io::ErrorKind::PermissionDenied);
        return Err(match denied {
            true => PythonError::Unreachable(path),
            false => PythonError::NotExecutable(path),
        });
    }
    Ok(path)
}

/// The first executable `name` on PATH, skipping the directory `except`.
fn on_path(name: &std::ffi::OsStr, except: Option<&Path>) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&paths)
        .filter(|dir| Some(dir.as_path()) != except)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

fn starts_with(path: &Path, magic: &[u8]) -> bool {
    let mut head = vec![0u8; magic.len()];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && head == magic
}

fn is_elf(path: &Path) -> bool {
    starts_with(path, b"\x7fELF")
}

/// A virtual environment: its directory and the base installation's `bin`
/// named by `home` in its `pyvenv.cfg`. Everything in a venv is data a
/// package can overwrite (a wheel's `.data/data` lands in the venv's root,
/// its scripts in `bin/`), so nothing in it is started on the host.
#[derive(Debug)]
struct Venv {
    prefix: PathBuf,
    config: PathBuf,
    home: PathBuf,
}

impl Venv {
    /// The venv `executable` belongs to: `pyvenv.cfg` beside it or one level
    /// up, as CPython looks for it.
    fn of(executable: &Path) -> Result<Option<Venv>, PythonError> {
        let Some(bin) = executable.parent() else {
            return Ok(None);
        };
        let Some(config) = [bin.join("pyvenv.cfg"), bin.join("../pyvenv.cfg")]
            .into_iter()
            .find(|c| c.is_file())
        else {
            return Ok(None);
        };
        let invalid = |reason: String| PythonError::Venv {
            path: config.clone(),
            reason,
        };
        let text = std::fs::read_to_string(&config).map_err(|e| invalid(e.to_string()))?;
        let home = text
            .lines()
            .filter_map(|line| line.split_once('='))
            .find(|(key, _)| key.trim() == "home")
            .map(|(_, value)| PathBuf::from(value.trim()))
            .ok_or_else(|| invalid("no `home` line naming the base interpreter".into()))?;
        let prefix = std::fs::canonicalize(config.parent().unwrap_or(Path::new("/")))
            .map_err(|e| invalid(e.to_string()))?;
        Ok(Some(Venv {
            prefix,
            config: std::fs::canonicalize(&config).map_err(|e| invalid(e.to_string()))?,
            home,
        }))
    }

    /// The base installation's ELF: where the venv's executable leads when
    /// that is outside the venv (`python -m venv` makes symlinks), otherwise
    /// the interpreter of the same name in `home`. It must not lie in the
    /// venv, and `home` must be a Python installation.
    fn base_executable(
        &self,
        executable: &Path,
        real_executable: &Path,
    ) -> Result<PathBuf, PythonError> {
        let invalid = |reason: String| PythonError::Venv {
            path: self.config.clone(),
            reason,
        };
        let outside = |path: &Path| !path.starts_with(&self.prefix);
        let candidates = [
            Some(real_executable.to_path_buf()),
            executable.file_name().map(|name| self.home.join(name)),
            Some(self.home.join("python3")),
        ];
        candidates
            .into_iter()
            .flatten()
            .filter_map(|path| std::fs::canonicalize(path).ok())
            .find(|path| outside(path) && is_elf(path) && is_executable(path))
            .ok_or_else(|| {
                invalid(format!(
                    "no interpreter outside the venv: `home = {}` names no Python \
                     installation's bin directory",
                    self.home.display()
                ))
            })
    }
}

/// Identity of what the answer depends on: the executable asked for, the
/// host ELF, and the venv's configuration. Not the current directory: a
/// shim is resolved before this, on every run.
fn cache_key(
    executable: &Path,
    host_executable: &Path,
    venv: Option<&Venv>,
) -> Result<u64, PythonError> {
    let mut hasher = DefaultHasher::new();
    PROBE.hash(&mut hasher); // a new probe invalidates old answers
    let files = [
        Some(executable),
        Some(host_executable),
        venv.map(|v| v.config.as_path()),
    ];
    for path in files.into_iter().flatten() {
        let meta = std::fs::metadata(path).map_err(|_| PythonError::NotExecutable(path.into()))?;
        crate::cache::hash_file_identity(path, &meta, &mut hasher);
    }
    Ok(hasher.finish())
}

fn probe(
    executable: PathBuf,
    real_executable: PathBuf,
    host_executable: PathBuf,
    venv: Option<&Venv>,
) -> Result<Interpreter, PythonError> {
    let failed = |reason: String| PythonError::Probe {
        path: host_executable.clone(),
        reason,
    };
    let mut command = Command::new(&host_executable);
    command.args(["-I", "-S", "-c", PROBE]);
    command.args(venv.map(|v| &v.prefix));
    let output = command
        .env_clear()
        .current_dir("/")
        .output()
        .map_err(|err| failed(err.to_string()))?;
    if !output.status.success() {
        return Err(failed(
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = text.lines().collect();
    let [version, base_prefix, base_exec_prefix, sites @ ..] = lines.as_slice() else {
        return Err(failed(format!("unexpected answer {text:?}")));
    };
    let host_mtime = std::fs::metadata(&host_executable)
        .map_err(|err| failed(err.to_string()))?
        .mtime();
    let prefixes = venv
        .map(|v| v.prefix.as_path())
        .into_iter()
        .chain([Path::new(base_prefix), Path::new(base_exec_prefix)]);
    Ok(Interpreter {
        executable,
        real_executable,
        version: version.to_string(),
        prefixes: absolute_unique(prefixes),
        site_packages: absolute_unique(sites.iter().map(Path::new)),
        host_executable,
        host_mtime,
    })
}

fn absolute_unique<'a>(paths: impl Iterator<Item = &'a Path>) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    for dir in paths {
        if dir.is_absolute() && !dirs.iter().any(|d| d == dir) {
            dirs.push(dir.to_path_buf());
        }
    }
    dirs
}

/// pyenv's shims are bash scripts that run `pyenv exec`; pyjail follows the
/// same rules as `pyenv version-name` in Rust instead of starting them
/// (`PYENV_VERSION`, else the nearest `.python-version` from the current
/// directory up, else `$PYENV_ROOT/version`; `system` is the next one on
/// PATH). Versions pyenv would resolve further (prefixes like `3.12`,
/// plugins' hooks) are refused with the exact name to pass instead.
mod pyenv {
    use super::*;

    pub struct Shim {
        path: PathBuf,
        root: PathBuf,
        program: std::ffi::OsString,
    }

    impl Shim {
        /// `path` if it is a pyenv shim (`export PYENV_ROOT=...` then
        /// `exec ".../libexec/pyenv" exec ...`).
        pub fn read(path: &Path) -> Option<Shim> {
            if !starts_with(path, b"#!") {
                return None;
            }
            let meta = std::fs::metadata(path).ok()?;
            if meta.len() > 4096 {
                return None;
            }
            let text = std::fs::read_to_string(path).ok()?;
            if !text.contains("/libexec/pyenv\" exec") {
                return None;
            }
            let root = text.lines().find_map(|line| {
                let value = line.trim().strip_prefix("export PYENV_ROOT=")?;
                Some(PathBuf::from(value.trim_matches('"')))
            })?;
            Some(Shim {
                path: path.to_path_buf(),
                root,
                program: path.file_name()?.to_os_string(),
            })
        }

        pub fn target(&self) -> Result<PathBuf, PythonError> {
            let failed = |reason: String| PythonError::Shim {
                path: self.path.clone(),
                reason,
            };
            let (versions, origin) = self.version_names();
            for version in versions.split(':').filter(|v| !v.is_empty()) {
                if version == "system" {
                    let shims = self.path.parent();
                    if let Some(found) = on_path(&self.program, shims) {
                        return Ok(found);
                    }
                    continue;
                }
                if version.contains('/') || version.starts_with('.') {
                    return Err(failed(format!(
                        "version `{version}` (set by {origin}) is not a name"
                    )));
                }
                let candidate = self
                    .root
                    .join("versions")
                    .join(version)
                    .join("bin")
                    .join(&self.program);
                if is_executable(&candidate) {
                    return Ok(candidate);
                }
            }
            Err(failed(format!(
                "no installed version provides `{}` for `{versions}` (set by {origin}); pyjail \
                 follows exact version names only: pass --python $(pyenv which {})",
                self.program.to_string_lossy(),
                self.program.to_string_lossy()
            )))
        }

        /// The selected version names (`a:b`) and where they were set.
        fn version_names(&self) -> (String, String) {
            if let Some(version) = std::env::var_os("PYENV_VERSION") {
                return (
                    version.to_string_lossy().into_owned(),
                    "PYENV_VERSION".into(),
                );
            }
            let local = std::env::current_dir()
                .ok()
                .into_iter()
                .flat_map(|dir| {
                    dir.ancestors()
                        .map(|d| d.join(".python-version"))
                        .collect::<Vec<_>>()
                })
                .find(|file| file.is_file());
            let file = local.unwrap_or_else(|| self.root.join("version"));
            let words = std::fs::read_to_string(&file)
                .map(|text| read_version_file(&text))
                .unwrap_or_else(|_| "system".into());
            (words, file.display().to_string())
        }
    }

    /// A version file's names joined with `:`: whitespace-separated words,
    /// `#` comments skipped.
    fn read_version_file(text: &str) -> String {
        text.lines()
            .map(|line| line.split('#').next().unwrap_or(""))
            .flat_map(str::split_whitespace)
            .collect::<Vec<_>>()
            .join(":")
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn version_files_are_words_without_comments() {
            assert_eq!(
                super::read_version_file("3.11.7\n# pinned\n3.12.1 system\n"),
                "3.11.7:3.12.1:system"
            );
            assert_eq!(super::read_version_file(""), "");
        }
    }
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
            std::fs::metadata(&found.host_executable).is_ok_and(|m| m.mtime() == found.host_mtime);
        still_there.then_some(found)
    }

    pub fn store(key: u64, found: &Interpreter) {
        if let Ok(json) = serde_json::to_vec(found) {
            crate::cache::store(&name(key), &json);
        }
    }
}
