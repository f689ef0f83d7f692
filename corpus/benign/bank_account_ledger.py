"""A bank account with a transaction ledger and interest."""
from datetime import date


class Transaction:
    def __init__(self, when, amount, memo):
        self.when, self.amount, self.memo = when, amount, memo

    def __repr__(self):
        return f"{self.when} {self.amount:>+9.2f} {self.memo}"


class Account:
    def __init__(self, owner, rate=0.02):
        self.owner = owner
        self.rate = rate
        self.ledger = []

    @property
    def balance(self):
        return round(sum(t.amount for t in self.ledger), 2)

    def deposit(self, amount, memo="deposit", when=None):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.ledger.append(Transaction(when or date.today(), amount, memo))

    def withdraw(self, amount, memo="withdrawal", when=None):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.ledger.append(Transaction(when or date.today(), -amount, memo))

    def add_interest(self, when):
        self.deposit(round(self.balance * self.rate / 12, 2), "monthly interest", when)


acct = Account("Rosa")
acct.deposit(1000, "opening", date(2024, 1, 1))
acct.withdraw(250, "rent", date(2024, 1, 3))
acct.add_interest(date(2024, 1, 31))
for t in acct.ledger:
    print(t)
print("balance:", acct.balance)
