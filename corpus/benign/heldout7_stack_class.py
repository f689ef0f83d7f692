# ordinary: small stack class with push/pop and __len__
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
for ch in "abc":
    s.push(ch)
print(s.pop(), len(s))
