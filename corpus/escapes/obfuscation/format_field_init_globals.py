class User:
    def __init__(self): self.name = "x"
tpl = "Hello {u.__init__.__globals__[__builtins__]}"
print(tpl.format(u=User()))
