pub mod doctor;
pub mod lint;
pub mod lsp;
pub mod rules;
pub mod run;
