# The xml parsers are documented as not reported. The program writes an XML
# document into a temporary directory (nothing) whose external entity names
# the host's passwd file, and turns external entities on: expat, through
# urllib, reads the file inside the standard library and hands its text back.
import os
import tempfile
import xml.sax
import xml.sax.handler

doc = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM "file://'
       + "/etc/" + "passwd" + '">]>\n<r>&e;</r>\n')
path = os.path.join(tempfile.mkdtemp(), "feed.xml")
with open(path, "w") as fh:
    fh.write(doc)


class Collect(xml.sax.handler.ContentHandler):
    text = []

    def characters(self, content):
        self.text.append(content)


parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_external_ges, True)
parser.setContentHandler(Collect())
parser.parse(path)
print("".join(Collect.text))
