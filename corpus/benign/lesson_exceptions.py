"""Raising, catching and defining exceptions."""


class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account("sam", 100)
for amount in (30, -5, 500, 20):
    try:
        left = acct.withdraw(amount)
    except InsufficientFunds as err:
        print("refused:", err, "| short by", err.amount - err.balance)
    except ValueError as err:
        print("bad input:", err)
    else:
        print(f"withdrew {amount}, {left} left")
    finally:
        print("-- transaction done")

try:
    int("forty")
except ValueError as exc:
    print(type(exc).__name__, exc.args)
