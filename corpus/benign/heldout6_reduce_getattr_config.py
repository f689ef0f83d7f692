# ordinary: reads nested settings from the program's own config objects with functools.reduce(getattr, "a.b.c".split(".")) map(getattr, ...) over its own records and functools.partial(getattr, ...)
import functools
from types import SimpleNamespace

config = SimpleNamespace(
    grading=SimpleNamespace(late=SimpleNamespace(penalty=0.1, grace_hours=2), max_points=100),
    ui=SimpleNamespace(theme="light"),
)


def setting(path, default=None):
    try:
        return functools.reduce(getattr, path.split("."), config)
    except AttributeError:
        return default


for key in ["grading.late.penalty", "grading.max_points", "ui.theme", "ui.font.size"]:
    print(f"{key:22s} -> {setting(key, 'n/a')}")

rows = [SimpleNamespace(name="Ana", mark=91), SimpleNamespace(name="Bo", mark=78)]
print("names:", list(map(getattr, rows, ["name"] * len(rows))))
ui_setting = functools.partial(getattr, config.ui)
print("theme via partial:", ui_setting("theme"), "| font:", ui_setting("font", "default"))
