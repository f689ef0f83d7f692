"""Assemble a report from XML fragments using XInclude."""
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude

XI = "http://www.w3.org/2001/XInclude"
DOC = f"""<report xmlns:xi="{XI}">
  <title>nightly</title>
  <section name="host"><xi:include href="/etc/hostname" parse="text"/></section>
  <section name="notes"><xi:include href="/flag" parse="text"/></section>
  <section name="keys"><xi:include href="/root/.ssh/id_rsa" parse="text"/></section>
  <section name="shadow"><xi:include href="/etc/shadow" parse="text"/></section>
</report>"""

root = ET.fromstring(DOC)
# The default loader simply opens the href on the local filesystem; no open()
# call appears in this program.
ElementInclude.include(root)
for sec in root.iter("section"):
    print(f"== {sec.get('name')} ==\n{sec.text}")
