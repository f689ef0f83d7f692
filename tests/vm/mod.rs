//! A throwaway VM with a pure cgroup v2 hierarchy, for `tests/jail_cgroup_v2.rs`: Debian's
//! kernel (`linux-image-amd64`, downloaded by `scripts/test-deps`) booted by qemu with
//! `cgroup_no_v1=all`, an initramfs of busybox and the virtio/9p modules (`tests/vm/init`), and
//! the host's `/` shared read-only over 9p, so that the guest runs the very test binary, pyjail
//! binary and CPython of the host. The console goes to a file, kept for diagnosis.
//!
//! The kernel and initramfs are built once per content (kernel package, busybox, init script)
//! under the target directory; a boot then costs a few seconds (TCG) or less (KVM).

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHECKOUT: &str = env!("CARGO_MANIFEST_DIR");
/// The modules the guest needs to mount the host's root and a writable /tmp over the host's;
/// their dependencies come along.
const WANTED_MODULES: [&str; 4] = ["virtio_pci", "9pnet_virtio", "9p", "overlay"];

/// What a boot produced.
pub struct Boot {
    pub console: String,
    pub console_path: PathBuf,
    pub elapsed: Duration,
    pub accelerator: &'static str,
    pub timed_out: bool,
}

/// A kernel and an initramfs ready to boot.
pub struct Image {
    kernel: PathBuf,
    initramfs: PathBuf,
}

/// Where `scripts/test-deps` puts the kernel package (one `linux-image-*.deb`).
pub fn kernel_cache() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(&std::env::var_os("HOME").unwrap_or_default()).join(".cache"));
    base.join("pyjail/vm-kernel")
}

/// Why the VM cannot run on this host, if it cannot.
pub fn missing_prerequisite() -> Option<String> {
    if !common_is_root() {
        return Some("not root (the guest reads the host's files, /root included, over 9p)".into());
    }
    for tool in ["qemu-system-x86_64", "busybox", "dpkg-deb", "tar"] {
        if !on_path(tool) {
            return Some(format!("{tool} missing (scripts/test-deps installs it)"));
        }
    }
    if kernel_package().is_none() {
        return Some(format!(
            "no linux-image-*.deb in {} (scripts/test-deps downloads it)",
            kernel_cache().display()
        ));
    }
    None
}

fn common_is_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(2) == Some("0"))
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
}

fn kernel_package() -> Option<PathBuf> {
    let mut debs: Vec<PathBuf> = fs::read_dir(kernel_cache())
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("linux-image-") && name.ends_with(".deb")
        })
        .collect();
    debs.sort();
    debs.pop()
}

impl Image {
    /// The cached image for the current kernel package, busybox and init script, built if new.
    pub fn prepare() -> Image {
        let deb = kernel_package().expect("kernel package (checked by missing_prerequisite)");
        let busybox = which("busybox");
        let init = Path::new(CHECKOUT).join("tests/vm/init");
        let mut key = DefaultHasher::new();
        deb.file_name().hash(&mut key);
        fs::metadata(&deb)
            .map(|m| m.len())
            .unwrap_or(0)
            .hash(&mut key);
        fs::read(&busybox).expect("read busybox").hash(&mut key);
        fs::read(&init).expect("read tests/vm/init").hash(&mut key);
        WANTED_MODULES.hash(&mut key);
        let dir =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pyjail-vm-{:016x}", key.finish()));
        let image = Image {
            kernel: dir.join("vmlinuz"),
            initramfs: dir.join("initramfs.cpio"),
        };
        if !image.initramfs.exists() {
            build(&deb, &busybox, &init, &dir);
        }
        image
    }

    /// Boots the image; the guest runs `script` (a shell script on the host's file system) with
    /// `env` (names without `=` or spaces) and powers off. Bounded by `within`.
    pub fn boot(&self, script: &Path, env: &[(&str, &str)], within: Duration) -> Boot {
        let accelerator = accelerator();
        let console_path = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("pyjail-vm-console-{}.log", std::process::id()));
        let mut cmdline = format!(
            "console=ttyS0 panic=-1 quiet cgroup_no_v1=all pyjail_vm_script={}",
            script.display()
        );
        for (key, value) in env {
            assert!(
                !value.contains(char::is_whitespace),
                "{key}={value}: the kernel command line splits at spaces"
            );
            cmdline.push_str(&format!(" {key}={value}"));
        }
        let started = Instant::now();
        let mut qemu = Command::new("qemu-system-x86_64")
            .args(["-accel", accelerator, "-m", "2048", "-smp", "2"])
            .args([
                "-nographic",
                "-no-reboot",
                "-nic",
                "none",
                "-monitor",
                "none",
            ])
            .arg("-kernel")
            .arg(&self.kernel)
            .arg("-initrd")
            .arg(&self.initramfs)
            .args(["-append", &cmdline])
            .args([
                "-virtfs",
                "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap",
            ])
            .arg("-serial")
            .arg(format!("file:{}", console_path.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start qemu-system-x86_64");
        let mut timed_out = false;
        while qemu.try_wait().expect("wait for qemu").is_none() {
            if started.elapsed() > within {
                timed_out = true;
                let _ = qemu.kill();
                let _ = qemu.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let console = fs::read(&console_path).unwrap_or_default();
        Boot {
            console: String::from_utf8_lossy(&console).into_owned(),
            console_path,
            elapsed: started.elapsed(),
            accelerator,
            timed_out,
        }
    }
}

/// KVM when the CPU offers hardware virtualisation to us; otherwise qemu's emulator (TCG).
/// (A `/dev/kvm` without vmx/svm is a paravirtual KVM whose guests need a special kernel.)
fn accelerator() -> &'static str {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let hardware = cpuinfo
        .lines()
        .filter(|l| l.starts_with("flags"))
        .any(|l| l.split_whitespace().any(|f| f == "vmx" || f == "svm"));
    let usable = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/kvm")
        .is_ok();
    if hardware && usable {
        "kvm"
    } else {
        "tcg"
    }
}

fn which(tool: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(tool))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{tool} not on PATH"))
}

/// Extracts the kernel and the needed modules from the package and writes the initramfs into
/// `dir` (through a temporary directory, so that a concurrent or interrupted build never
/// leaves half an image).
fn build(deb: &Path, busybox: &Path, init: &Path, dir: &Path) {
    let staging = dir.with_extension(format!("tmp-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).expect("create the VM staging directory");
    let extract = format!(
        "dpkg-deb --fsys-tarfile '{}' | tar -x -C '{}' --wildcards './boot/vmlinuz-*' \
         './lib/modules/*/kernel/drivers/virtio/*' './lib/modules/*/kernel/net/9p/*' \
         './lib/modules/*/kernel/fs/9p/*' './lib/modules/*/kernel/fs/netfs/*' \
         './lib/modules/*/kernel/fs/fscache/*' './lib/modules/*/kernel/fs/overlayfs/*'",
        deb.display(),
        staging.display()
    );
    let status = Command::new("sh")
        .args(["-c", &extract])
        .status()
        .expect("run dpkg-deb");
    assert!(status.success(), "cannot extract {}", deb.display());
    let kernel = only_file(&staging.join("boot"), "vmlinuz-");
    fs::rename(&kernel, staging.join("vmlinuz")).expect("move the kernel");
    let modules = modules_in(&staging.join("lib/modules"));
    let order = load_order(&modules);
    let mut archive = Cpio::default();
    for dir in ["bin", "proc", "sys", "dev", "host", "modules"] {
        archive.dir(dir);
    }
    archive.file("init", &fs::read(init).expect("read init"), 0o755);
    archive.file(
        "bin/busybox",
        &fs::read(busybox).expect("read busybox"),
        0o755,
    );
    for name in &order {
        let content = fs::read(&modules[name]).expect("read module");
        archive.file(&format!("modules/{name}.ko"), &content, 0o644);
    }
    archive.file("modules/order", order.join("\n").as_bytes(), 0o644);
    fs::write(staging.join("initramfs.cpio"), archive.finish()).expect("write the initramfs");
    fs::remove_dir_all(staging.join("lib")).expect("remove the extracted modules");
    fs::remove_dir_all(staging.join("boot")).expect("remove the extracted /boot");
    if fs::rename(&staging, dir).is_err() {
        // Another test process built the same image meanwhile.
        let _ = fs::remove_dir_all(&staging);
    }
}

fn only_file(dir: &Path, prefix: &str) -> PathBuf {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .starts_with(prefix)
        })
        .unwrap_or_else(|| panic!("no {prefix}* in {}", dir.display()))
}

/// Every `*.ko` under `dir`, by module name.
fn modules_in(dir: &Path) -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Some(name) = path.file_name().unwrap_or_default().to_str() {
                if let Some(module) = name.strip_suffix(".ko") {
                    found.insert(module.to_string(), path);
                }
            }
        }
    }
    found
}

/// WANTED_MODULES with their dependencies (`depends=` in each module's .modinfo), each after
/// what it depends on: the order `insmod` needs.
fn load_order(modules: &BTreeMap<String, PathBuf>) -> Vec<String> {
    fn visit(
        name: &str,
        modules: &BTreeMap<String, PathBuf>,
        done: &mut BTreeSet<String>,
        order: &mut Vec<String>,
    ) {
        if !done.insert(name.to_string()) {
            return;
        }
        let path = modules.get(name).unwrap_or_else(|| {
            panic!(
                "module {name} is not in the kernel package's virtio, 9p or overlayfs directories"
            )
        });
        let content = fs::read(path).expect("read module");
        for dependency in depends(&content) {
            visit(&dependency, modules, done, order);
        }
        order.push(name.to_string());
    }
    let (mut done, mut order) = (BTreeSet::new(), Vec::new());
    for name in WANTED_MODULES {
        visit(name, modules, &mut done, &mut order);
    }
    order
}

/// The `depends=a,b` entry of a module's .modinfo section (NUL-separated strings).
fn depends(module: &[u8]) -> Vec<String> {
    module
        .split(|&b| b == 0)
        .find_map(|s| s.strip_prefix(b"depends="))
        .map(|list| {
            String::from_utf8_lossy(list)
                .split(',')
                .filter(|d| !d.is_empty())
                .map(|d| d.replace('-', "_"))
                .collect()
        })
        .unwrap_or_default()
}

/// A `newc` cpio archive, the format the kernel unpacks as initramfs.
#[derive(Default)]
struct Cpio {
    out: Vec<u8>,
    inode: u32,
}

impl Cpio {
    fn dir(&mut self, path: &str) {
        self.entry(path, 0o040755, &[]);
    }

    fn file(&mut self, path: &str, content: &[u8], mode: u32) {
        self.entry(path, 0o100000 | mode, content);
    }

    fn entry(&mut self, path: &str, mode: u32, content: &[u8]) {
        self.inode += 1;
        let name_len = path.len() + 1;
        let header = format!(
            "070701{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}",
            self.inode,
            mode,
            0,
            0,
            1,
            0,
            content.len(),
            0,
            0,
            0,
            0,
            name_len,
            0
        );
        self.out.extend_from_slice(header.as_bytes());
        self.out.extend_from_slice(path.as_bytes());
        self.out.push(0);
        self.pad();
        self.out.extend_from_slice(content);
        self.pad();
    }

    fn pad(&mut self) {
        while !self.out.len().is_multiple_of(4) {
            self.out.push(0);
        }
    }

    fn finish(mut self) -> Vec<u8> {
        self.inode = 0;
        self.entry("TRAILER!!!", 0, &[]);
        self.out
    }
}
