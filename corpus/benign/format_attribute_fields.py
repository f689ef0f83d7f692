"""str.format and format_map with attribute and index fields on ordinary
names (including __class__.__name__ for display)."""


class Address:
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code


class Customer:
    def __init__(self, name, address, tags):
        self.name = name
        self.address = address
        self.tags = tags


c = Customer("Ada", Address("London", "NW1"), ["vip", "early"])
print("{0.name} lives in {0.address.city} ({0.address.zip_code})".format(c))
print("first tag: {c.tags[0]}, object: {c.__class__.__name__}".format(c=c))
print("{cust.name:>10}|{cust.address.city:<8}|".format_map({"cust": c}))
print("{0[total]:.2f} {1}".format({"total": 12.5}, "EUR"))
