//! `pyjail doctor`: what this host offers the jail and what each gap costs.
//! Exit 0 when a strict run is possible, 1 otherwise.

use std::process::ExitCode;

use crate::cli::DoctorArgs;

pub fn main(args: DoctorArgs) -> ExitCode {
    let checks = jail::doctor::checks(args.python.as_deref());
    for check in &checks {
        let mark = match (check.ok, check.required) {
            (true, _) => "ok  ",
            (false, true) => "FAIL",
            (false, false) => "warn",
        };
        stdout_line!("{mark} {}: {}", check.layer, check.detail);
        if !check.ok {
            stdout_line!("     cost: {}", check.cost);
            if let Some(hint) = check.layer.hint() {
                stdout_line!("     fix:  {hint}");
            }
        }
    }
    if jail::doctor::strict_run_possible(&checks) {
        stdout_line!("\na strict run is possible on this host");
        ExitCode::SUCCESS
    } else {
        stdout_line!("\na strict run is NOT possible on this host (see FAIL above)");
        ExitCode::from(1)
    }
}
