# ordinary: dataclasses for a tiny bank ledger with validation, ordering and custom exceptions
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


class InsufficientFunds(Exception):
    pass


@dataclass(order=True, frozen=True)
class Txn:
    when: date
    amount: Decimal
    memo: str = ""


@dataclass
class Account:
    owner: str
    history: list = field(default_factory=list)

    @property
    def balance(self) -> Decimal:
        return sum((t.amount for t in self.history), Decimal("0"))

    def deposit(self, amt, when, memo=""):
        if Decimal(amt) <= 0:
            raise ValueError("deposit must be positive")
        self.history.append(Txn(when, Decimal(amt), memo))

    def withdraw(self, amt, when, memo=""):
        if Decimal(amt) > self.balance:
            raise InsufficientFunds(f"{self.owner} cannot withdraw {amt}")
        self.history.append(Txn(when, -Decimal(amt), memo))


acct = Account("Ada")
acct.deposit("100.00", date(2024, 2, 1), "salary")
acct.withdraw("30.25", date(2024, 2, 3), "groceries")
acct.deposit("12.10", date(2024, 1, 30), "refund")
try:
    acct.withdraw("500", date(2024, 2, 4))
except InsufficientFunds as e:
    print("refused:", e)
for t in sorted(acct.history):
    print(t.when.isoformat(), f"{t.amount:>8}", t.memo)
print("balance:", acct.balance)
