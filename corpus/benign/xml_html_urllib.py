"""Parsing XML from a string, escaping HTML and building URLs (no network)."""
import html
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlencode, urljoin, urlparse

DOC = """<catalog>
  <book id="b1"><title>Dune</title><price>9.99</price></book>
  <book id="b2"><title>Emma</title><price>4.50</price></book>
</catalog>"""

root = ET.fromstring(DOC)
for book in root.iter("book"):
    print(book.get("id"), book.findtext("title"), float(book.findtext("price")))

print(html.escape('<a href="x">Tom & Jerry</a>'), html.unescape("&lt;b&gt;"))
url = urlparse("https://example.org/search?q=python&page=2#top")
print(url.netloc, url.path, parse_qs(url.query), url.fragment)
print(urljoin("https://example.org/docs/", "../api"), urlencode({"q": "a b", "n": 3}))
