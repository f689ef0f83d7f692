//! What this host offers the jail, and what each gap costs.

use std::path::Path;

/// One line of the report.
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
    /// What is lost when this is missing, and how to get it.
    pub cost: &'static str,
}

pub fn checks(python: Option<&Path>) -> Vec<Check> {
    todo_checks(python)
}

fn todo_checks(_python: Option<&Path>) -> Vec<Check> {
    Vec::new()
}
