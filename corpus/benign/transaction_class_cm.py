"""A class-based context manager that commits or rolls back an in-memory transaction."""


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
        return False


accounts = {"alice": 100, "bob": 20}
try:
    with Transaction(accounts) as acc:
        acc["alice"] -= 50
        acc["bob"] += 50
        raise RuntimeError("network dropped")
except RuntimeError:
    pass
print(accounts)
