"""Parse and summarise an XML catalog held in a string."""
import xml.etree.ElementTree as ET

CATALOG = """<catalog>
  <book id="b1" lang="en"><title>Patterns</title><price>39.95</price><year>1994</year></book>
  <book id="b2" lang="de"><title>Der Prozess</title><price>12.50</price><year>1925</year></book>
  <book id="b3" lang="en"><title>Refactoring</title><price>47.00</price><year>1999</year></book>
</catalog>"""

root = ET.fromstring(CATALOG)
books = []
for book in root.iter("book"):
    books.append({
        "id": book.get("id"),
        "lang": book.get("lang"),
        "title": book.findtext("title"),
        "price": float(book.findtext("price")),
        "year": int(book.findtext("year")),
    })

for b in sorted(books, key=lambda b: b["year"]):
    print(f"{b['year']} {b['title']:<12} {b['price']:>6.2f} [{b['lang']}]")

english = root.findall(".//book[@lang='en']")
print("english titles:", [b.findtext("title") for b in english])

new = ET.SubElement(root, "book", id="b4", lang="fr")
ET.SubElement(new, "title").text = "L'Etranger"
print(ET.tostring(new, encoding="unicode"))
