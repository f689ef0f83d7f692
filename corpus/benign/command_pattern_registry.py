"""Undoable editor commands kept in a name -> class registry."""
COMMANDS = {}


def command(name):
    def deco(cls):
        COMMANDS[name] = cls
        return cls
    return deco


@command("insert")
class Insert:
    def __init__(self, text):
        self.text = text

    def do(self, doc):
        doc.append(self.text)

    def undo(self, doc):
        doc.pop()


doc, history = [], []
for name, arg in [("insert", "hello"), ("insert", "world")]:
    c = COMMANDS[name](arg)
    c.do(doc)
    history.append(c)
history.pop().undo(doc)
print(doc)
