"""A generated validation script signals failure with its exit code; the parent handles CalledProcessError."""
import os
import subprocess
import sys
import tempfile

VALIDATOR = '''\
import json, sys
doc = json.load(open(sys.argv[1]))
missing = [k for k in ("name", "version") if k not in doc]
if missing:
    print("missing:", ",".join(missing), file=sys.stderr)
    sys.exit(3)
print("ok", doc["name"], doc["version"])
'''

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        validator = os.path.join(tmp, "validate.py")
        with open(validator, "w") as fh:
            fh.write(VALIDATOR)
        cases = {"good.json": '{"name": "demo", "version": "1.0"}', "bad.json": '{"name": "demo"}'}
        for fname, content in cases.items():
            path = os.path.join(tmp, fname)
            with open(path, "w") as fh:
                fh.write(content)
            try:
                res = subprocess.run([sys.executable, validator, path], capture_output=True,
                                     text=True, check=True, timeout=10)
                print(fname, "->", res.stdout.strip())
            except subprocess.CalledProcessError as exc:
                print(fname, "-> failed with code", exc.returncode, "|", exc.stderr.strip())
