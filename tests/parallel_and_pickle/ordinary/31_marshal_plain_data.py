"""marshal for plain values (what it is meant for), compared with pickle."""
import marshal
import pickle

values = {"ints": list(range(20)), "text": "héllo", "pair": (1.5, None), "blob": b"\xff\x00"}

if __name__ == "__main__":
    m = marshal.dumps(values)
    p = pickle.dumps(values)
    print("marshal bytes:", len(m), "pickle bytes:", len(p))
    print("marshal round-trip equal:", marshal.loads(m) == values)
    print("pickle round-trip equal:", pickle.loads(p) == values)
    print("marshal version:", marshal.version)
