# ordinary: a Money value class implements __format__ so f-strings accept custom specs such as {price:eur} or {price:usd.0}
from decimal import ROUND_HALF_UP, Decimal


class Money:
    SYMBOLS = {"eur": "€", "usd": "$", "gbp": "£"}

    def __init__(self, amount):
        self.amount = Decimal(str(amount))

    def __format__(self, spec):
        if not spec:
            return str(self.amount)
        currency, _, places = spec.partition(".")
        places = int(places) if places else 2
        quant = Decimal(1).scaleb(-places)
        value = self.amount.quantize(quant, rounding=ROUND_HALF_UP)
        return f"{self.SYMBOLS.get(currency, currency)}{value:,}"


price = Money(1234.5678)
print(f"{price}")
print(f"{price:eur}")
print(f"{price:usd.0}")
print("{:gbp.3}".format(price))
print(format(Money(2.005), "eur"))
