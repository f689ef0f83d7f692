//! The jail cannot reach the host's page cache through the host files it is shown read-only:
//! it can neither evict them (`posix_fadvise` DONTNEED/NOREUSE) nor learn whether they are
//! cached (`preadv2` with RWF_NOWAIT, `mincore`), and `sync`/`syncfs` do not flush the host's
//! file systems. A control run on the host shows the eviction is real on this kernel.

mod common;

use std::path::Path;
use std::process::Command;

use common::host::HostDir;
use common::{Jail, SYSTEM_PYTHON};

const SIZE: usize = 8 << 20;

/// Bytes of `file` in the page cache, as util-linux's fincore counts them.
fn resident(file: &Path) -> u64 {
    let out = Command::new("fincore")
        .args(["--bytes", "--noheadings", "--output", "RES"])
        .arg(file)
        .output()
        .expect("run fincore (util-linux)");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("fincore said {:?}", String::from_utf8_lossy(&out.stdout)))
}

/// Writes the file, flushes it (DONTNEED leaves dirty pages alone) and reads it into the cache.
fn cache(file: &Path) {
    use std::io::Write;
    let mut handle = std::fs::File::create(file).unwrap();
    handle.write_all(&vec![7u8; SIZE]).unwrap();
    handle.sync_all().unwrap();
    drop(handle);
    std::fs::read(file).unwrap();
    assert_eq!(
        resident(file),
        SIZE as u64,
        "the file did not stay cached after a read"
    );
}

const EVICT: &str = "import os\n\
fd = os.open(PATH, os.O_RDONLY)\n\
for name in ('POSIX_FADV_DONTNEED', 'POSIX_FADV_NOREUSE'):\n\
\x20   try:\n\
\x20       os.posix_fadvise(fd, 0, 0, getattr(os, name)); print(name, 'ran')\n\
\x20   except OSError as e:\n\
\x20       print(name, 'errno', e.errno)\n";

const PROBE: &str = "import os, ctypes, mmap\n\
fd = os.open(PATH, os.O_RDONLY)\n\
try:\n\
\x20   os.preadv(fd, [bytearray(4096)], 0, os.RWF_NOWAIT); print('RWF_NOWAIT ran')\n\
except OSError as e:\n\
\x20   print('RWF_NOWAIT errno', e.errno)\n\
m = mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)\n\
address = ctypes.addressof(ctypes.c_char.from_buffer(m))\n\
vector = (ctypes.c_ubyte * (len(m) // 4096))()\n\
libc = ctypes.CDLL(None, use_errno=True)\n\
rc = libc.mincore(ctypes.c_void_p(address), ctypes.c_size_t(len(m)), vector)\n\
print('mincore', 'ran' if rc == 0 else 'errno %d' % ctypes.get_errno())\n\
os.sync(); print('sync returned')\n\
libc.syncfs(fd); print('syncfs returned')\n";

#[test]
fn fadvise_evicts_a_cached_file_on_the_host() {
    let dir = HostDir::new();
    let file = dir.join("cached");
    cache(&file);
    let code = EVICT.replace("PATH", &format!("{:?}", file.display().to_string()));
    let out = Command::new(SYSTEM_PYTHON)
        .args(["-c", &code])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("POSIX_FADV_DONTNEED ran"),
        "{out:?}"
    );
    assert!(
        resident(&file) < SIZE as u64 / 2,
        "DONTNEED did not evict the file on the host: the jail test below would prove nothing"
    );
}

#[test]
fn the_jail_cannot_evict_or_probe_the_host_page_cache() {
    let dir = HostDir::new();
    let file = dir.join("cached");
    cache(&file);
    let bind = format!("{}:/data/cached", file.display());
    let code = format!("{}{}", EVICT, PROBE).replace("PATH", "'/data/cached'");
    let out = Jail::code(&code).opts(["--ro-bind", &bind]).run();
    out.assert_bounded();
    out.assert_code(0);
    for refused in [
        "POSIX_FADV_DONTNEED errno 1",
        "POSIX_FADV_NOREUSE errno 1",
        "RWF_NOWAIT errno 1",
        "mincore errno 1",
        "sync returned",
        "syncfs returned",
    ] {
        assert!(out.stdout.contains(refused), "expected `{refused}`\n{out}");
    }
    assert_eq!(
        resident(&file),
        SIZE as u64,
        "the jail evicted a host file from the page cache\n{out}"
    );
}
