"""Build a JSON report from nested records and write it to a temp file."""
import json
import tempfile
from datetime import date
from pathlib import Path

students = [
    {"name": "Ana", "scores": [88, 92, 79]},
    {"name": "Ben", "scores": [72, 65, 80]},
    {"name": "Cy", "scores": [95, 98, 91]},
]


def grade(avg):
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return letter
    return "F"


def build_report(records):
    out = []
    for rec in records:
        avg = sum(rec["scores"]) / len(rec["scores"])
        out.append({"name": rec["name"], "average": round(avg, 1), "grade": grade(avg)})
    return {"generated": date.today().isoformat(), "students": out}


report = build_report(students)
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "report.json"
    path.write_text(json.dumps(report, indent=2))
    loaded = json.loads(path.read_text())
    print(loaded["students"])
    print("bytes written:", path.stat().st_size)
