//! Editor settings, from `initializationOptions` and
//! `workspace/didChangeConfiguration`. They sit on top of the project
//! configuration the way command-line flags do.
//!
//! Accepted shapes: `{ "select": [...], "ignore": [...], "rules": [...] }`, or
//! the same object under a `"pyjail"` key (as clients that send all settings
//! do). `rules` paths that are relative are relative to the workspace root.
//! Each message updates the keys it names (`null` resets one); keys it does
//! not name keep their values, so a client that sends empty or null settings
//! after start-up does not undo its `initializationOptions`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::config::is_selector;

pub const KEYS: &[&str] = &["select", "ignore", "rules"];

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Settings {
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub rules: Vec<PathBuf>,
}

/// Settings that could be read, and what was wrong with the rest.
#[derive(Debug)]
pub struct Parsed {
    pub settings: Settings,
    /// Keys that are not pyjail settings: reported, then left alone.
    pub unknown_keys: Vec<String>,
}

/// Reads settings on top of `current`. A bad value rejects the whole object
/// (the caller keeps the settings it had), so that a typo never silently
/// disables rules.
pub fn parse(
    value: &Value,
    current: &Settings,
    workspace_root: Option<&Path>,
) -> Result<Parsed, String> {
    let object = match value {
        Value::Null => {
            return Ok(Parsed {
                settings: current.clone(),
                unknown_keys: Vec::new(),
            })
        }
        Value::Object(object) => match object.get("pyjail") {
            Some(Value::Object(section)) => section,
            Some(Value::Null) | None => object,
            Some(other) => {
                return Err(format!("`pyjail` must be an object, found {}", kind(other)))
            }
        },
        other => return Err(format!("settings must be an object, found {}", kind(other))),
    };
    let mut settings = current.clone();
    let mut unknown_keys = Vec::new();
    for (key, value) in object {
        match (key.as_str(), value) {
            ("select", Value::Null) => settings.select = None,
            ("ignore", Value::Null) => settings.ignore = Vec::new(),
            ("rules", Value::Null) => settings.rules = Vec::new(),
            _ => {}
        }
        if value.is_null() {
            continue;
        }
        match key.as_str() {
            "select" => settings.select = Some(selectors(key, value)?),
            "ignore" => settings.ignore = selectors(key, value)?,
            "rules" => {
                settings.rules = strings(key, value, "a list of rule file paths")?
                    .into_iter()
                    .map(|path| match workspace_root {
                        Some(root) => root.join(path),
                        None => PathBuf::from(path),
                    })
                    .collect()
            }
            "pyjail" => {}
            other => unknown_keys.push(other.to_owned()),
        }
    }
    Ok(Parsed {
        settings,
        unknown_keys,
    })
}

fn selectors(key: &str, value: &Value) -> Result<Vec<String>, String> {
    strings(key, value, "a list of rule ids or prefixes")?
        .into_iter()
        .map(|text| {
            let text = text.trim();
            if is_selector(text) {
                Ok(text.to_owned())
            } else {
                Err(format!(
                    "`{key}` contains {text:?}, which is not a rule id or prefix \
                     (allowed: rule ids such as PJ101, prefixes such as PJ1, rule names, categories, or ALL)"
                ))
            }
        })
        .collect()
}

fn strings<'v>(key: &str, value: &'v Value, expected: &str) -> Result<Vec<&'v str>, String> {
    let wrong = |found: &Value| format!("`{key}` must be {expected}, found {}", kind(found));
    let items = value.as_array().ok_or_else(|| wrong(value))?;
    items
        .iter()
        .map(|item| item.as_str().ok_or_else(|| wrong(item)))
        .collect()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The message shown for keys that are not pyjail settings.
pub fn describe_unknown(keys: &[String]) -> String {
    format!(
        "pyjail: ignoring unknown setting{} {}; known settings: {}",
        if keys.len() == 1 { "" } else { "s" },
        keys.iter()
            .map(|key| format!("`{key}`"))
            .collect::<Vec<_>>()
            .join(", "),
        KEYS.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_flat_and_sectioned_settings() {
        let none = Settings::default();
        let flat = parse(
            &json!({"select": ["pj1"], "ignore": ["PJ102"]}),
            &none,
            None,
        )
        .unwrap();
        assert_eq!(flat.settings.select, Some(vec!["pj1".to_owned()]));
        assert_eq!(flat.settings.ignore, ["PJ102"]);
        let nested = parse(
            &json!({"pyjail": {"rules": ["extra.yaml"]}}),
            &none,
            Some(Path::new("/ws")),
        )
        .unwrap();
        assert_eq!(nested.settings.rules, [PathBuf::from("/ws/extra.yaml")]);
        assert_eq!(parse(&Value::Null, &none, None).unwrap().settings, none);
    }

    #[test]
    fn updates_name_the_keys_they_change() {
        let start = parse(
            &json!({"select": ["PJ1"], "ignore": ["PJ102"]}),
            &Settings::default(),
            None,
        )
        .unwrap();
        let same = parse(&json!({}), &start.settings, None).unwrap();
        assert_eq!(
            same.settings, start.settings,
            "empty settings change nothing"
        );
        let update = parse(
            &json!({"pyjail": {"ignore": ["PJ103"], "select": null}}),
            &start.settings,
            None,
        )
        .unwrap();
        assert_eq!(update.settings.select, None, "null resets a key");
        assert_eq!(update.settings.ignore, ["PJ103"]);
    }

    #[test]
    fn bad_values_are_errors_and_unknown_keys_are_reported() {
        let none = Settings::default();
        let err = parse(&json!({"select": "PJ101"}), &none, None).unwrap_err();
        assert_eq!(
            err,
            "`select` must be a list of rule ids or prefixes, found a string"
        );
        let err = parse(&json!({"ignore": ["not an id"]}), &none, None).unwrap_err();
        assert!(err.contains("not a rule id or prefix"), "{err}");
        let parsed = parse(&json!({"selectt": []}), &none, None).unwrap();
        assert_eq!(parsed.unknown_keys, ["selectt"]);
    }
}
