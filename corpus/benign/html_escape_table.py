"""Render rows as an HTML table, escaping user-supplied text."""
import html

rows = [
    {"user": "alice", "comment": "Looks good <3"},
    {"user": "bob", "comment": "Use <script> tags carefully & escape!"},
    {"user": "carol", "comment": 'Quote: "fine"'},
]


def cell(value, tag="td"):
    return f"<{tag}>{html.escape(str(value), quote=True)}</{tag}>"


def table(records):
    if not records:
        return "<table></table>"
    header = "".join(cell(k, "th") for k in records[0])
    body = "\n".join("<tr>" + "".join(cell(v) for v in r.values()) + "</tr>" for r in records)
    return f"<table>\n<tr>{header}</tr>\n{body}\n</table>"


page = table(rows)
print(page)
print("round trip:", html.unescape(html.escape(rows[1]["comment"])) == rows[1]["comment"])
