print(sys.modules["builtins"].open("/proc/1/environ", "rb").read())
