"""A singleton metaclass for an application-wide settings object."""


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class AppSettings(metaclass=Singleton):
    def __init__(self):
        self.theme = "dark"


a, b = AppSettings(), AppSettings()
b.theme = "light"
print(a is b, a.theme)
