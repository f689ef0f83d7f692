# ordinary: parses an in-memory JSON gradebook and an in-memory XML roster (xml.etree and xml.sax with default, non-resolving settings) and joins them
import io
import json
import xml.etree.ElementTree as ET
import xml.sax

GRADES = '{"ana": [18, 19, 17], "bo": [12, 15, 14], "cy": [20, 20, 19]}'
ROSTER = """<?xml version="1.0"?>
<roster course="CS101">
  <student id="ana" group="A">Ana Lima</student>
  <student id="bo" group="B">Bo Chen</student>
  <student id="cy" group="A">Cy Park</student>
</roster>"""

grades = json.loads(GRADES)
root = ET.fromstring(ROSTER)
print("course:", root.get("course"))
for s in root.iter("student"):
    marks = grades[s.get("id")]
    print(f"{s.text:10s} group {s.get('group')} average {sum(marks) / len(marks):.2f}")


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.counts = {}

    def startElement(self, name, attrs):
        self.counts[name] = self.counts.get(name, 0) + 1


handler = CountHandler()
xml.sax.parse(io.BytesIO(ROSTER.encode()), handler)
print("element counts:", handler.counts)
print(json.dumps({"students": len(grades)}, sort_keys=True))
