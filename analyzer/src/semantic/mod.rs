//! Semantic rules: checks that need more than a name lookup. One module per rule, each with
//! its documentation and metadata next to its logic. The AST walk (`checker`) calls into
//! them at the nodes they care about.

pub(crate) mod absolute_path_read;
pub(crate) mod absolute_path_write;
pub(crate) mod bounded_heap_walk;
pub(crate) mod builtins_mutation;
pub(crate) mod class_step;
pub(crate) mod code_replace;
pub(crate) mod command_environment;
pub(crate) mod computed_attribute;
pub(crate) mod constant_code;
pub(crate) mod dunder_slot_assignment;
pub(crate) mod dynamic_code;
pub(crate) mod encoding_declaration;
pub(crate) mod file_target;
pub(crate) mod getattribute_on_type;
pub(crate) mod link_or_extract;
pub(crate) mod namespace_dict;
pub(crate) mod network_target;
pub(crate) mod nfkc_identifier;
pub(crate) mod pickle_payload;
pub(crate) mod reduce_definition;
pub(crate) mod reflective_attribute;
pub(crate) mod sensitive_file_read;
pub(crate) mod sensitive_file_write;
pub(crate) mod signal_process;
pub(crate) mod site_helpers;
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
    BoundedHeapWalk,
    PicklePayload,
    SiteHelpers,
    CommandEnvironment,
}

impl Semantic {
    /// Every semantic rule, in declaration order (their places in every `RuleSet`).
    pub(crate) const ALL: [Semantic; 27] = [
        Semantic::ClassStep,
        Semantic::SpecLoader,
        Semantic::GetattributeOnType,
        Semantic::NamespaceDict,
        Semantic::ReduceDefinition,
        Semantic::CodeReplace,
        Semantic::BuiltinsMutation,
        Semantic::UpdateWrapper,
        Semantic::DynamicCode,
        Semantic::ConstantCode,
        Semantic::ComputedAttribute,
        Semantic::NfkcIdentifier,
        Semantic::EncodingDeclaration,
        Semantic::SignalProcess,
        Semantic::TerminalIoctl,
        Semantic::UnsafeLoadOption,
        Semantic::DunderSlotAssignment,
        Semantic::SensitiveFileRead,
        Semantic::SensitiveFileWrite,
        Semantic::AbsolutePathRead,
        Semantic::LinkOrExtract,
        Semantic::AbsolutePathWrite,
        Semantic::ReflectiveAttribute,
        Semantic::BoundedHeapWalk,
        Semantic::PicklePayload,
        Semantic::SiteHelpers,
        Semantic::CommandEnvironment,
    ];

    /// The rule's metadata: a new rule does not compile until it has some.
    pub(crate) fn meta(self) -> &'static Meta {
        match self {
            Semantic::ClassStep => &class_step::META,
            Semantic::SpecLoader => &spec_loader::META,
            Semantic::GetattributeOnType => &getattribute_on_type::META,
            Semantic::NamespaceDict => &namespace_dict::META,
            Semantic::ReduceDefinition => &reduce_definition::META,
            Semantic::CodeReplace => &code_replace::META,
            Semantic::BuiltinsMutation => &builtins_mutation::META,
            Semantic::UpdateWrapper => &update_wrapper::META,
            Semantic::DynamicCode => &dynamic_code::META,
            Semantic::ConstantCode => &constant_code::META,
            Semantic::ComputedAttribute => &computed_attribute::META,
            Semantic::NfkcIdentifier => &nfkc_identifier::META,
            Semantic::EncodingDeclaration => &encoding_declaration::META,
            Semantic::SignalProcess => &signal_process::META,
            Semantic::TerminalIoctl => &terminal_ioctl::META,
            Semantic::UnsafeLoadOption => &unsafe_load_option::META,
            Semantic::DunderSlotAssignment => &dunder_slot_assignment::META,
            Semantic::SensitiveFileRead => &sensitive_file_read::META,
            Semantic::SensitiveFileWrite => &sensitive_file_write::META,
            Semantic::AbsolutePathRead => &absolute_path_read::META,
            Semantic::LinkOrExtract => &link_or_extract::META,
            Semantic::AbsolutePathWrite => &absolute_path_write::META,
            Semantic::ReflectiveAttribute => &reflective_attribute::META,
            Semantic::BoundedHeapWalk => &bounded_heap_walk::META,
            Semantic::PicklePayload => &pickle_payload::META,
            Semantic::SiteHelpers => &site_helpers::META,
            Semantic::CommandEnvironment => &command_environment::META,
        }
    }
}

impl From<Semantic> for RuleIdx {
    fn from(rule: Semantic) -> RuleIdx {
        RuleIdx(rule as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_follow_declaration_order() {
        for (place, rule) in Semantic::ALL.into_iter().enumerate() {
            assert_eq!(RuleIdx::from(rule).0, place, "{}", rule.meta().id);
        }
        let ids: Vec<&str> = Semantic::ALL.iter().map(|r| r.meta().id).collect();
        assert!(
            ids.iter().all(|id| id.len() == 5 && id.starts_with("PJ")),
            "{ids:?}"
        );
    }
}
