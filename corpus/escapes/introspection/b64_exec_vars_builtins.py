# expect: introspection; exec fetched from vars(__builtins__) by a split name runs a base64-decoded payload
import base64

PAYLOAD = "aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2lkJyk="
ns = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
runner = ns["ex" "ec"]
runner(base64.b64decode(PAYLOAD).decode())
