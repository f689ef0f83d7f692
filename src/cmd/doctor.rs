use std::process::ExitCode;

use crate::cli::DoctorArgs;

pub fn main(_args: DoctorArgs) -> ExitCode {
    eprintln!("pyjail: `doctor` is not implemented yet");
    ExitCode::from(crate::cli::exit::USAGE)
}
