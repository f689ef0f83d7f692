"""Build a small SVG document with minidom and parse it again."""
from xml.dom import minidom

doc = minidom.Document()
svg = doc.createElement("svg")
svg.setAttribute("xmlns", "http://www.w3.org/2000/svg")
svg.setAttribute("width", "100")
svg.setAttribute("height", "40")
doc.appendChild(svg)
for i, colour in enumerate(["red", "green", "blue"]):
    rect = doc.createElement("rect")
    rect.setAttribute("x", str(i * 30))
    rect.setAttribute("width", "25")
    rect.setAttribute("height", "25")
    rect.setAttribute("fill", colour)
    svg.appendChild(rect)

text = doc.toprettyxml(indent="  ")
with open("boxes.svg", "w") as fh:
    fh.write(text)

again = minidom.parse("boxes.svg")
print([r.getAttribute("fill") for r in again.getElementsByTagName("rect")])
