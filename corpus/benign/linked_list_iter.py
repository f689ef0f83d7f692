"""Singly linked list with __iter__, __len__, __getitem__ and __repr__."""


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self._size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._size

    def __getitem__(self, index):
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError(index)

    def __repr__(self):
        return f"{self.__class__.__name__}({list(self)})"


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[2], 3 in ll)
