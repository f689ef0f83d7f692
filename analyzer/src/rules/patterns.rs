//! Pattern rules compiled into lookup tables, so that the AST walk does one hash lookup per
//! attribute, name or import.

// The tables hold the rules' names, not the linted code's: a fast hash without DoS
// resistance is safe for them (the code only probes them).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::RuleSet;
use crate::fold::shape_matches;

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
        for (index, rule) in disabled.into_iter().chain(enabled) {
            let Some(matcher) = &rule.matcher else {
                continue;
            };
            let idx = RuleIdx(index);
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
