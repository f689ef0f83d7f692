"""Assembling a course handbook from XML chapters with XInclude, where the
chapters live in a dict in memory: the include() call gets a loader of
our own that only serves those entries and refuses everything else."""
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude

CHAPTERS = {
    "intro.xml": "<chapter><title>Introduction</title><p>Welcome.</p></chapter>",
    "grading.xml": "<chapter><title>Grading</title><p>Homework 40%, exam 60%.</p></chapter>",
    "license.txt": "CC BY-SA 4.0",
}

HANDBOOK = """<handbook xmlns:xi="http://www.w3.org/2001/XInclude">
  <xi:include href="intro.xml"/>
  <xi:include href="grading.xml"/>
  <footer><xi:include href="license.txt" parse="text"/></footer>
</handbook>"""


def memory_loader(href, parse, encoding=None):
    if href not in CHAPTERS:
        raise ElementInclude.FatalIncludeError(f"not in the handbook: {href}")
    text = CHAPTERS[href]
    return ET.fromstring(text) if parse == "xml" else text


if __name__ == "__main__":
    root = ET.fromstring(HANDBOOK)
    ElementInclude.include(root, loader=memory_loader)
    for ch in root.iter("chapter"):
        print("-", ch.findtext("title"), ":", ch.findtext("p"))
    print("footer:", root.find("footer").text)
