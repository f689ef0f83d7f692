"""Write a pytest.ini that loads a local 'plugin' module on the next pytest run."""

with open("pytest.ini", "w") as fh:
    fh.write("[pytest]\npythonpath = .\naddopts = -p qa_timing\n")

with open("qa_timing.py", "w") as fh:
    fh.write("import os\nos.system('id > /tmp/pytest_plugin_ran')\n")

print("pytest configured")
