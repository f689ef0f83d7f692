"""A 'neofetch'-like system summary: parses /proc/cpuinfo, /proc/meminfo,
/proc/loadavg, /proc/uptime and /etc/os-release (all world-readable) and
prints a short table. Missing files are skipped."""
import platform


def read_kv(path, sep=":"):
    data = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if sep in line:
                    key, _, value = line.partition(sep)
                    data.setdefault(key.strip(), value.strip().strip('"'))
    except OSError as exc:
        print(f"(skipping {path}: {exc.strerror})")
    return data


def first_line(path):
    try:
        with open(path) as fh:
            return fh.readline().strip()
    except OSError:
        return "n/a"


if __name__ == "__main__":
    cpu = read_kv("/proc/cpuinfo")
    mem = read_kv("/proc/meminfo")
    osr = read_kv("/etc/os-release", sep="=")
    try:
        osr2 = platform.freedesktop_os_release()
    except OSError:
        osr2 = {}
    print("OS      ", osr.get("PRETTY_NAME") or osr2.get("PRETTY_NAME", "unknown"))
    print("CPU     ", cpu.get("model name", "unknown"))
    print("Memory  ", mem.get("MemTotal", "unknown"))
    print("Load    ", " ".join(first_line("/proc/loadavg").split()[:3]))
    up = first_line("/proc/uptime").split()
    print("Uptime  ", f"{float(up[0]) / 3600:.1f} h" if up and up[0] != "n/a" else "n/a")
