"""Everyday string cleanup: strip, replace, lower, join, split, translate,
removeprefix (all on ordinary data)."""
import string

raw = "  Hello,   World!  This is   a TEST.  "
collapsed = " ".join(raw.split())
print(collapsed.lower(), collapsed.upper(), collapsed.title())
no_punct = collapsed.translate(str.maketrans("", "", string.punctuation))
print(no_punct, no_punct.replace("TEST", "demo"))

paths = ["src/app.py", "src/util.py", "tests/test_app.py"]
print([p.removeprefix("src/") for p in paths])
print([p.removesuffix(".py").rsplit("/", 1)[-1] for p in paths])
print("-".join(["2024", "03", "29"]), "a,b,,c".split(","), "x".center(7, "*"))
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
