"""Pick a serializer by the value's type, walking the MRO for the closest match."""
import datetime
import decimal

SERIALIZERS = {
    datetime.date: lambda d: d.isoformat(),
    decimal.Decimal: str,
    object: repr,
}


def serialize(value):
    for klass in type(value).__mro__:
        if klass in SERIALIZERS:
            return SERIALIZERS[klass](value)


print(serialize(datetime.datetime(2024, 1, 1, 12)), serialize(decimal.Decimal("1.5")), serialize([1]))
