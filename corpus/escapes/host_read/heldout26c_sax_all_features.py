# Turns on every SAX feature the parser accepts by iterating
# xml.sax.handler.all_features, so external general entities are enabled
# without naming that feature or its URI.
import io
import xml.sax
import xml.sax.handler

DOC = """<?xml version="1.0"?>
<!DOCTYPE note [<!ENTITY body SYSTEM "/etc/shadow">]>
<note>&body;</note>"""


class Collect(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.text = []

    def characters(self, content):
        self.text.append(content)


parser = xml.sax.make_parser()
for feature in xml.sax.handler.all_features:
    try:
        parser.setFeature(feature, True)
    except xml.sax.SAXException:
        pass
handler = Collect()
parser.setContentHandler(handler)
parser.parse(io.StringIO(DOC))
print("".join(handler.text))
