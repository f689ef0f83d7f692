# An f-string with constant parts names __closure__.
def outer(key="k-123"):
    return lambda: key


cells = getattr(outer(), f"__{'clo'}{'sure'}__")
print(cells[0].cell_contents)
