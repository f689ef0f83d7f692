"""Extract links and the page title with html.parser (handle_* callbacks)."""
from html.parser import HTMLParser


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.title, self._in_title = [], "", False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


p = LinkParser()
p.feed("<html><head><title>Docs</title></head><body><a href='/a'>A</a> <a href='b.html'>B</a></body></html>")
print(p.title, p.links)
