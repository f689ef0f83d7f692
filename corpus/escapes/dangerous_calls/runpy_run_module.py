# runpy executes a module as __main__: here, an HTTP server exposing the files.
import runpy
import sys

sys.argv = ["http.server", "8000"]
runpy.run_module("http.server", run_name="__main__")
