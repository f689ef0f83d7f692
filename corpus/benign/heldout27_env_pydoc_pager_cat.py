"""Print the documentation of a few functions; PAGER=cat keeps the output scriptable."""
import os
import pydoc

os.environ["PAGER"] = "cat"   # never block in CI, even if someone runs this on a terminal
os.environ.pop("MANPAGER", None)

for name in ("textwrap.dedent", "json.dumps"):
    text = pydoc.render_doc(name, renderer=pydoc.plaintext)
    first = [line for line in text.splitlines() if line.strip()][:4]
    print("\n".join(first))
    print("-" * 40)
