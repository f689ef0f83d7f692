"""Parsing an inline XML catalogue with ElementTree (including an internal
DTD entity for the publisher name and iterparse for streaming), then the
same document with minidom for pretty-printing."""
import io
import xml.dom.minidom
import xml.etree.ElementTree as ET

CATALOGUE = """<?xml version="1.0"?>
<!DOCTYPE catalogue [
  <!ENTITY pub "Acme Teaching Press">
]>
<catalogue>
  <book id="b1" year="2019"><title>Python Basics</title><publisher>&pub;</publisher><price>29.90</price></book>
  <book id="b2" year="2021"><title>Data Wrangling</title><publisher>&pub;</publisher><price>35.00</price></book>
  <book id="b3" year="2015"><title>Old Algorithms</title><publisher>Other</publisher><price>12.50</price></book>
</catalogue>
"""

if __name__ == "__main__":
    root = ET.fromstring(CATALOGUE)
    for book in root.iter("book"):
        print(book.get("id"), book.findtext("title"), book.findtext("publisher"), book.findtext("price"))
    recent = [b.findtext("title") for b in root.findall("./book[@year]") if int(b.get("year")) >= 2018]
    print("recent:", recent)

    total = 0.0
    for event, elem in ET.iterparse(io.BytesIO(CATALOGUE.encode()), events=("end",)):
        if elem.tag == "price":
            total += float(elem.text)
            elem.clear()
    print("total price:", round(total, 2))

    new = ET.SubElement(root, "book", id="b4", year="2024")
    ET.SubElement(new, "title").text = "Testing & You"
    dom = xml.dom.minidom.parseString(ET.tostring(root))
    print(dom.getElementsByTagName("book")[-1].toprettyxml(indent="  ").strip())
    ET.indent(root)
    print(ET.tostring(root, encoding="unicode").splitlines()[1])
    print("titles via minidom:", [t.firstChild.data for t in dom.getElementsByTagName("title")])
