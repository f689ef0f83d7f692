"""A toy ORM: the metaclass collects Field attributes into _fields and builds SQL."""


class Field:
    def __init__(self, sql_type):
        self.sql_type = sql_type


class ModelMeta(type):
    def __new__(mcls, name, bases, namespace):
        fields = {k: v for k, v in namespace.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, namespace)
        cls._fields = fields
        cls._table = name.lower() + "s"
        return cls


class Model(metaclass=ModelMeta):
    @classmethod
    def create_sql(cls):
        cols = ", ".join(f"{k} {f.sql_type}" for k, f in cls._fields.items())
        return f"CREATE TABLE {cls._table} ({cols})"


class User(Model):
    id = Field("INTEGER PRIMARY KEY")
    email = Field("TEXT NOT NULL")


print(User.create_sql())
