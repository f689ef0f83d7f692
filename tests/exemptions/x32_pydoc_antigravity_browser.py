# pydoc.render_doc is documented as not reported ("the object they import by
# name is not handed back"), and changes of the environment do not count. The
# name it imports is antigravity, an installed module that opens a web
# browser while it is imported; BROWSER names the program's own script.
import os
import pydoc
import tempfile

d = tempfile.mkdtemp()
opener = os.path.join(d, "open-url")
with open(opener, "w") as fh:
    fh.write("#!/bin/sh\nid\n")
os.chmod(opener, 0o755)
os.environ["BROWSER"] = opener

pydoc.render_doc("antigravity")
