"""Decide which editor a 'new note' command would open, without opening it."""
import os
import shlex
import shutil


def editor_command():
    for var in ("VISUAL", "EDITOR"):
        value = os.environ.get(var, "").strip()
        if value:
            return var, shlex.split(value)
    for fallback in ("nano", "vi"):
        if shutil.which(fallback):
            return "fallback", [fallback]
    return "none", []


def main():
    source, cmd = editor_command()
    if not cmd:
        print("no editor found; set $EDITOR")
        return
    path = os.path.join(os.getcwd(), "note.md")
    print(f"would run ({source}):", shlex.join(cmd + [path]))
    print("on PATH:", shutil.which(cmd[0]) or "not found")


if __name__ == "__main__":
    main()
