import copy
from dataclasses import asdict, dataclass, field, replace
from datetime import date


@dataclass(frozen=True, slots=True, order=True)
class Sku:
    family: str
    number: int

    def __str__(self):
        return f"{self.family}-{self.number:04d}"


@dataclass(slots=True)
class Batch:
    sku: Sku
    qty: int
    expires: date | None = None

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError("qty must be >= 0")


@dataclass
class Warehouse:
    name: str
    batches: list[Batch] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def add(self, batch):
        self.batches.append(batch)
        return self

    def stock(self):
        totals = {}
        for b in self.batches:
            totals[b.sku] = totals.get(b.sku, 0) + b.qty
        return dict(sorted(totals.items()))

    def expiring_before(self, day):
        return [b for b in self.batches if b.expires and b.expires < day]


w = Warehouse("central")
w.add(Batch(Sku("MLK", 7), 40, date(2024, 3, 1)))
w.add(Batch(Sku("MLK", 7), 25, date(2024, 3, 9)))
w.add(Batch(Sku("BRD", 12), 60, date(2024, 2, 27)))
w.add(Batch(Sku("SLT", 1), 300))
w.notes["manager"] = "K. Osei"

for sku, qty in w.stock().items():
    print(f"{sku}: {qty}")
print("expiring:", [str(b.sku) for b in w.expiring_before(date(2024, 3, 2))])

# hashing / equality of frozen dataclasses
skus = {Sku("MLK", 7), Sku("MLK", 7), Sku("BRD", 12)}
print("distinct skus:", sorted(str(s) for s in skus))

shallow = copy.copy(w)
deep = copy.deepcopy(w)
shallow.batches.append(Batch(Sku("EGG", 3), 12))
print("original batches after shallow append:", len(w.batches))
print("deep copy batches:", len(deep.batches), "equal to original?", deep == w)

moved = replace(w.batches[0], qty=10)
print("replaced:", moved, "original qty:", w.batches[0].qty)
print("as dict:", asdict(w.batches[2]))
try:
    Batch(Sku("X", 1), -5)
except ValueError as exc:
    print("invalid batch:", exc)
try:
    w.batches[0].colour = "white"
except AttributeError:
    print("slots prevent new attributes on", type(w.batches[0]).__name__)
print(w)
