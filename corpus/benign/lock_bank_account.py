"""Lesson: a lock prevents lost updates when threads share a balance."""
import threading


class Account:
    def __init__(self):
        self.balance = 0
        self._lock = threading.Lock()

    def deposit(self, n):
        with self._lock:
            self.balance += n


acct = Account()
workers = [threading.Thread(target=lambda: [acct.deposit(1) for _ in range(10_000)]) for _ in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(acct.balance)
