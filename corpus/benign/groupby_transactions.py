"""Group transactions by day with itertools.groupby."""
from datetime import datetime
from itertools import groupby
from operator import itemgetter

transactions = [
    ("2024-03-01T09:15", "coffee", -3.20),
    ("2024-03-01T12:40", "lunch", -11.50),
    ("2024-03-01T18:00", "salary", 2500.00),
    ("2024-03-02T08:55", "coffee", -3.20),
    ("2024-03-02T19:30", "groceries", -64.10),
    ("2024-03-03T10:05", "books", -23.99),
]


def day_of(tx):
    return datetime.fromisoformat(tx[0]).date()


def daily_totals(txs):
    txs = sorted(txs, key=itemgetter(0))
    for day, items in groupby(txs, key=day_of):
        items = list(items)
        yield day, len(items), sum(amount for _, _, amount in items)


balance = 0.0
for day, n, total in daily_totals(transactions):
    balance += total
    print(f"{day}  {n} tx  {total:>9.2f}  balance {balance:>9.2f}")

spend = [amt for _, what, amt in transactions if amt < 0]
print("largest expense:", min(spend))
