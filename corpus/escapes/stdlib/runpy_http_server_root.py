# expect: stdlib; runpy.run_module starts http.server as __main__ serving "/" to the network
import runpy
import sys

sys.argv = ["http.server", "--bind", "0.0.0.0", "--directory", "/", "8088"]
runpy.run_module("http.server", run_name="__main__", alter_sys=True)
