# format_map walks to __builtins__ inside the template.
class Row:
    def show(self):
        return "row"


print("{r.show.__globals__[__builtins__]}".format_map({"r": Row()}))
