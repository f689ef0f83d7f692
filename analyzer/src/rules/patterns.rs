//! Pattern rules compiled into lookup tables, so that the AST walk does one hash lookup per
//! attribute, name or import.

// The tables hold the rules' names, not the linted code's: a fast hash without DoS
// resistance is safe for them (the code only probes them).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::RuleSet;
use crate::fold::shape_matches;

/// Member names that only dangerous APIs have. A name the code builds (`"po" + "pen"`, a
/// decoding helper) that comes out as one of these is reported as the member it names even
/// on an object the analyzer cannot resolve. Method names ordinary objects share with a
/// dangerous API (`get`, `run`, `open`, `loads`, `call`) are not here: code builds those for
/// its own objects (`getattr(client, method.lower())`).
const DISTINCTIVE_MEMBERS: &[&str] = &[
    "system",
    "popen",
    "Popen",
    "fork",
    "forkpty",
    "execl",
    "execle",
    "execlp",
    "execlpe",
    "execv",
    "execve",
    "execvp",
    "execvpe",
    "spawnl",
    "spawnle",
    "spawnlp",
    "spawnlpe",
    "spawnv",
    "spawnve",
    "spawnvp",
    "spawnvpe",
    "posix_spawn",
    "posix_spawnp",
    "getoutput",
    "getstatusoutput",
    "check_output",
    "check_call",
    "CDLL",
    "PyDLL",
    "pythonapi",
    "string_at",
    "get_objects",
    "get_referrers",
    "get_referents",
    "_getframe",
    "settrace",
    "setprofile",
    "currentframe",
    "load_module",
    "BuiltinImporter",
    "addaudithook",
    "setuid",
    "setgid",
    "chroot",
    "unshare",
];

/// The [`DISTINCTIVE_MEMBERS`] that some of `qualified` (a rule's patterns) name.
pub(crate) fn distinctive_members_of(qualified: &[String]) -> Vec<String> {
    DISTINCTIVE_MEMBERS
        .iter()
        .filter(|member| {
            qualified.iter().any(|pattern| {
                member_named(pattern, member).is_some_and(|(_, how)| how != Named::AnyMember)
            })
        })
        .map(|member| member.to_string())
        .collect()
}

/// How a pattern names a member, the most particular first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Named {
    /// `os.popen`.
    Exactly,
    /// `os.exec*` names `execve`.
    ByPrefix,
    /// `imp.*` (or `ctypes._*`) names every member of a module.
    AnyMember,
}

/// The qualified name under which the pattern `os.popen`, `os.exec*` or `imp.*` names
/// `member` (`os.popen`, `os.execve`, `imp.load_module`), and how.
fn member_named(pattern: &str, member: &str) -> Option<(String, Named)> {
    let (module, last) = pattern.rsplit_once('.')?;
    let how = match last.strip_suffix('*') {
        Some(prefix) if prefix.len() > 2 => member.starts_with(prefix).then_some(Named::ByPrefix),
        Some(prefix) => member.starts_with(prefix).then_some(Named::AnyMember),
        None => (last == member).then_some(Named::Exactly),
    }?;
    Some((format!("{module}.{member}"), how))
}

/// Index of a rule in its `RuleSet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct RuleIdx(pub(crate) usize);

#[derive(Debug, Default)]
pub(crate) struct Patterns {
    attributes: HashMap<String, RuleIdx>,
    identifiers: HashMap<String, RuleIdx>,
    qualified: HashMap<String, RuleIdx>,
    /// `os.exec*` is stored under `os` as `exec`; `ctypes.util.*` under `ctypes.util` as ``.
    prefixes: HashMap<String, Vec<(String, RuleIdx)>>,
    /// Every module some qualified pattern names a member of (`os`, `ctypes.util`, ...),
    /// and the packages above them (`ctypes`).
    modules: HashSet<String>,
    /// The modules some qualified pattern names a member of directly.
    parents: HashSet<String>,
    imports: HashMap<String, RuleIdx>,
    /// Each of [`DISTINCTIVE_MEMBERS`] with the shortest qualified name a rule matches
    /// that ends in it (`os.popen` for `popen`), and that rule.
    distinctive: HashMap<&'static str, (String, RuleIdx)>,
    /// Most dots in a key of `prefixes` or `imports`: a longer name is only looked up by its
    /// first parts, so that a name of thousands of parts costs one pass, not one per part.
    most_dots: usize,
}

impl Patterns {
    /// Tables of every pattern rule, selected or not: what the code reaches does not depend
    /// on which rules report (a disabled rule's findings are dropped when reported). When
    /// two rules claim the same name an enabled one wins over a disabled one, and then the
    /// later one (a rule file loaded after the defaults).
    pub(crate) fn compile(set: &RuleSet) -> Patterns {
        let mut patterns = Patterns::default();
        let (enabled, disabled): (Vec<_>, Vec<_>) = set
            .all()
            .iter()
            .enumerate()
            .partition(|(_, rule)| rule.enabled);
        let mut every_qualified: Vec<(&str, RuleIdx)> = Vec::new();
        for (index, rule) in disabled.into_iter().chain(enabled) {
            let Some(matcher) = &rule.matcher else {
                continue;
            };
            let idx = RuleIdx(index);
            every_qualified.extend(matcher.qualified.iter().map(|name| (name.as_str(), idx)));
            for name in &matcher.attributes {
                patterns.attributes.insert(name.clone(), idx);
            }
            for name in &matcher.identifiers {
                patterns.identifiers.insert(name.clone(), idx);
            }
            for name in &matcher.imports {
                patterns.imports.insert(name.clone(), idx);
            }
            for name in &matcher.qualified {
                if let Some((parent, _)) = name.rsplit_once('.') {
                    patterns.parents.insert(parent.to_string());
                }
                let mut module = name.as_str();
                while let Some(dot) = module.rfind('.') {
                    module = &module[..dot];
                    patterns.modules.insert(module.to_string());
                }
                match name.strip_suffix('*') {
                    Some(prefix) => {
                        let (module, member) = prefix.rsplit_once('.').unwrap_or(("", prefix));
                        let members = patterns.prefixes.entry(module.to_string()).or_default();
                        members.retain(|(m, _)| m != member);
                        members.push((member.to_string(), idx));
                        members.sort_by_key(|(m, _)| std::cmp::Reverse(m.len()));
                    }
                    None => {
                        patterns.qualified.insert(name.clone(), idx);
                    }
                }
            }
        }
        for &member in DISTINCTIVE_MEMBERS {
            // The most particular pattern, then the shortest name, `os`'s first among equals
            // (`os.execve`, not `nt.execve`); the rule that wins for that name, as for any
            // use of it.
            let best = every_qualified
                .iter()
                .filter_map(|(pattern, _)| member_named(pattern, member))
                .min_by_key(|(name, how)| {
                    (*how, name.len(), !name.starts_with("os."), name.clone())
                });
            if let Some((name, idx)) =
                best.and_then(|(name, _)| Some((name.clone(), patterns.qualified(&name)?)))
            {
                patterns.distinctive.insert(member, (name, idx));
            }
        }
        patterns.most_dots = (patterns.prefixes.keys())
            .chain(patterns.imports.keys())
            .map(|name| name.matches('.').count())
            .max()
            .unwrap_or(0);
        patterns
    }

    /// Where `name` may be split into a module some table knows and the rest, longest module
    /// first: at each of its first dots (a module has no more than `most_dots` of its own).
    fn module_ends<'n>(&self, name: &'n str) -> impl Iterator<Item = usize> + use<'n> {
        let ends: Vec<usize> = name
            .match_indices('.')
            .map(|(dot, _)| dot)
            .take(self.most_dots + 1)
            .collect();
        ends.into_iter().rev()
    }

    /// Whether some pattern names a member of `module` (so that `from module import *`
    /// matters).
    pub(crate) fn has_members(&self, module: &str) -> bool {
        self.modules.contains(module)
    }

    /// Whether some pattern names a member of `module` itself (`os.system` for `os`; not
    /// `urllib` for `urllib.request.urlopen`).
    pub(crate) fn has_direct_members(&self, module: &str) -> bool {
        self.parents.contains(module)
    }

    pub(crate) fn attribute(&self, name: &str) -> Option<RuleIdx> {
        self.attributes.get(name).copied()
    }

    pub(crate) fn identifier(&self, name: &str) -> Option<RuleIdx> {
        self.identifiers.get(name).copied()
    }

    /// The rule for a qualified name. A `*` pattern does not match a dunder member: reading
    /// `pty.__name__` is not a use of `pty`.
    pub(crate) fn qualified(&self, name: &str) -> Option<RuleIdx> {
        self.qualified.get(name).copied().or_else(|| {
            let last = name.rsplit('.').next().unwrap_or(name);
            if last.len() > 4 && last.starts_with("__") && last.ends_with("__") {
                return None;
            }
            // Longest module first: `a.b.c` is tried as `a.b` + `c`, then `a` + `b.c`.
            self.module_ends(name).find_map(|dot| {
                let (module, member) = (&name[..dot], &name[dot + 1..]);
                let members = self.prefixes.get(module)?;
                members
                    .iter()
                    .find(|(prefix, _)| member.starts_with(prefix.as_str()))
                    .map(|(_, idx)| *idx)
            })
        })
    }

    /// The qualified name and rule of a member name only dangerous APIs have
    /// ([`DISTINCTIVE_MEMBERS`]).
    pub(crate) fn distinctive_member(&self, name: &str) -> Option<(&str, RuleIdx)> {
        self.distinctive
            .get(name)
            .map(|(qualified, idx)| (qualified.as_str(), *idx))
    }

    /// Whether some rule is about importing `module` itself (not only a parent package).
    pub(crate) fn has_import(&self, module: &str) -> bool {
        self.imports.contains_key(module)
    }

    /// The rule for importing `module` (or one of its parent packages), with the module
    /// name the rule matched.
    pub(crate) fn import<'m>(&self, module: &'m str) -> Option<(RuleIdx, &'m str)> {
        std::iter::once(module.len())
            .filter(|_| module.matches('.').count() <= self.most_dots)
            .chain(self.module_ends(module))
            .find_map(|end| {
                let name = &module[..end];
                self.imports.get(name).map(|idx| (*idx, name))
            })
    }

    /// Whether an attribute name known only by its ends could be one a rule matches, on any
    /// object or as a member of `module`.
    pub(crate) fn shape_could_match(
        &self,
        prefix: &str,
        suffix: &str,
        module: Option<&str>,
        extra: &[&str],
    ) -> bool {
        let named = self
            .attributes
            .keys()
            .map(String::as_str)
            .chain(extra.iter().copied());
        if named
            .into_iter()
            .any(|name| shape_matches(prefix, suffix, name))
        {
            return true;
        }
        let Some(module) = module else {
            return false;
        };
        let members = self
            .qualified
            .keys()
            .filter_map(|q| q.strip_prefix(module)?.strip_prefix('.'));
        if members
            .into_iter()
            .any(|m| shape_matches(prefix, suffix, m))
        {
            return true;
        }
        // `os.exec*`: a member starting with `exec` is dangerous, so a name starting with
        // `ex` (or with `execv`) may be.
        self.prefixes.get(module).is_some_and(|members| {
            members.iter().any(|(member, _)| {
                member.starts_with(prefix) || prefix.starts_with(member.as_str())
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let set = RuleSet::embedded();
        let p = Patterns::compile(&set);
        let id = |idx: Option<RuleIdx>| idx.map(|i| set.rule(i).doc.id.clone());
        assert_eq!(id(p.attribute("__globals__")).as_deref(), Some("PJ201"));
        assert_eq!(id(p.qualified("os.system")).as_deref(), Some("PJ403"));
        assert_eq!(id(p.qualified("os.execvpe")).as_deref(), Some("PJ403"));
        assert_eq!(
            id(p.qualified("subprocess.Popen")).as_deref(),
            Some("PJ404")
        );
        assert_eq!(p.qualified("os.path.join"), None);
        assert_eq!(p.qualified("subprocess.PIPE"), None);
        assert_eq!(id(p.qualified("_ctypes.dlopen")).as_deref(), Some("PJ402"));
        assert_eq!(p.qualified("_ctypes.__name__"), None);
        assert_eq!(p.import("ctypes.util").map(|(_, m)| m), Some("ctypes"));
        assert_eq!(p.import("json"), None);
    }

    /// A name of hundreds of thousands of parts is looked up in one pass over its first
    /// parts (looking up every prefix would take hours), with the same answer.
    #[test]
    fn names_of_many_parts() {
        let set = RuleSet::embedded();
        let p = Patterns::compile(&set);
        let id = |idx: Option<RuleIdx>| idx.map(|i| set.rule(i).doc.id.clone());
        let parts = ".a".repeat(400_000);
        assert_eq!(
            p.import(&format!("ctypes{parts}")).map(|(_, m)| m),
            Some("ctypes")
        );
        assert_eq!(p.import(&format!("json{parts}")), None);
        assert_eq!(
            id(p.qualified(&format!("os.execv{parts}"))).as_deref(),
            Some("PJ403")
        );
        assert_eq!(p.qualified(&format!("os.path{parts}")), None);
    }

    /// Every distinctive member name is one a rule matches: the list cannot drift from the
    /// rules it speaks for.
    #[test]
    fn distinctive_members_belong_to_rules() {
        let set = RuleSet::embedded();
        let p = Patterns::compile(&set);
        for member in DISTINCTIVE_MEMBERS {
            let (qualified, idx) = p
                .distinctive_member(member)
                .unwrap_or_else(|| panic!("no rule matches a member named {member}"));
            assert_eq!(p.qualified(qualified), Some(idx), "{qualified}");
        }
        let id = |name| {
            p.distinctive_member(name)
                .map(|(q, i)| (q.to_string(), set.rule(i).doc.id.clone()))
        };
        assert_eq!(id("popen"), Some(("os.popen".into(), "PJ403".into())));
        assert_eq!(id("execve"), Some(("os.execve".into(), "PJ403".into())));
        assert_eq!(
            id("getoutput"),
            Some(("subprocess.getoutput".into(), "PJ404".into()))
        );
        assert_eq!(id("get"), None);
    }

    #[test]
    fn shapes() {
        let p = Patterns::compile(&RuleSet::embedded());
        assert!(!p.shape_could_match("visit_", "", None, &[]));
        assert!(p.shape_could_match("__", "", None, &[]));
        assert!(p.shape_could_match("", "", None, &[]));
        assert!(p.shape_could_match("sys", "", Some("os"), &[]));
        assert!(p.shape_could_match("ex", "", Some("os"), &[]));
        assert!(!p.shape_could_match("get", "", Some("os"), &[]));
        assert!(p.shape_could_match("anything", "", Some("_posixsubprocess"), &[]));
        assert!(p.shape_could_match("Po", "", Some("subprocess"), &[]));
    }
}
