# run_path executes any file as a script.
import runpy

result = runpy.run_path("/tmp/dropped.py")
print(sorted(result))
