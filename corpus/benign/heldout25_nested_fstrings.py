"""Report formatting that relies on PEP 701 f-strings (Python 3.12+):
reused quotes inside replacement fields, backslashes in expressions,
comments and nesting inside multi-line f-strings."""

scores = {"alice": [88, 92, 79], "bob": [71, 65, 80], "chandra": [95, 98, 91]}
width = max(map(len, scores)) + 2

rows = [
    f"{name:<{width}}{" ".join(f"{s:>4}" for s in marks)}  avg={sum(marks) / len(marks):6.2f}"
    for name, marks in scores.items()
]
print(f"{"\n".join(rows)}")

best = max(scores, key=lambda n: sum(scores[n]))
print(f"best student: {f"{best!r}".upper()} with {f"{sum(scores[best]):,}"} points")

table = f"""{
    "|".join(
        f"{h:^9}"  # centred header cells
        for h in ["name", "min", "max"]
    )
}
{"\n".join(
    f"{n:^9}|{min(m):^9}|{max(m):^9}"  # one row per student
    for n, m in sorted(scores.items())
)}"""
print(table)

config = {"sep": ", ", "items": ["x", "y", "z"]}
print(f"joined: {config["sep"].join(config["items"])}")
print(f"{"nested " + f"{"levels " + f"{"of " + f"{"quotes"}"}"}"}")
tab_report = f"{"\t".join(str(len(m)) for m in scores.values())}"
print("tab separated counts:", tab_report.split("\t"))
