//! Scopes and name bindings, in the order the code binds them.

use foldhash::HashMap;
use std::borrow::Cow;
use std::rc::Rc;

use super::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Debug)]
pub(crate) struct Scope<'a> {
    pub parent: Option<usize>,
    pub kind: ScopeKind,
    bindings: HashMap<Cow<'a, str>, Value<'a>>,
    /// One bit per name bound here (`filter_bit`): most lookups pass through scopes that do
    /// not bind the name, and this spares hashing it for each of them.
    filter: u64,
    /// Modules imported with `from m import *`.
    pub star_imports: Vec<Rc<str>>,
    /// Names declared `global` here.
    pub globals: Vec<Cow<'a, str>>,
}

impl<'a> Scope<'a> {
    pub(crate) fn new(kind: ScopeKind, parent: Option<usize>) -> Self {
        Scope {
            parent,
            kind,
            bindings: HashMap::default(),
            filter: 0,
            star_imports: Vec::new(),
            globals: Vec::new(),
        }
    }

    // Every name lookup passes through here, once per scope.
    #[inline]
    pub(crate) fn get(&self, name: &str) -> Option<&Value<'a>> {
        if self.filter & filter_bit(name) == 0 {
            return None;
        }
        self.bindings.get(name)
    }

    pub(crate) fn get_mut(&mut self, name: &str) -> Option<&mut Value<'a>> {
        if self.filter & filter_bit(name) == 0 {
            return None;
        }
        self.bindings.get_mut(name)
    }

    pub(crate) fn insert(&mut self, name: Cow<'a, str>, value: Value<'a>) {
        self.filter |= filter_bit(&name);
        self.bindings.insert(name, value);
    }

    pub(crate) fn remove(&mut self, name: &str) {
        self.bindings.remove(name);
    }
}

/// A bit from a name's length and last byte. The code chooses its names, so it can make
/// them share a bit; that only costs the hash lookups the filter usually saves.
fn filter_bit(name: &str) -> u64 {
    let last = name.as_bytes().last().copied().unwrap_or(0);
    1 << ((name.len() * 7 + usize::from(last)) % 64)
}

/// All scopes of one file. Scopes live until the file is done, because function bodies are
/// checked after the code around them (a function sees module names bound after its `def`).
#[derive(Debug)]
pub(crate) struct Scopes<'a> {
    scopes: Vec<Scope<'a>>,
}

pub(crate) enum Lookup<'v, 'a> {
    Bound(&'v Value<'a>),
    /// Not bound; the modules star-imported along the way.
    Free(Vec<Rc<str>>),
}

impl<'a> Scopes<'a> {
    pub(crate) fn new() -> Self {
        Scopes {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
        }
    }

    pub(crate) fn push(&mut self, kind: ScopeKind, parent: usize) -> usize {
        self.scopes.push(Scope::new(kind, Some(parent)));
        self.scopes.len() - 1
    }

    pub(crate) fn get(&self, index: usize) -> &Scope<'a> {
        &self.scopes[index]
    }

    pub(crate) fn get_mut(&mut self, index: usize) -> &mut Scope<'a> {
        &mut self.scopes[index]
    }

    /// The nearest enclosing scope that is not a class body: where a function defined in
    /// `index` looks names up.
    pub(crate) fn function_parent(&self, index: usize) -> usize {
        let mut current = index;
        while self.scopes[current].kind == ScopeKind::Class {
            current = self.scopes[current].parent.unwrap_or(0);
        }
        current
    }

    pub(crate) fn lookup(&self, from: usize, name: &str) -> Lookup<'_, 'a> {
        let mut stars = Vec::new();
        let mut current = Some(from);
        while let Some(index) = current {
            let scope = &self.scopes[index];
            if let Some(value) = scope.get(name) {
                return Lookup::Bound(value);
            }
            stars.extend(scope.star_imports.iter().cloned());
            current = scope.parent;
        }
        Lookup::Free(stars)
    }

    /// Where an assignment to `name` in scope `index` binds (`global` redirects).
    pub(crate) fn binding_scope(&self, index: usize, name: &str) -> usize {
        if self.scopes[index].globals.iter().any(|g| g == name) {
            0
        } else {
            index
        }
    }
}
