sp = sys.modules.get("subprocess")
print(sp.check_output(["id"]))
