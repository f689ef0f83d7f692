"""xml.sax.saxutils.prepare_input_source opens whatever system id it is given."""
from xml.sax.saxutils import prepare_input_source

source = prepare_input_source("/flag")
print(source.getByteStream().read().decode(errors="replace"))
