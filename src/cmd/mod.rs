pub mod doctor;
pub mod lint;
pub mod lsp;
pub mod rules;
pub mod run;
pub mod serve;
pub mod warm;
