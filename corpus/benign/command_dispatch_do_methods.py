"""A scripted shell: commands map to do_* methods looked up with getattr."""
import shlex


class Shell:
    def __init__(self):
        self.vars = {}

    def run(self, line):
        parts = shlex.split(line)
        if not parts:
            return None
        handler = getattr(self, f"do_{parts[0]}", None)
        if handler is None:
            return f"unknown command: {parts[0]}"
        return handler(*parts[1:])

    def do_set(self, name, value):
        self.vars[name] = value
        return f"{name}={value}"

    def do_get(self, name):
        return self.vars.get(name, "<unset>")

    def do_help(self):
        return "commands: " + ", ".join(n[3:] for n in dir(self) if n.startswith("do_"))

    def do_echo(self, *words):
        return " ".join(words)


sh = Shell()
for line in ["help", "set colour blue", "get colour", 'echo "hello world"', "get size", "launch"]:
    print(f"> {line}\n{sh.run(line)}")
