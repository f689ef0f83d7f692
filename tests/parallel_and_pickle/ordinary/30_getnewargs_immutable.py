"""An immutable tuple subclass of our own: pickle needs __getnewargs_ex__ to call __new__ right."""
import pickle


class Money(tuple):
    def __new__(cls, amount, *, currency="EUR"):
        return super().__new__(cls, (round(amount, 2), currency))

    def __getnewargs_ex__(self):
        return (self[0],), {"currency": self[1]}

    @property
    def amount(self):
        return self[0]

    def __add__(self, other):
        if self[1] != other[1]:
            raise ValueError("currency mismatch")
        return Money(self[0] + other[0], currency=self[1])

    def __repr__(self):
        return f"{self[0]:.2f} {self[1]}"


if __name__ == "__main__":
    wallet = [Money(10.5), Money(3.25, currency="USD"), Money(1.999)]
    for proto in (2, 4, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(wallet, protocol=proto))
        print(f"protocol {proto}:", back, [type(m).__name__ for m in back])
    print("sum EUR:", wallet[0] + wallet[2])
