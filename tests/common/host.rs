//! The host side of the attacks: canaries to steal, traps to connect to, sentinel processes to
//! kill, and the inventory of what a run may leave behind (processes, mounts, cgroups, temp
//! dirs, zombies).

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read};
use std::net::{IpAddr, SocketAddr, TcpListener, UdpSocket};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use super::{hex, is_root, random_hex, Outcome};

/// A directory on the host's /tmp, `/tmp/pyjail-test-<rand>`, open to every user (so that a
/// broken jail could really use it, whoever it runs as). Removed on drop.
pub struct HostDir {
    pub path: PathBuf,
}

impl HostDir {
    pub fn new() -> HostDir {
        let path = PathBuf::from(format!("/tmp/pyjail-test-{}", random_hex(6)));
        fs::create_dir(&path).expect("create host test dir");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o777)).unwrap();
        HostDir { path }
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }
}

impl Drop for HostDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

fn write_world_readable(path: &Path, content: &str) -> io::Result<()> {
    fs::write(path, content)?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o644))
}

/// Random secrets planted on the host where a jailed program must not find them: files in
/// /etc and /root (when root), the host /tmp, /dev/shm and /var/tmp, and an environment
/// variable of pyjail itself. Every file shares `token` in its name, so a directory listing
/// that reaches one is caught too. Removed on drop.
pub struct Canaries {
    pub secret: String,
    pub token: String,
    pub files: Vec<PathBuf>,
    pub dir: HostDir,
}

impl Canaries {
    pub fn plant() -> Canaries {
        let secret = format!("PJSECRET{}", random_hex(12));
        let token = random_hex(8);
        let dir = HostDir::new();
        let mut candidates = vec![
            dir.join(&format!("canary-{token}")),
            PathBuf::from(format!("/dev/shm/pyjail-canary-{token}")),
            PathBuf::from(format!("/var/tmp/pyjail-canary-{token}")),
        ];
        if is_root() {
            candidates.push(PathBuf::from(format!("/etc/pyjail-canary-{token}")));
            candidates.push(PathBuf::from(format!("/root/pyjail-canary-{token}")));
        }
        let mut files = Vec::new();
        for path in candidates {
            write_world_readable(&path, &format!("{secret}\n"))
                .unwrap_or_else(|e| panic!("plant canary {}: {e}", path.display()));
            files.push(path);
        }
        Canaries {
            secret,
            token,
            files,
            dir,
        }
    }

    /// The pyjail process's own environment variable holding the secret.
    pub fn env(&self) -> (String, String) {
        (format!("PYJAIL_CANARY_{}", self.token), self.secret.clone())
    }

    pub fn hex_paths(&self) -> Vec<String> {
        self.files
            .iter()
            .map(|p| hex(&p.to_string_lossy()))
            .collect()
    }

    /// Neither the secret nor a canary's name appears anywhere in what the run printed.
    pub fn assert_not_leaked(&self, out: &Outcome) {
        for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !text.contains(&self.secret),
                "a canary secret planted on the host leaked into the jailed program's {stream}:\n{out}"
            );
            assert!(
                !text.contains(&self.token),
                "a canary file's name (planted on the host) showed up in the jailed program's \
                 {stream}: the host filesystem or environment is visible:\n{out}"
            );
        }
        for line in host_password_hashes() {
            assert!(
                !out.stdout.contains(&line),
                "the host's /etc/shadow leaked into the jail:\n{out}"
            );
        }
    }
}

impl Drop for Canaries {
    fn drop(&mut self) {
        for file in &self.files {
            let _ = fs::remove_file(file);
        }
    }
}

/// Lines of the host's /etc/shadow that carry a real password hash (empty when unreadable).
fn host_password_hashes() -> Vec<String> {
    fs::read_to_string("/etc/shadow")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.split(':').nth(1).is_some_and(|h| h.starts_with('$')))
        .map(str::to_string)
        .collect()
}

/// The host's own addresses: loopback and every configured interface address (link-local
/// IPv6 left out: it needs a scope id to be reachable at all).
pub fn host_addresses() -> Vec<IpAddr> {
    let mut addrs: Vec<IpAddr> = vec!["127.0.0.1".parse().unwrap()];
    if TcpListener::bind("[::1]:0").is_ok() {
        addrs.push("::1".parse().unwrap());
    }
    let out = Command::new("ip").args(["-o", "addr", "show"]).output();
    if let Ok(out) = out {
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let mut words = line.split_whitespace();
            while let Some(word) = words.next() {
                if word == "inet" || word == "inet6" {
                    let addr = words.next().unwrap_or("").split('/').next().unwrap_or("");
                    if let Ok(ip) = addr.parse::<IpAddr>() {
                        let link_local =
                            matches!(ip, IpAddr::V6(v6) if (v6.segments()[0] & 0xffc0) == 0xfe80);
                        if !link_local && !addrs.contains(&ip) {
                            addrs.push(ip);
                        }
                    }
                }
            }
        }
    }
    addrs
}

/// Something listening on the host that counts who reached it (and what they sent).
pub struct Trap {
    pub spec: String,
    pub what: String,
    hits: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Trap {
    fn start(
        spec: String,
        what: String,
        mut poll: impl FnMut() -> Option<String> + Send + 'static,
    ) -> Trap {
        let hits = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (h, s) = (hits.clone(), stop.clone());
        let thread = thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                match poll() {
                    Some(hit) => h.lock().unwrap().push(hit),
                    None => thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Trap {
            spec,
            what,
            hits,
            stop,
            thread: Some(thread),
        }
    }

    /// A TCP listener on `ip`, on a free port.
    pub fn tcp(ip: IpAddr) -> io::Result<Trap> {
        let listener = TcpListener::bind(SocketAddr::new(ip, 0))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        Ok(Trap::start(
            format!("tcp:{}:{}", ip, addr.port()),
            format!("TCP listener on the host's {addr}"),
            move || match listener.accept() {
                Ok((mut stream, peer)) => {
                    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
                    let mut got = vec![0u8; 256];
                    let n = stream.read(&mut got).unwrap_or(0);
                    Some(format!(
                        "connection from {peer}: {:?}",
                        String::from_utf8_lossy(&got[..n])
                    ))
                }
                Err(_) => None,
            },
        ))
    }

    /// A UDP socket on `ip`, on a free port.
    pub fn udp(ip: IpAddr) -> io::Result<Trap> {
        let socket = UdpSocket::bind(SocketAddr::new(ip, 0))?;
        socket.set_nonblocking(true)?;
        let addr = socket.local_addr()?;
        Ok(Trap::start(
            format!("udp:{}:{}", ip, addr.port()),
            format!("UDP socket on the host's {addr}"),
            move || {
                let mut got = vec![0u8; 256];
                socket.recv_from(&mut got).ok().map(|(n, peer)| {
                    format!(
                        "datagram from {peer}: {:?}",
                        String::from_utf8_lossy(&got[..n])
                    )
                })
            },
        ))
    }

    /// A unix socket in the abstract namespace (scoped by network namespace).
    pub fn unix_abstract(name: &str) -> io::Result<Trap> {
        use std::os::linux::net::SocketAddrExt;
        let addr = std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes())?;
        let listener = UnixListener::bind_addr(&addr)?;
        Ok(Trap::unix(
            listener,
            format!("unix-abstract:{}", hex(name)),
            format!("abstract unix socket @{name}"),
        ))
    }

    /// A unix socket file on the host, connectable by every user.
    pub fn unix_path(path: &Path) -> io::Result<Trap> {
        let listener = UnixListener::bind(path)?;
        fs::set_permissions(path, fs::Permissions::from_mode(0o777))?;
        Ok(Trap::unix(
            listener,
            format!("unix-path:{}", hex(&path.to_string_lossy())),
            format!("unix socket {}", path.display()),
        ))
    }

    fn unix(listener: UnixListener, spec: String, what: String) -> Trap {
        listener
            .set_nonblocking(true)
            .expect("nonblocking unix listener");
        Trap::start(spec, what, move || match listener.accept() {
            Ok((mut stream, _)) => {
                let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
                let mut got = vec![0u8; 256];
                let n = stream.read(&mut got).unwrap_or(0);
                Some(format!(
                    "connection: {:?}",
                    String::from_utf8_lossy(&got[..n])
                ))
            }
            Err(_) => None,
        })
    }

    pub fn hits(&self) -> Vec<String> {
        thread::sleep(Duration::from_millis(100)); // a late connection still counts
        self.hits.lock().unwrap().clone()
    }
}

impl Drop for Trap {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A host process (`sleep 300`) that attacks on host processes must not be able to kill.
pub struct Sentinel {
    child: Child,
}

impl Sentinel {
    pub fn spawn() -> Sentinel {
        let child = Command::new("sleep")
            .arg("300")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start sentinel sleep");
        Sentinel { child }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Sentinel {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Pids of host processes whose command line contains `marker`, or whose name is the marker
/// (attack programs set their name to it as well).
pub fn marker_pids(marker: &str) -> Vec<u32> {
    let me = std::process::id();
    let comm_marker = &marker[..marker.len().min(15)];
    let mut pids = Vec::new();
    for pid in all_pids() {
        if pid == me {
            continue;
        }
        let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let comm = fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        if String::from_utf8_lossy(&cmdline).contains(marker) || comm.trim() == comm_marker {
            pids.push(pid);
        }
    }
    pids
}

pub fn all_pids() -> Vec<u32> {
    fs::read_dir("/proc")
        .map(|d| {
            d.flatten()
                .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
                .collect()
        })
        .unwrap_or_default()
}

/// `/proc/<pid>/status` as (field, value) pairs.
pub fn proc_status(pid: u32) -> Vec<(String, String)> {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.to_string(), v.trim().to_string()))
        .collect()
}

pub fn status_field(status: &[(String, String)], field: &str) -> String {
    status
        .iter()
        .find(|(k, _)| k == field)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Fields of `/proc/<pid>/stat` after the command name (field 3 onwards, so index 0 is state).
pub fn proc_stat_fields(pid: u32) -> Vec<String> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    stat.rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

pub fn namespace(pid: &str, ns: &str) -> Option<PathBuf> {
    fs::read_link(format!("/proc/{pid}/ns/{ns}")).ok()
}

/// What on the host could be left behind by a run and carries pyjail's name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct HostState {
    mounts: BTreeSet<String>,
    cgroups: BTreeSet<PathBuf>,
    temp_entries: BTreeSet<PathBuf>,
}

/// Our own test directories and canaries carry these prefixes; anything else named pyjail* in a
/// temp directory was made by pyjail.
const OWN_PREFIXES: [&str; 2] = ["pyjail-test", "pyjail-canary"];
/// pyjail's host-id lock directories (`jail/src/ids.rs`): made by the first run, kept for later
/// ones by design.
const LOCK_DIRS: [&str; 2] = ["/run/pyjail", "pyjail-ids"];

impl HostState {
    pub fn capture() -> HostState {
        HostState {
            mounts: pyjail_mounts(),
            cgroups: pyjail_cgroups(),
            temp_entries: pyjail_temp_entries(),
        }
    }

    /// What appeared since `before` and belongs to the run whose processes had `run_pids`:
    /// a pyjail cgroup is left over when nobody holds its lock; any other name that embeds a
    /// number belongs to the run only if one of its numbers is one of the run's pids, so that a
    /// concurrent test elsewhere on the machine (`/tmp/pyjail-config-<its pid>`) is not blamed.
    fn new_since(&self, before: &HostState, run_pids: &BTreeSet<u32>) -> Vec<String> {
        let ours = |name: &str| {
            let numbers: Vec<u32> = name
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| n.len() >= 2)
                .filter_map(|n| n.parse().ok())
                .collect();
            numbers.is_empty() || numbers.iter().any(|n| run_pids.contains(n))
        };
        let last = |p: &PathBuf| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let mut found = Vec::new();
        found.extend(
            self.mounts
                .difference(&before.mounts)
                .map(|m| format!("mount: {m}")),
        );
        found.extend(
            self.cgroups
                .difference(&before.cgroups)
                .filter(|c| {
                    if is_random_cgroup_name(&last(c)) {
                        nobody_holds(c)
                    } else {
                        ours(&last(c))
                    }
                })
                .map(|c| format!("cgroup: {}", c.display())),
        );
        found.extend(
            self.temp_entries
                .difference(&before.temp_entries)
                .filter(|t| ours(&last(t)))
                .map(|t| format!("temp entry: {}", t.display())),
        );
        found
    }
}

/// `pyjail-<8 hex digits>-<16 hex digits>`: pyjail's cgroup names (`jail/src/cgroup.rs`).
fn is_random_cgroup_name(name: &str) -> bool {
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_hexdigit());
    name.strip_prefix("pyjail-")
        .and_then(|rest| rest.split_once('-'))
        .is_some_and(|(boot, random)| hex(boot, 8) && hex(random, 16))
}

/// No pyjail holds the cgroup's lock (a running one does, for its whole run): a leftover, never
/// a concurrent test's live jail.
fn nobody_holds(cgroup: &Path) -> bool {
    Command::new("flock")
        .args(["--nonblock", "--conflict-exit-code", "3"])
        .arg(cgroup)
        .arg("true")
        .status()
        .is_ok_and(|s| s.success())
}

fn pyjail_mounts() -> BTreeSet<String> {
    fs::read_to_string("/proc/self/mountinfo")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.to_lowercase().contains("pyjail"))
        .map(str::to_string)
        .collect()
}

fn pyjail_cgroups() -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    walk_cgroups(Path::new("/sys/fs/cgroup"), 0, &mut found);
    found
}

fn walk_cgroups(dir: &Path, depth: usize, found: &mut BTreeSet<PathBuf>) {
    if depth > 8 {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            continue;
        }
        let path = entry.path();
        if entry
            .file_name()
            .to_string_lossy()
            .to_lowercase()
            .contains("pyjail")
        {
            found.insert(path.clone());
        }
        walk_cgroups(&path, depth + 1, found);
    }
}

fn pyjail_temp_entries() -> BTreeSet<PathBuf> {
    let mut dirs: Vec<PathBuf> = ["/tmp", "/var/tmp", "/dev/shm", "/run"]
        .iter()
        .map(PathBuf::from)
        .collect();
    dirs.push(std::env::temp_dir());
    dirs.push(PathBuf::from(format!("/run/user/{}", super::euid())));
    if let Some(xdg) = std::env::var_os("XDG_RUNTIME_DIR") {
        dirs.push(PathBuf::from(xdg));
    }
    let mut found = BTreeSet::new();
    for dir in dirs {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_lowercase();
            let lock_dir = LOCK_DIRS
                .iter()
                .any(|d| entry.path() == Path::new(d) || name.starts_with(d));
            if name.contains("pyjail")
                && !lock_dir
                && !OWN_PREFIXES.iter().any(|p| name.starts_with(p))
            {
                found.insert(entry.path());
            }
        }
    }
    found
}

/// Zombies the run produced: processes of the run (seen with its marker) or children of them
/// or of this test process, left unreaped.
fn zombies(run_pids: &BTreeSet<u32>) -> Vec<String> {
    let me = std::process::id();
    all_pids()
        .into_iter()
        .filter_map(|pid| {
            let comm = fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
            let stat = proc_stat_fields(pid);
            let state = stat.first()?;
            let ppid: u32 = stat.get(1)?.parse().ok()?;
            let ours = run_pids.contains(&pid) || run_pids.contains(&ppid) || ppid == me;
            (state == "Z" && ours)
                .then(|| format!("zombie {pid} ({}) of parent {ppid}", comm.trim()))
        })
        .collect()
}

/// After an exclusive run: no jailed process alive (found by marker), and, compared with the
/// state before the run, no new mount, cgroup or temp entry named pyjail, no zombie. Gives the
/// host 3 s to settle: pyjail's reaper (`jail/src/teardown.rs`), which finishes the jail's
/// teardown after pyjail has exited, carries the marker in its command line, so this waits
/// for it.
pub fn assert_nothing_left(out: &Outcome) {
    let before = out
        .host_before
        .as_ref()
        .expect("leftover checks need an exclusive run (Jail::exclusive)");
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let mut left: Vec<String> = marker_pids(&out.marker)
            .into_iter()
            .map(|pid| {
                let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                format!(
                    "process {pid} still running: {}",
                    String::from_utf8_lossy(&cmdline).replace('\0', " ")
                )
            })
            .collect();
        left.extend(HostState::capture().new_since(before, &out.run_pids));
        left.extend(zombies(&out.run_pids));
        for line in out.stderr.lines().filter(|l| l.contains("GUARD-LEFTOVER")) {
            left.push(format!(
                "jailed processes alive after pyjail returned: {line}"
            ));
        }
        if left.is_empty() {
            return;
        }
        if Instant::now() >= deadline {
            kill_marker_processes(&out.marker);
            panic!(
                "the run left things behind on the host:\n  {}\n{out}",
                left.join("\n  ")
            );
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// What a process tree that is not a `pyjail run` (`pyjail serve`, its helpers and jails) left
/// since `before`: processes of `pids` still alive, new mounts, cgroups nobody holds, temp
/// entries, zombies. Waits up to `within` for the host to settle; empty when nothing is left.
pub fn leftovers_since(before: &HostState, pids: &BTreeSet<u32>, within: Duration) -> Vec<String> {
    let deadline = Instant::now() + within;
    loop {
        let mut left: Vec<String> = pids
            .iter()
            .filter(|pid| {
                fs::read_to_string(format!("/proc/{pid}/stat"))
                    .is_ok_and(|stat| !stat.contains(") Z "))
            })
            .map(|pid| {
                let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                format!(
                    "process {pid} still running: {}",
                    String::from_utf8_lossy(&cmdline).replace('\0', " ")
                )
            })
            .collect();
        left.extend(HostState::capture().new_since(before, pids));
        left.extend(zombies(pids));
        if left.is_empty() || Instant::now() >= deadline {
            return left;
        }
        thread::sleep(Duration::from_millis(100));
    }
}

/// Cleanup after a failed test: SIGKILL every process carrying the marker.
pub fn kill_marker_processes(marker: &str) {
    for pid in marker_pids(marker) {
        let _ = Command::new("kill")
            .args(["-s", "KILL", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
}

/// Cleanup after a run pyjail could not clean up itself (SIGKILL): removes the empty cgroups
/// named pyjail* that appeared since the run started, deepest first.
pub fn remove_new_pyjail_cgroups(out: &Outcome) {
    let Some(before) = &out.host_before else {
        return;
    };
    let mut new: Vec<PathBuf> = pyjail_cgroups()
        .difference(&before.cgroups)
        .cloned()
        .collect();
    new.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    for dir in new {
        let _ = fs::remove_dir(dir);
    }
}

/// Time the host needs to start and finish `/bin/true`: the host stays responsive.
pub fn host_fork_latency() -> Duration {
    let started = Instant::now();
    let _ = Command::new("/bin/true").status();
    started.elapsed()
}

/// Nobody holds `path`'s lock (`flock -n` gets it), or it is gone.
pub fn unlocked(path: &Path) -> bool {
    !path.exists()
        || Command::new("flock")
            .args(["--nonblock", "--conflict-exit-code", "3"])
            .arg(path)
            .arg("true")
            .status()
            .is_ok_and(|s| s.success())
}

/// Whether `check` holds within `within`, asked every 50 ms.
pub fn eventually(within: Duration, mut check: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + within;
    loop {
        if check() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
