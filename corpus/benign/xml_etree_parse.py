"""Read an RSS feed saved to disk and list item titles with ElementTree."""
import xml.etree.ElementTree as ET

tree = ET.parse("feed.xml")
for item in tree.getroot().iter("item"):
    title = item.findtext("title", default="(untitled)")
    link = item.findtext("link", default="")
    print(f"- {title} <{link}>")
