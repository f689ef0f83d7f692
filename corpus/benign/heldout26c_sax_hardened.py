"""Streaming a large-ish XML feed with SAX the careful way: namespaces on,
external entities explicitly OFF, an entity resolver that refuses any
lookup, and XMLGenerator to write a filtered copy. Also pulldom for a
second pass."""
import io
import xml.sax
import xml.sax.handler
import xml.sax.saxutils
from xml.dom import pulldom

FEED = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="urn:grades">
  <entry><title>Homework 1</title><g:score>8.5</g:score></entry>
  <entry><title>Homework 2 &amp; bonus</title><g:score>9.0</g:score></entry>
  <entry><title>Exam</title><g:score>7.0</g:score></entry>
</feed>"""


class RefuseEntities(xml.sax.handler.EntityResolver):
    def resolveEntity(self, publicId, systemId):
        raise xml.sax.SAXException(f"external entity refused: {systemId}")


class ScoreHandler(xml.sax.handler.ContentHandler):
    def __init__(self, out):
        super().__init__()
        self.scores, self._text, self._in = [], [], None
        self.gen = xml.sax.saxutils.XMLGenerator(out, encoding="utf-8")

    def startDocument(self):
        self.gen.startDocument()
        self.gen.startElement("scores", {})

    def endDocument(self):
        self.gen.endElement("scores")
        self.gen.endDocument()

    def startElementNS(self, name, qname, attrs):
        self._in, self._text = name, []

    def characters(self, content):
        self._text.append(content)

    def endElementNS(self, name, qname):
        if name == ("urn:grades", "score"):
            value = float("".join(self._text))
            self.scores.append(value)
            self.gen.startElement("score", {"value": str(value)})
            self.gen.endElement("score")
        self._in = None


if __name__ == "__main__":
    out = io.StringIO()
    handler = ScoreHandler(out)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setEntityResolver(RefuseEntities())
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(FEED))
    print("scores:", handler.scores, "mean:", sum(handler.scores) / len(handler.scores))
    print(out.getvalue())
    print("escaped:", xml.sax.saxutils.escape("a < b & c"))

    titles = []
    events = pulldom.parseString(FEED)
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.localName == "title":
            events.expandNode(node)
            titles.append("".join(c.data for c in node.childNodes))
    print("titles:", titles)
