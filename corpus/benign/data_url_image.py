"""Save an image embedded as a base64 data URL (e.g. from a form upload) to ./uploads."""
import base64
import os
import re

DATA_URL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

m = re.match(r"data:(?P<mime>[\w/+.-]+);base64,(?P<data>.+)", DATA_URL)
ext = m.group("mime").split("/")[1]
os.makedirs("uploads", exist_ok=True)
with open(os.path.join("uploads", f"pixel.{ext}"), "wb") as fh:
    fh.write(base64.b64decode(m.group("data")))
print("saved", ext, "image")
