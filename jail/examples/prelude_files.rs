//! Writes the audit prelude as pyjail ships it, for scripts/bench-prelude.sh:
//! `DIR/prelude-source.py` (the Python source with the default policy) and
//! `DIR/prelude-image.py` (the bytecode image compiled for PYTHON, the file
//! the jail mounts). Usage: prelude_files DIR PYTHON

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, python] = args.as_slice() else {
        eprintln!("usage: prelude_files DIR PYTHON");
        std::process::exit(2);
    };
    let dir = Path::new(dir);
    let source = jail::prelude::source();
    let image = jail::prelude::compile(Path::new(python), &source).unwrap_or_else(|err| {
        eprintln!("{err}");
        std::process::exit(1);
    });
    std::fs::write(dir.join("prelude-source.py"), &source).expect("write the source");
    std::fs::write(dir.join("prelude-image.py"), image).expect("write the image");
}
