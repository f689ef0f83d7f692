//! Semantic rules: checks that need more than a name lookup. One module per rule, each with
//! its documentation and metadata next to its logic. The AST walk (`checker`) calls into
//! them at the nodes they care about.

pub(crate) mod absolute_path_read;
pub(crate) mod absolute_path_write;
pub(crate) mod builtins_mutation;
pub(crate) mod class_step;
pub(crate) mod code_replace;
pub(crate) mod computed_attribute;
pub(crate) mod constant_code;
pub(crate) mod dunder_slot_assignment;
pub(crate) mod dynamic_code;
pub(crate) mod encoding_declaration;
pub(crate) mod file_target;
pub(crate) mod getattribute_on_type;
pub(crate) mod link_or_extract;
pub(crate) mod namespace_dict;
pub(crate) mod nfkc_identifier;
pub(crate) mod reduce_definition;
pub(crate) mod reflective_attribute;
pub(crate) mod sensitive_file_read;
pub(crate) mod sensitive_file_write;
pub(crate) mod signal_process;
pub(crate) mod spec_loader;
pub(crate) mod terminal_ioctl;
pub(crate) mod unsafe_load_option;
pub(crate) mod update_wrapper;

use crate::capability::Capability;
use crate::rules::{RuleDoc, RuleIdx, RuleKind};
use crate::severity::Severity;

/// Metadata of a semantic rule, with the same fields as a rule file entry.
pub(crate) struct Meta {
    pub id: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub category: &'static str,
    pub capability: Capability,
    pub message: &'static str,
    /// What the rule finds (the "What it does" of the module's documentation).
    pub description: &'static str,
    pub rationale: &'static str,
    pub example: &'static str,
    pub fix: &'static str,
    pub references: &'static [&'static str],
}

impl Meta {
    pub(crate) fn doc(&self) -> RuleDoc {
        RuleDoc {
            id: self.id.into(),
            name: self.name.into(),
            severity: self.severity,
            category: self.category.into(),
            capability: self.capability,
            message: self.message.into(),
            description: self.description.into(),
            rationale: self.rationale.into(),
            example: self.example.into(),
            fix: self.fix.into(),
            references: self.references.iter().map(|r| r.to_string()).collect(),
            kind: RuleKind::Semantic,
            origin: "built-in (Rust)".into(),
            example_name: "…".into(),
        }
    }
}

/// The semantic rules; they occupy the first places of every `RuleSet`, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Semantic {
    ClassStep,
    SpecLoader,
    GetattributeOnType,
    NamespaceDict,
    ReduceDefinition,
    CodeReplace,
    BuiltinsMutation,
    UpdateWrapper,
    DynamicCode,
    ConstantCode,
    ComputedAttribute,
    NfkcIdentifier,
    EncodingDeclaration,
    SignalProcess,
    TerminalIoctl,
    UnsafeLoadOption,
    DunderSlotAssignment,
    SensitiveFileRead,
    SensitiveFileWrite,
    AbsolutePathRead,
    LinkOrExtract,
    AbsolutePathWrite,
    ReflectiveAttribute,
}

pub(crate) const ALL: [&Meta; 23] = [
    &class_step::META,
    &spec_loader::META,
    &getattribute_on_type::META,
    &namespace_dict::META,
    &reduce_definition::META,
    &code_replace::META,
    &builtins_mutation::META,
    &update_wrapper::META,
    &dynamic_code::META,
    &constant_code::META,
    &computed_attribute::META,
    &nfkc_identifier::META,
    &encoding_declaration::META,
    &signal_process::META,
    &terminal_ioctl::META,
    &unsafe_load_option::META,
    &dunder_slot_assignment::META,
    &sensitive_file_read::META,
    &sensitive_file_write::META,
    &absolute_path_read::META,
    &link_or_extract::META,
    &absolute_path_write::META,
    &reflective_attribute::META,
];

impl From<Semantic> for RuleIdx {
    fn from(rule: Semantic) -> RuleIdx {
        RuleIdx(rule as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_order_matches_table() {
        let pairs = [
            (Semantic::ClassStep, "PJ110"),
            (Semantic::SpecLoader, "PJ208"),
            (Semantic::GetattributeOnType, "PJ209"),
            (Semantic::NamespaceDict, "PJ212"),
            (Semantic::ReduceDefinition, "PJ213"),
            (Semantic::CodeReplace, "PJ410"),
            (Semantic::BuiltinsMutation, "PJ416"),
            (Semantic::UpdateWrapper, "PJ418"),
            (Semantic::DynamicCode, "PJ419"),
            (Semantic::ConstantCode, "PJ420"),
            (Semantic::ComputedAttribute, "PJ501"),
            (Semantic::NfkcIdentifier, "PJ502"),
            (Semantic::EncodingDeclaration, "PJ503"),
            (Semantic::SignalProcess, "PJ424"),
            (Semantic::TerminalIoctl, "PJ425"),
            (Semantic::UnsafeLoadOption, "PJ426"),
            (Semantic::DunderSlotAssignment, "PJ428"),
            (Semantic::SensitiveFileRead, "PJ430"),
            (Semantic::SensitiveFileWrite, "PJ431"),
            (Semantic::AbsolutePathRead, "PJ432"),
            (Semantic::LinkOrExtract, "PJ433"),
            (Semantic::AbsolutePathWrite, "PJ434"),
            (Semantic::ReflectiveAttribute, "PJ504"),
        ];
        for (rule, id) in pairs {
            assert_eq!(ALL[RuleIdx::from(rule).0].id, id);
        }
    }
}
