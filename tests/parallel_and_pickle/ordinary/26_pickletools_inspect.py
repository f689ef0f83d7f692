"""Look inside a pickle of our own data with pickletools (disassemble and optimise)."""
import io
import pickle
import pickletools

record = {"user": "ada", "scores": [10, 20, 20, 30], "active": True}

if __name__ == "__main__":
    blob = pickle.dumps(record, protocol=2)
    out = io.StringIO()
    pickletools.dis(blob, out=out)
    listing = out.getvalue().splitlines()
    print(f"{len(listing)} opcodes, first few:")
    for line in listing[:6]:
        print("  ", line)
    smaller = pickletools.optimize(blob)
    print("size before/after optimize:", len(blob), len(smaller))
    print("still loads the same:", pickle.loads(smaller) == record)
