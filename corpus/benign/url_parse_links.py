"""Normalise and classify links with urllib.parse (parsing only, no requests)."""
from urllib.parse import parse_qs, urlencode, urljoin, urlparse, urlunparse

BASE = "https://docs.example.com/guide/intro.html"
links = [
    "../api/index.html",
    "#section-2",
    "https://example.com/search?q=python&page=2",
    "mailto:team@example.com",
    "/static/logo.png?v=3",
]


def classify(url):
    parts = urlparse(urljoin(BASE, url))
    if parts.scheme == "mailto":
        return "email", parts.path
    same_site = parts.netloc == urlparse(BASE).netloc
    return ("internal" if same_site else "external"), urlunparse(parts._replace(fragment=""))


for link in links:
    kind, absolute = classify(link)
    print(f"{kind:<9}{absolute}")

query = parse_qs(urlparse(links[2]).query)
query["page"] = ["3"]
print("next page query:", urlencode(query, doseq=True))
