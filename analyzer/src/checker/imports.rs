//! Import statements: bindings for the names they create, and import findings.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::value::Value;
use super::{span, Checker};
use crate::names::normalize;

impl<'a> Checker<'a, '_> {
    pub(super) fn import(&mut self, import: &'a ast::StmtImport) {
        for alias in &import.names {
            let range = span(alias.range());
            let module = self.identifier(alias.name.as_str(), alias.name.range);
            self.import_finding(&module, range);
            match &alias.asname {
                Some(asname) => {
                    let asname = self.identifier(asname.as_str(), asname.range);
                    self.bind(asname, Value::module(&module));
                }
                None => {
                    // `import a.b.c` binds `a`.
                    let top = module.split('.').next().unwrap_or(&module).to_string();
                    self.bind(std::borrow::Cow::Owned(top.clone()), Value::module(&top));
                }
            }
        }
    }

    pub(super) fn import_from(&mut self, import: &'a ast::StmtImportFrom) {
        let relative = import.level > 0;
        let module = import
            .module
            .as_ref()
            .map(|m| normalize(m.as_str()).into_owned());
        for alias in &import.names {
            let range = span(alias.range());
            let name = self.identifier(alias.name.as_str(), alias.name.range);
            let bound = match &alias.asname {
                Some(asname) => self.identifier(asname.as_str(), asname.range),
                None => name.clone(),
            };
            let (Some(module), false) = (&module, relative) else {
                self.bind(bound, Value::Unknown);
                continue;
            };
            if module == "__future__" {
                continue;
            }
            // `from importlib.util import find_spec`: the module is used for that member
            // alone, visibly; a dangerous member is reported instead (below, or where used).
            let member = format!("{module}.{name}");
            let harmless_member = name != "*"
                && self.cx.patterns.qualified(&member).is_none()
                && !self.cx.patterns.has_members(&member);
            if harmless_member {
                self.imported
                    .insert(module.split('.').next().unwrap_or(module).to_string());
            } else {
                self.import_finding(module, range);
            }
            if name == "*" {
                if self.cx.patterns.has_members(module) {
                    let star = std::rc::Rc::from(module.as_str());
                    self.scopes.get_mut(self.scope).star_imports.push(star);
                }
                continue;
            }
            let full = format!("{module}.{name}");
            // `from ctypes import util`: a module some rule is about, by itself.
            if self
                .cx
                .patterns
                .import(&full)
                .is_some_and(|(_, matched)| matched == full)
            {
                self.import_finding(&full, range);
            }
            // A dangerous member imported by name is reported where it is used, or here
            // when it is not used at all.
            if let Some(rule) = self.cx.patterns.qualified(&full) {
                self.report_import(rule, range, &full, &full);
            }
            // `from shutil import os`: the module `shutil` imported, imported again.
            let value = self.member_of(module, &name, false);
            if let Value::Qual {
                name: reexported,
                module: true,
                ..
            } = &value
            {
                self.import_finding(reexported, range);
            }
            self.bind(bound, value);
        }
    }

    /// Queues a finding for importing a dangerous module; a use of the module later in the
    /// file replaces it.
    fn import_finding(&mut self, module: &str, range: (usize, usize)) {
        let top = module.split('.').next().unwrap_or(module);
        self.imported.insert(top.to_string());
        if let Some((rule, matched)) = self.cx.patterns.import(module) {
            if !self
                .pending_imports
                .iter()
                .any(|(key, f)| key == matched && f.range == range)
            {
                self.report_import(rule, range, matched, matched);
            }
        }
    }
}
