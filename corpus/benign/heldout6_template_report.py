# ordinary: a feedback report rendered with string.Template (substitute and safe_substitute) and written to a temporary directory
import pathlib
import string
import tempfile

REPORT = string.Template(
    "Student: $name\n"
    "Assignment: $assignment\n"
    "Score: ${score}/$total ($percent%)\n"
    "Comment: $comment\n"
)

results = [
    {"name": "Ana", "assignment": "Lab 3", "score": 18, "total": 20, "comment": "Well done"},
    {"name": "Bo", "assignment": "Lab 3", "score": 11, "total": 20, "comment": "Check edge cases"},
]

with tempfile.TemporaryDirectory() as tmp:
    out = pathlib.Path(tmp)
    for r in results:
        text = REPORT.substitute(r, percent=round(100 * r["score"] / r["total"]))
        (out / f"{r['name']}.txt").write_text(text)
    for f in sorted(out.iterdir()):
        print(f.read_text())

partial = string.Template("Dear $name, your grade is $grade").safe_substitute(name="Cy")
print(partial)
