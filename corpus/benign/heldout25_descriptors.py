"""Validated fields implemented as descriptors with __set_name__."""


class Field:
    def __init__(self, *, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class Number(Field):
    def __init__(self, *, minimum=None, maximum=None, **kw):
        super().__init__(**kw)
        self.minimum, self.maximum = minimum, maximum

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.public} must be <= {self.maximum}")


class OneOf(Field):
    def __init__(self, *options, **kw):
        super().__init__(**kw)
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public} must be one of {sorted(self.options)}")


class Text(Field):
    def __init__(self, *, max_len=40, **kw):
        super().__init__(**kw)
        self.max_len = max_len

    def validate(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.public} must be non-empty text")
        if len(value) > self.max_len:
            raise ValueError(f"{self.public} longer than {self.max_len}")


class Order:
    product = Text(max_len=20)
    quantity = Number(minimum=1, maximum=1000, default=1)
    unit_price = Number(minimum=0)
    shipping = OneOf("standard", "express", default="standard")

    FIELDS = ("product", "quantity", "unit_price", "shipping")

    def __init__(self, **values):
        for key, value in values.items():
            if key not in self.FIELDS:
                raise TypeError(f"unexpected field {key}")
            setattr(self, key, value)

    @property
    def total(self):
        extra = 9.5 if self.shipping == "express" else 0
        return round(self.quantity * self.unit_price + extra, 2)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f, None)!r}" for f in self.FIELDS)
        return f"{self.__class__.__name__}({inner})"


attempts = [
    dict(product="pencil", quantity=12, unit_price=0.35),
    dict(product="desk lamp", unit_price=24.0, shipping="express"),
    dict(product="", quantity=1, unit_price=1),
    dict(product="stapler", quantity=0, unit_price=5),
    dict(product="chair", quantity=2, unit_price="cheap"),
    dict(product="mug", quantity=3, unit_price=4.5, shipping="drone"),
]
for values in attempts:
    try:
        order = Order(**values)
        print("ok  ", order, "total", order.total)
    except (TypeError, ValueError) as exc:
        print("fail", type(exc).__name__, exc)
print("descriptor objects:", [type(vars(Order)[f]).__name__ for f in Order.FIELDS])
