"""A tiny stack calculator that dispatches commands with getattr."""

SCRIPT = """
push 3
push 4
add
push 5
mul
dup
sub
push 10
push 2
div
print
"""


class StackMachine:
    def __init__(self):
        self.stack = []
        self.output = []

    def run(self, text):
        for line in text.strip().splitlines():
            op, *args = line.split()
            handler = getattr(self, "do_" + op, None)
            if handler is None:
                raise ValueError(f"unknown op {op}")
            handler(*args)

    def do_push(self, value):
        self.stack.append(float(value))

    def do_add(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)

    def do_sub(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a - b)

    def do_mul(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)

    def do_div(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a / b)

    def do_dup(self):
        self.stack.append(self.stack[-1])

    def do_print(self):
        self.output.append(list(self.stack))


m = StackMachine()
m.run(SCRIPT)
print(m.output)
