"""SAX parse with external general entities turned on by the feature's URI string."""
import io
import xml.sax

DOC = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE note [<!ENTITY body SYSTEM "/etc/shadow">]>\n'
    "<note>&body;</note>\n"
)


class Collect(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.parts = []

    def characters(self, content):
        self.parts.append(content)


parser = xml.sax.make_parser()
# the literal value of xml.sax.handler.feature_external_ges, without the name
parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
handler = Collect()
parser.setContentHandler(handler)
parser.parse(io.BytesIO(DOC.encode()))
print("".join(handler.parts))
