# setattr/getattr with folded names swap a function's code object.
def trusted():
    return 0


def evil():
    return __name__


setattr(trusted, "__co" + "de__", getattr(evil, "__" + "code__"))
print(trusted())
