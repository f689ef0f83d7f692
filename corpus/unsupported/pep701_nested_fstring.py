# Python 3.12+ only (PEP 701): an f-string nested in an f-string with the same
# quote character. rustpython-parser 0.4 and CPython 3.11 reject it; the
# analyzer must report an "unsupported syntax" error, never "clean".
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{"nested"}"}")
leak = f"{f"{().__class__.__base__.__subclasses__()}"}"
