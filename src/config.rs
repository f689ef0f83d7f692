//! Project configuration: a `pyjail.toml`, or `[tool.pyjail]` in a
//! `pyproject.toml`, found by walking up from the linted file. The nearest one
//! wins and nothing is merged across directories; in one directory
//! `pyjail.toml` wins over `pyproject.toml`, and a `pyproject.toml` without a
//! `[tool.pyjail]` table does not count.
//!
//! ```toml
//! [tool.pyjail]
//! select = ["PJ1", "PJ2"]            # rule ids or prefixes; "ALL" for every rule
//! ignore = ["PJ105"]
//! fail-on = "high"                   # info, low, medium, high
//! rules = ["lint/extra-rules.yaml"]  # relative to this file
//! exclude = ["vendor", "*_pb2.py"]
//! [tool.pyjail.per-file-ignores]
//! "tests/**" = ["PJ3"]
//! ```
//!
//! Globs are matched against the file's path relative to the configuration's
//! directory: a pattern with a `/` against that path and every directory above
//! the file in it, a pattern without one against each path component (so
//! `vendor` excludes everything under any `vendor` directory).

// Configuration errors are rare and carry the file's text for the report: their
// size does not matter.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use analyzer::{RuleSet, Severity};
use globset::{GlobBuilder, GlobMatcher};
use miette::{Diagnostic, NamedSource, SourceSpan};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

pub const KEYS: &[&str] = &[
    "select",
    "ignore",
    "fail-on",
    "per-file-ignores",
    "rules",
    "exclude",
];

#[derive(Debug)]
pub struct ProjectConfig {
    /// The file it was read from.
    pub file: PathBuf,
    /// Its directory: globs and rule paths are relative to it.
    pub root: PathBuf,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub fail_on: Option<Severity>,
    /// Extra rule files, as absolute paths.
    pub rules: Vec<PathBuf>,
    per_file_ignores: Vec<(PathPattern, Vec<String>)>,
    exclude: Vec<PathPattern>,
}

impl ProjectConfig {
    pub fn is_excluded(&self, path: &Path) -> bool {
        let relative = self.relative(path);
        self.exclude
            .iter()
            .any(|pattern| pattern.matches(&relative))
    }

    /// The rule ids and prefixes `per-file-ignores` silences for this file.
    pub fn ignores_for(&self, path: &Path) -> Vec<String> {
        let relative = self.relative(path);
        self.per_file_ignores
            .iter()
            .filter(|(pattern, _)| pattern.matches(&relative))
            .flat_map(|(_, ids)| ids.iter().cloned())
            .collect()
    }

    /// Every selector the file uses, for checking against the rules in use.
    pub fn selectors(&self) -> impl Iterator<Item = &str> {
        let per_file = self.per_file_ignores.iter().flat_map(|(_, ids)| ids);
        self.select
            .iter()
            .flatten()
            .chain(&self.ignore)
            .chain(per_file)
            .map(String::as_str)
    }

    fn relative(&self, path: &Path) -> PathBuf {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        path.strip_prefix(&self.root)
            .map(Path::to_path_buf)
            .unwrap_or(path)
    }
}

/// Which rules are on: layers applied in order (project configuration, then
/// command line or editor settings, then per-file ignores). A layer that sets
/// `select` starts over from that selection; its `ignore` then switches rules
/// off. So `--select PJ101` on the command line turns PJ101 on even where the
/// project ignores it.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    layers: Vec<(Option<Vec<String>>, Vec<String>)>,
}

pub use analyzer::RuleRef;

impl Selection {
    pub fn push(&mut self, select: Option<Vec<String>>, ignore: Vec<String>) {
        if select.is_some() || !ignore.is_empty() {
            self.layers.push((select, ignore));
        }
    }

    pub fn enables(&self, rule: RuleRef<'_>) -> bool {
        self.layers.iter().fold(true, |enabled, (select, ignore)| {
            let selected = match select {
                Some(selectors) => matches_any(selectors, rule),
                None => enabled,
            };
            selected && !matches_any(ignore, rule)
        })
    }
}

/// The rules that apply to one file: the project's `select`/`ignore`, then the
/// command line's or the editor's, then the project's `per-file-ignores`, which
/// always have the last word for the files they name.
pub fn selection_for(
    project: Option<&ProjectConfig>,
    path: Option<&Path>,
    select: Option<Vec<String>>,
    ignore: Vec<String>,
) -> Selection {
    let mut selection = Selection::default();
    if let Some(project) = project {
        selection.push(project.select.clone(), project.ignore.clone());
    }
    selection.push(select, ignore);
    if let (Some(project), Some(path)) = (project, path) {
        selection.push(None, project.ignores_for(path));
    }
    selection
}

pub use analyzer::selector_matches as matches;

/// The selectors that match none of the rules (a typo would otherwise
/// silently select nothing or ignore nothing).
pub fn unknown_selectors<'s>(
    selectors: impl IntoIterator<Item = &'s str>,
    rules: &RuleSet,
) -> Vec<&'s str> {
    selectors
        .into_iter()
        .filter(|selector| !rules.rules().any(|doc| matches(selector, doc.as_ref())))
        .collect()
}

fn matches_any(selectors: &[String], rule: RuleRef<'_>) -> bool {
    selectors.iter().any(|selector| matches(selector, rule))
}

/// Whether a string can be a selector at all (checked when configuration is
/// read; whether it names a known rule depends on the rule files in use).
pub fn is_selector(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ConfigError {
    #[error("cannot read {}: {source}", file.display())]
    #[diagnostic(code(pyjail::config))]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", file.display())]
    #[diagnostic(code(pyjail::config))]
    Invalid {
        file: PathBuf,
        message: String,
        #[source_code]
        source_code: NamedSource<String>,
        #[label("{label}")]
        span: Option<SourceSpan>,
        label: String,
        #[help]
        help: Option<String>,
    },
    #[error("{}: `{selector}` matches no rule", file.display())]
    #[diagnostic(
        code(pyjail::config),
        help("selectors are rule ids (PJ101), id prefixes (PJ1), rule names, categories or ALL; `pyjail rules` lists them")
    )]
    UnknownSelector { file: PathBuf, selector: String },
}

/// Finds the configuration that applies to `path` (a file or a directory).
pub fn discover(path: &Path) -> Result<Option<ProjectConfig>, ConfigError> {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let start = if path.is_dir() {
        Some(path.as_path())
    } else {
        path.parent()
    };
    for dir in start.into_iter().flat_map(Path::ancestors) {
        if let Some(config) = read_dir_config(dir)? {
            return Ok(Some(config));
        }
    }
    Ok(None)
}

/// Discovery for runs over many files: each directory is looked at once.
#[derive(Default)]
pub struct ConfigCache {
    by_dir: HashMap<PathBuf, Option<Arc<ProjectConfig>>>,
}

impl ConfigCache {
    /// The configuration for a file (for standard input: for the name it is
    /// linted under, which is in the current directory by default).
    pub fn for_file(&mut self, file: &Path) -> Result<Option<Arc<ProjectConfig>>, ConfigError> {
        let file = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        match file.parent() {
            Some(dir) => self.for_dir(dir),
            None => Ok(None),
        }
    }

    fn for_dir(&mut self, dir: &Path) -> Result<Option<Arc<ProjectConfig>>, ConfigError> {
        if let Some(found) = self.by_dir.get(dir) {
            return Ok(found.clone());
        }
        let found = match read_dir_config(dir)? {
            Some(config) => Some(Arc::new(config)),
            None => match dir.parent() {
                Some(parent) => self.for_dir(parent)?,
                None => None,
            },
        };
        self.by_dir.insert(dir.to_path_buf(), found.clone());
        Ok(found)
    }
}

/// The rule files for a file: its project's, then the command line's (or the
/// editor's).
pub fn rule_files(project: Option<&ProjectConfig>, extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = project
        .map(|project| project.rules.clone())
        .unwrap_or_default();
    files.extend(extra.iter().cloned());
    files
}

/// A project's selectors must each match a rule of the rule set it is used
/// with (checked before the command line narrows that set).
pub fn check_selectors(project: &ProjectConfig, rules: &RuleSet) -> Result<(), ConfigError> {
    match unknown_selectors(project.selectors(), rules).first() {
        Some(selector) => Err(ConfigError::UnknownSelector {
            file: project.file.clone(),
            selector: selector.to_string(),
        }),
        None => Ok(()),
    }
}

/// The `fail-on` of a run: the command line's; else the one the files'
/// configurations give (medium for a file without one), the strictest when
/// they differ, so that a run never passes a file its own configuration would
/// fail.
pub fn fail_on<'p>(
    command_line: Option<Severity>,
    projects: impl IntoIterator<Item = Option<&'p ProjectConfig>>,
) -> Severity {
    command_line.unwrap_or_else(|| {
        projects
            .into_iter()
            .map(|project| {
                project
                    .and_then(|project| project.fail_on)
                    .unwrap_or(Severity::Medium)
            })
            .min()
            .unwrap_or(Severity::Medium)
    })
}

fn read_dir_config(dir: &Path) -> Result<Option<ProjectConfig>, ConfigError> {
    let own = dir.join("pyjail.toml");
    if own.is_file() {
        return load(&own);
    }
    let pyproject = dir.join("pyproject.toml");
    if pyproject.is_file() {
        return load(&pyproject);
    }
    Ok(None)
}

/// Reads one configuration file. `pyproject.toml` without `[tool.pyjail]` is
/// `Ok(None)` for a `pyproject.toml`; a `pyjail.toml` always counts.
pub fn load(file: &Path) -> Result<Option<ProjectConfig>, ConfigError> {
    let text = std::fs::read_to_string(file).map_err(|source| ConfigError::Read {
        file: file.to_path_buf(),
        source,
    })?;
    let reader = Reader { file, text: &text };
    let document = DeTable::parse(&text).map_err(|err| {
        reader.error(
            err.span(),
            "here",
            format!("not valid TOML: {}", err.message().trim_end()),
            None,
        )
    })?;
    let is_pyproject = file
        .file_name()
        .is_some_and(|name| name == "pyproject.toml");
    let (table, prefix) = if is_pyproject {
        let tool = document.get_ref().get("tool");
        let pyjail = tool.and_then(|tool| tool.get_ref().get("pyjail"));
        match pyjail {
            None => return Ok(None),
            Some(value) => (reader.table(value, "tool.pyjail")?, "tool.pyjail."),
        }
    } else {
        (document.get_ref(), "")
    };
    reader.config(table, prefix).map(Some)
}

struct Reader<'a> {
    file: &'a Path,
    text: &'a str,
}

impl Reader<'_> {
    fn config(&self, table: &DeTable<'_>, prefix: &str) -> Result<ProjectConfig, ConfigError> {
        let root = self
            .file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let root = std::path::absolute(&root).unwrap_or(root);
        let mut config = ProjectConfig {
            file: self.file.to_path_buf(),
            root,
            select: None,
            ignore: Vec::new(),
            fail_on: None,
            rules: Vec::new(),
            per_file_ignores: Vec::new(),
            exclude: Vec::new(),
        };
        for (key, value) in table.iter() {
            let name = format!("{prefix}{}", key.get_ref());
            match key.get_ref().as_ref() {
                "select" => config.select = Some(self.selectors(value, &name)?),
                "ignore" => config.ignore = self.selectors(value, &name)?,
                "fail-on" => config.fail_on = Some(self.severity(value, &name)?),
                "rules" => {
                    for path in self.strings(value, &name, "a list of rule file paths")? {
                        config.rules.push(self.rule_file(path)?);
                    }
                }
                "exclude" => {
                    for glob in self.strings(value, &name, "a list of glob patterns")? {
                        config.exclude.push(self.pattern(glob, &name)?);
                    }
                }
                "per-file-ignores" => {
                    for (glob, ids) in self.table(value, &name)?.iter() {
                        let entry = format!("{name}.\"{}\"", glob.get_ref());
                        let pattern = self
                            .pattern(Spanned::new(glob.span(), glob.get_ref().as_ref()), &entry)?;
                        config
                            .per_file_ignores
                            .push((pattern, self.selectors(ids, &entry)?));
                    }
                }
                _ => {
                    return Err(self.error(
                        Some(key.span()),
                        "unknown key",
                        format!("unknown key `{name}`"),
                        Some(format!("allowed keys: {}", KEYS.join(", "))),
                    ))
                }
            }
        }
        Ok(config)
    }

    fn table<'t, 'i>(
        &self,
        value: &'t Spanned<DeValue<'i>>,
        name: &str,
    ) -> Result<&'t DeTable<'i>, ConfigError> {
        value.get_ref().as_table().ok_or_else(|| {
            self.error(
                Some(value.span()),
                "expected a table",
                format!(
                    "`{name}` must be a table, found {}",
                    value.get_ref().type_str()
                ),
                None,
            )
        })
    }

    fn strings<'t>(
        &self,
        value: &'t Spanned<DeValue<'_>>,
        name: &str,
        expected: &str,
    ) -> Result<Vec<Spanned<&'t str>>, ConfigError> {
        let wrong = |span: Range<usize>, found: &str| {
            self.error(
                Some(span),
                "here",
                format!("`{name}` must be {expected}, found {found}"),
                None,
            )
        };
        let items = value
            .get_ref()
            .as_array()
            .ok_or_else(|| wrong(value.span(), value.get_ref().type_str()))?;
        items
            .iter()
            .map(|item| match item.get_ref().as_str() {
                Some(text) => Ok(Spanned::new(item.span(), text)),
                None => Err(wrong(
                    item.span(),
                    &format!("a list containing {}", item.get_ref().type_str()),
                )),
            })
            .collect()
    }

    fn selectors(
        &self,
        value: &Spanned<DeValue<'_>>,
        name: &str,
    ) -> Result<Vec<String>, ConfigError> {
        let expected = "a list of rule ids or prefixes";
        self.strings(value, name, expected)?
            .into_iter()
            .map(|item| {
                let text = item.get_ref().trim();
                if is_selector(text) {
                    Ok(text.to_owned())
                } else {
                    Err(self.error(
                        Some(item.span()),
                        "not a rule id",
                        format!("`{name}` contains {:?}, which is not a rule id or prefix", item.get_ref()),
                        Some("allowed values: rule ids such as PJ101, prefixes such as PJ1, rule names, categories, or ALL (see `pyjail rules`)".to_owned()),
                    ))
                }
            })
            .collect()
    }

    fn severity(&self, value: &Spanned<DeValue<'_>>, name: &str) -> Result<Severity, ConfigError> {
        let text = value.get_ref().as_str();
        text.and_then(|text| text.parse().ok()).ok_or_else(|| {
            let found = match text {
                Some(text) => format!("{text:?}"),
                None => value.get_ref().type_str().to_owned(),
            };
            self.error(
                Some(value.span()),
                "not a severity",
                format!("`{name}` must be a severity, found {found}"),
                Some(format!(
                    "allowed values: {}",
                    Severity::ALL.map(Severity::as_str).join(", ")
                )),
            )
        })
    }

    fn rule_file(&self, path: Spanned<&str>) -> Result<PathBuf, ConfigError> {
        let root = self.file.parent().unwrap_or(Path::new(""));
        let resolved = std::path::absolute(root.join(path.get_ref()))
            .unwrap_or_else(|_| root.join(path.get_ref()));
        if resolved.exists() {
            return Ok(resolved);
        }
        Err(self.error(
            Some(path.span()),
            "not found",
            format!("rule file {} does not exist", resolved.display()),
            Some("paths in `rules` are relative to the configuration file".to_owned()),
        ))
    }

    fn pattern(&self, glob: Spanned<&str>, name: &str) -> Result<PathPattern, ConfigError> {
        PathPattern::new(glob.get_ref()).map_err(|why| {
            self.error(
                Some(glob.span()),
                "bad glob",
                format!("`{name}` has a bad glob {:?}: {why}", glob.get_ref()),
                Some("globs use *, ** and ?, [abc], {a,b}; they are relative to the configuration file".to_owned()),
            )
        })
    }

    fn error(
        &self,
        span: Option<Range<usize>>,
        label: &str,
        message: String,
        help: Option<String>,
    ) -> ConfigError {
        ConfigError::Invalid {
            file: self.file.to_path_buf(),
            message,
            source_code: NamedSource::new(self.file.display().to_string(), self.text.to_owned()),
            span: span.map(|span| (span.start, span.end - span.start).into()),
            label: label.to_owned(),
            help,
        }
    }
}

/// A glob from `exclude` or `per-file-ignores`, with the matching rule described
/// in the module documentation.
#[derive(Debug)]
struct PathPattern {
    matcher: GlobMatcher,
    anchored: bool,
}

impl PathPattern {
    fn new(glob: &str) -> Result<Self, String> {
        let trimmed = glob
            .trim_start_matches("./")
            .trim_start_matches('/')
            .trim_end_matches('/');
        if trimmed.is_empty() {
            return Err("it matches nothing".to_owned());
        }
        let matcher = GlobBuilder::new(trimmed)
            .literal_separator(true)
            .build()
            .map_err(|err| err.kind().to_string())?
            .compile_matcher();
        Ok(PathPattern {
            matcher,
            anchored: trimmed.contains('/'),
        })
    }

    fn matches(&self, relative: &Path) -> bool {
        if self.anchored {
            relative
                .ancestors()
                .any(|prefix| !prefix.as_os_str().is_empty() && self.matcher.is_match(prefix))
        } else {
            relative
                .components()
                .any(|part| self.matcher.is_match(part.as_os_str()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// A directory for one test, removed when the test is done with it.
    struct TempDir(PathBuf);

    impl std::ops::Deref for TempDir {
        type Target = Path;
        fn deref(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn temp_dir(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("pyjail-config-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn invalid(err: ConfigError) -> (String, Option<String>) {
        match err {
            ConfigError::Invalid { message, help, .. } => (message, help),
            other => panic!("expected an invalid-configuration error, got {other}"),
        }
    }

    #[test]
    fn nearest_configuration_wins() {
        let dir = temp_dir("nearest");
        write(
            &dir,
            "pyproject.toml",
            "[tool.pyjail]\nignore = [\"PJ1\"]\n",
        );
        write(&dir, "sub/pyproject.toml", "[project]\nname = \"x\"\n");
        write(&dir, "sub/inner/pyjail.toml", "fail-on = \"high\"\n");
        let file = write(&dir, "sub/inner/a.py", "");
        let config = discover(&file).unwrap().unwrap();
        assert_eq!(config.file, dir.join("sub/inner/pyjail.toml"));
        assert!(config.ignore.is_empty(), "no merging across directories");
        let file = write(&dir, "sub/b.py", "");
        let config = discover(&file).unwrap().unwrap();
        assert_eq!(
            config.file,
            dir.join("pyproject.toml"),
            "a pyproject.toml without [tool.pyjail] is skipped"
        );
        assert_eq!(config.ignore, ["PJ1"]);
    }

    #[test]
    fn reads_every_key() {
        let dir = temp_dir("keys");
        write(&dir, "extra.yaml", "");
        write(
            &dir,
            "pyproject.toml",
            "[tool.pyjail]\nselect = [\"pj1\", \"ALL\"]\nignore = [\"PJ105\"]\nfail-on = \"low\"\n\
             rules = [\"extra.yaml\"]\nexclude = [\"vendor\", \"gen/*.py\"]\n\
             [tool.pyjail.per-file-ignores]\n\"tests/**\" = [\"PJ3\"]\n\"*_test.py\" = [\"PJ4\"]\n",
        );
        let config = load(&dir.join("pyproject.toml")).unwrap().unwrap();
        assert_eq!(
            config.select.as_deref(),
            Some(&["pj1".to_owned(), "ALL".to_owned()][..])
        );
        assert_eq!(config.fail_on, Some(Severity::Low));
        assert_eq!(config.rules, [dir.join("extra.yaml")]);
        assert!(config.is_excluded(&dir.join("a/vendor/b/c.py")));
        assert!(config.is_excluded(&dir.join("gen/x.py")));
        assert!(
            !config.is_excluded(&dir.join("gen/sub/x.py")),
            "* does not cross directories"
        );
        assert!(!config.is_excluded(&dir.join("src/x.py")));
        assert_eq!(config.ignores_for(&dir.join("tests/unit/t.py")), ["PJ3"]);
        assert_eq!(config.ignores_for(&dir.join("src/a_test.py")), ["PJ4"]);
        assert!(config.ignores_for(&dir.join("src/a.py")).is_empty());
    }

    #[test]
    fn bad_values_name_the_key_and_the_allowed_values() {
        let dir = temp_dir("bad");
        let file = write(
            &dir,
            "pyproject.toml",
            "[tool.pyjail]\nfail-on = \"extreme\"\n",
        );
        let (message, help) = invalid(load(&file).unwrap_err());
        assert!(
            message.contains("`tool.pyjail.fail-on`") && message.contains("\"extreme\""),
            "{message}"
        );
        assert_eq!(
            help.as_deref(),
            Some("allowed values: info, low, medium, high")
        );

        let file = write(&dir, "pyjail.toml", "selct = [\"PJ1\"]\n");
        let (message, help) = invalid(load(&file).unwrap_err());
        assert!(message.contains("unknown key `selct`"), "{message}");
        assert!(help.unwrap().contains("select, ignore, fail-on"));

        write(&dir, "pyjail.toml", "select = \"PJ1\"\n");
        let (message, _) = invalid(load(&file).unwrap_err());
        assert!(
            message.contains("`select` must be a list of rule ids or prefixes, found string"),
            "{message}"
        );

        write(&dir, "pyjail.toml", "ignore = [\"PJ 1\"]\n");
        assert!(invalid(load(&file).unwrap_err())
            .0
            .contains("not a rule id"));

        write(&dir, "pyjail.toml", "rules = [\"missing.yaml\"]\n");
        assert!(invalid(load(&file).unwrap_err())
            .0
            .contains("does not exist"));

        write(&dir, "pyjail.toml", "exclude = [\"a[\"]\n");
        assert!(invalid(load(&file).unwrap_err()).0.contains("bad glob"));

        write(&dir, "pyjail.toml", "select = [\n");
        assert!(invalid(load(&file).unwrap_err())
            .0
            .contains("not valid TOML"));
    }

    #[test]
    fn the_cache_finds_the_same_configuration_as_discovery() {
        let dir = temp_dir("cache");
        write(&dir, "pyjail.toml", "fail-on = \"low\"\n");
        let deep = write(&dir, "a/b/c.py", "");
        let mut cache = ConfigCache::default();
        let found = cache.for_file(&deep).unwrap().unwrap();
        assert_eq!(found.file, dir.join("pyjail.toml"));
        assert!(
            Arc::ptr_eq(
                &found,
                &cache.for_file(&dir.join("a/x.py")).unwrap().unwrap()
            ),
            "read once"
        );
        write(&dir, "bad/pyjail.toml", "fail-on = 3\n");
        assert!(cache.for_file(&dir.join("bad/y.py")).is_err());
    }

    #[test]
    fn the_strictest_fail_on_wins_unless_the_command_line_says() {
        let dir = temp_dir("fail-on");
        let high = load(&write(&dir, "pyjail.toml", "fail-on = \"high\"\n"))
            .unwrap()
            .unwrap();
        assert_eq!(fail_on(None, [Some(&high)]), Severity::High);
        assert_eq!(fail_on(None, [Some(&high), None]), Severity::Medium);
        assert_eq!(fail_on(Some(Severity::Info), [Some(&high)]), Severity::Info);
        assert_eq!(fail_on(None, []), Severity::Medium);
    }

    #[test]
    fn selectors_must_match_a_rule() {
        let dir = temp_dir("selectors");
        let rules = RuleSet::embedded();
        let good = load(&write(
            &dir,
            "pyjail.toml",
            "select = [\"PJ1\", \"ALL\"]\nignore = [\"PJ102\"]\n",
        ))
        .unwrap()
        .unwrap();
        assert!(check_selectors(&good, &rules).is_ok());
        let typo = load(&write(
            &dir,
            "pyjail.toml",
            "[per-file-ignores]\n\"x.py\" = [\"PJ999\"]\n",
        ))
        .unwrap()
        .unwrap();
        let err = check_selectors(&typo, &rules).unwrap_err().to_string();
        assert!(
            err.contains("pyjail.toml") && err.contains("`PJ999` matches no rule"),
            "{err}"
        );
    }

    #[test]
    fn later_layers_override_earlier_ones() {
        let rule = |id| RuleRef {
            id,
            name: "some-name",
            category: "object-graph",
            capability: analyzer::Capability::Introspection,
        };
        let mut selection = Selection::default();
        assert!(selection.enables(rule("PJ101")));
        selection.push(Some(vec!["pj1".into()]), vec!["PJ102".into()]);
        assert!(selection.enables(rule("PJ101")));
        assert!(!selection.enables(rule("PJ102")));
        assert!(!selection.enables(rule("PJ201")));
        selection.push(None, vec!["PJ101".into()]);
        assert!(!selection.enables(rule("PJ101")));
        selection.push(Some(vec!["PJ102".into()]), vec![]);
        assert!(
            selection.enables(rule("PJ102")),
            "a later select starts over"
        );
        assert!(!selection.enables(rule("PJ101")));
        selection.push(Some(vec!["object-graph".into()]), vec!["some-name".into()]);
        assert!(
            !selection.enables(rule("PJ101")),
            "names and categories select too"
        );
        selection.push(Some(vec!["ALL".into()]), vec![]);
        assert!(selection.enables(rule("PJ999")));
    }
}
