//! Why a run could not start. Every variant ends in exit code 125.

use crate::layer::Layer;
use crate::{profile::ProfileError, python::PythonError};

#[derive(Debug, thiserror::Error)]
pub enum JailError {
    /// Bad input: missing program, bad bind, bad environment entry.
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error("interpreter: {0}")]
    Python(#[from] PythonError),
    /// `jail::run` was called from a multi-threaded process (see its docs).
    #[error(
        "the jail must be started from a single-threaded process and this one has {0} threads \
         (the jail is cloned without fork handlers, so another thread's locks would stay \
         locked in it): start it from a process that runs no other thread, such as `pyjail run`"
    )]
    Threaded(usize),
    /// A jail layer could not be set up; the run was refused.
    #[error("cannot set up the jail: {layer}: {message}")]
    Setup { layer: Layer, message: String },
}

impl JailError {
    pub fn setup(layer: Layer, message: impl std::fmt::Display) -> JailError {
        JailError::Setup {
            layer,
            message: message.to_string(),
        }
    }

    /// How to get the missing piece, for the user.
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            JailError::Setup { layer, .. } => layer.hint(),
            JailError::Python(_) => Layer::Interpreter.hint(),
            JailError::Profile(_) => {
                Some("built-in profiles: strict, site-packages; or a YAML file path")
            }
            JailError::Input(_) | JailError::Threaded(_) => None,
        }
    }
}
