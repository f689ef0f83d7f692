"""Properties keep attribute access simple while validating values."""


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = float(value)

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    def __repr__(self):
        return f"Temperature({self._celsius:.1f})"


t = Temperature(21)
print(t, t.fahrenheit)
t.fahrenheit = 212
print(t)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
print(vars(t))
