"""DOM Level 3 entity resolver from xml.dom.xmlbuilder fetches any system id."""
from xml.dom.xmlbuilder import DOMEntityResolver

resolved = DOMEntityResolver().resolveEntity(None, "file:///etc/shadow")
print(resolved.byteStream.read().decode(errors="replace"))
