# Python 3.12+ (PEP 701): the walk hides in an f-string nested in an f-string with the
# same quote character, which older parsers refused (so the file went unlinted).
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{"nested"}"}")
leak = f"{f"{().__class__.__base__.__subclasses__()}"}"
