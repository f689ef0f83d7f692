"""Sort records by nested attributes with operator.attrgetter."""
from dataclasses import dataclass
from operator import attrgetter


@dataclass
class Address:
    city: str


@dataclass
class Person:
    name: str
    age: int
    address: Address


people = [Person("Bo", 31, Address("Oslo")), Person("Al", 25, Address("Bergen")), Person("Cy", 31, Address("Aarhus"))]
for p in sorted(people, key=attrgetter("age", "address.city")):
    print(p.name, p.age, p.address.city)
