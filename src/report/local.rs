//! Audit events that count against nobody: those about the jail's own business
//! (whoever raised them, their effect stays inside the jail), and a library's ctypes
//! views of memory it already holds. Each judgement
//! reads the event's arguments, which the program can forge; a forged event can only
//! make the report quieter about what the kernel still holds (the jail decides
//! nothing from these).

use analyzer::Capability;
use jail::telemetry::Event;
use serde_json::Value;

/// Whether `event` (of `capability`) stays inside the jail.
pub(super) fn stays_in_the_jail(event: &Event, capability: Option<Capability>) -> bool {
    let name = event.event.as_str();
    let first = event.args.get(0);
    match capability {
        Some(Capability::Network) => match name {
            "socket.gethostname" => true,
            // AF_UNIX: a unix socket reaches only what the jail's root holds.
            "socket.__new__" => event.args.get(1) == Some(&1.into()),
            "socket.bind" | "socket.connect" => {
                event.args.get(1).is_some_and(unix_address_in_the_jail)
            }
            // On a connected socket (no address) the connection was judged when it
            // was made: its `connect`, `bind` or `socketpair`.
            "socket.sendmsg" | "socket.sendto" => match event.args.get(1) {
                None | Some(Value::Null) => true,
                Some(address) => unix_address_in_the_jail(address),
            },
            _ => false,
        },
        // A fork starts no other program: the child runs the program's own code,
        // raises its own events, and the kernel records any program it starts; the
        // pids limit bounds how many there are.
        Some(Capability::Process) => name == "os.fork" || super::ENVIRONMENT_EVENTS.contains(&name),
        Some(Capability::Signal) => match name {
            // In the jail's pid namespace every process but pid 1 (the jail's init) is
            // the program or one of its children; 0 and negative ids name groups, which
            // include pid 1's.
            "os.kill" | "os.killpg" => first.and_then(Value::as_i64).is_some_and(|id| id >= 2),
            // A thread of the calling process only.
            "signal.pthread_kill" => true,
            _ => false,
        },
        Some(Capability::FilesystemWrite) => first
            .and_then(Value::as_str)
            .is_some_and(writable_as_the_program_likes),
        // Rebuilding the program's own objects and the standard value types.
        Some(Capability::Native) if name == "pickle.find_class" => {
            match (
                first.and_then(Value::as_str),
                event.args.get(1).and_then(Value::as_str),
            ) {
                (Some(module), Some(global)) => analyzer::is_plain_data_global(module, global),
                _ => false,
            }
        }
        _ => false,
    }
}

/// A ctypes event that only views memory a Python object already holds:
/// `from_buffer` over a bytearray or an mmap (`ctypes.cdata/buffer`, then
/// `ctypes.cdata` at the address it just named, from the same thread) and
/// the address of a ctypes object (`ctypes.addressof`). This is how
/// `multiprocessing.Value` and `Array` lay their values in shared memory;
/// loading a library, calling C, or reading at an address of the caller's
/// choosing (`from_address`, `string_at`) is not among them.
pub(super) fn view_of_a_buffer(event: &Event, previous: Option<&Event>) -> bool {
    match event.event.as_str() {
        "ctypes.cdata/buffer" | "ctypes.addressof" => true,
        "ctypes.cdata" => previous.is_some_and(|p| {
            p.event == "ctypes.cdata/buffer"
                && p.seq + 1 == event.seq
                && (p.pid, p.tid) == (event.pid, event.tid)
                && p.args.get(0).is_some()
                && p.args.get(0) == event.args.get(0)
        }),
        _ => false,
    }
}

/// A unix socket address inside the jail: an abstract name (the jail has a network
/// namespace of its own) or a path where the program writes as it likes (the jail's own
/// `/work` and `/tmp`, never a host directory).
fn unix_address_in_the_jail(address: &Value) -> bool {
    let text = match address {
        Value::String(text) => text.as_str(),
        Value::Object(fields) => match fields.get("bytes").or_else(|| fields.get("str")) {
            Some(Value::String(text)) => text.as_str(),
            _ => return false,
        },
        _ => return false,
    };
    text.starts_with('\0') || (!text.is_empty() && writable_as_the_program_likes(text))
}

/// A path the jail lets the program write as it likes, judged as the kernel's record
/// judges it (`jail::watched::place_of`): relative (the program runs in /work) or under
/// /work or /tmp, a harmless device or the program's own descriptors, and in /work's hidden
/// entries anything but start-up files and keys.
fn writable_as_the_program_likes(path: &str) -> bool {
    use jail::outcome::Place;
    let absolute = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{}/{path}", jail::rootfs::WORK_DIR)
    };
    match jail::watched::place_of(&absolute) {
        Place::Writable => true,
        Place::HiddenInHome => super::watched::home_file_class(&absolute).is_none(),
        Place::Outside | Place::Unknown => false,
    }
}
