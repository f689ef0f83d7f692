"""List the public methods of a class with their signatures and first doc line."""
import inspect


class Account:
    def deposit(self, amount: float) -> None:
        """Add money to the account."""

    def withdraw(self, amount: float, *, fee: float = 0.0) -> bool:
        """Take money out if the balance allows it."""

    def _audit(self):
        """Internal."""


for name, member in inspect.getmembers(Account, inspect.isfunction):
    if name.startswith("_"):
        continue
    doc = (inspect.getdoc(member) or "").splitlines()[0]
    print(f"{name}{inspect.signature(member)}  # {doc}")
