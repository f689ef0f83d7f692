"""Register a reduction function for our own class with copyreg (used by pickle and copy)."""
import copy
import copyreg
import pickle


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __repr__(self):
        return f"Temperature({self.celsius}C)"


def make_temperature(celsius):
    return Temperature(celsius)


def reduce_temperature(t):
    return make_temperature, (t.celsius,)


copyreg.pickle(Temperature, reduce_temperature)

if __name__ == "__main__":
    readings = [Temperature(21.5), Temperature(-3.0), Temperature(37.2)]
    restored = pickle.loads(pickle.dumps(readings))
    print("via pickle:", restored)
    print("via copy.copy:", copy.copy(readings[0]), "via deepcopy:", copy.deepcopy(readings)[2])
    print("mean:", round(sum(t.celsius for t in restored) / len(restored), 2))
