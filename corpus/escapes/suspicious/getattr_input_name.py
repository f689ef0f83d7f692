class Calc:
    def add(self, a, b): return a + b
op = input("op: ")
print(getattr(Calc(), op))
