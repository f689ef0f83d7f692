//! Writes the audit prelude as pyjail ships it, for scripts/bench-prelude.sh:
//! `DIR/prelude-source.py` (the Python source with the default policy) and
//! `DIR/prelude-image.py` (the bytecode image compiled for PYTHON, the file
//! the jail mounts); with BASELINE (another prelude's source, such as an older
//! revision's), `DIR/baseline-image.py`, compiled the same way.
//! Usage: prelude_files DIR PYTHON [BASELINE]

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, python, baseline) = match args.as_slice() {
        [dir, python] => (dir, python, None),
        [dir, python, baseline] => (dir, python, Some(baseline)),
        _ => {
            eprintln!("usage: prelude_files DIR PYTHON [BASELINE]");
            std::process::exit(2);
        }
    };
    let dir = Path::new(dir);
    let compile = |source: &str| {
        jail::prelude::compile(Path::new(python), source)
            .map_err(|err| err.to_string())
            .and_then(|image| image.to_bytes().map_err(|err| err.to_string()))
            .unwrap_or_else(|err| {
                eprintln!("{err}");
                std::process::exit(1);
            })
    };
    let source = jail::prelude::source();
    std::fs::write(dir.join("prelude-source.py"), source).expect("write the source");
    std::fs::write(dir.join("prelude-image.py"), compile(source)).expect("write the image");
    if let Some(baseline) = baseline {
        let text = std::fs::read_to_string(baseline).unwrap_or_else(|err| {
            eprintln!("{baseline}: {err}");
            std::process::exit(1);
        });
        std::fs::write(dir.join("baseline-image.py"), compile(&text)).expect("write the image");
    }
}
