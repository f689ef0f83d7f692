import runpy, sys
sys.argv = ["pip", "install", "evilpkg"]
runpy.run_module("pip", run_name="__main__")
