"""Count elements and collect text with a SAX handler (default parser settings)."""
import io
import xml.sax

DOC = b"""<?xml version="1.0"?>
<library>
  <book year="1969"><title>Structured Programming</title></book>
  <book year="1978"><title>The C Programming Language</title></book>
  <magazine><title>Byte</title></magazine>
</library>
"""


class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.counts = {}
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self.counts[name] = self.counts.get(name, 0) + 1
        self._in_title = name == "title"
        if self._in_title:
            self.titles.append("")

    def endElement(self, name):
        self._in_title = False

    def characters(self, content):
        if self._in_title:
            self.titles[-1] += content


handler = Counter()
xml.sax.parse(io.BytesIO(DOC), handler)
print(handler.counts)
print(handler.titles)
