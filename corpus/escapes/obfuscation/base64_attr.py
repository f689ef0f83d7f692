import base64
fn = getattr(__import__("os"), base64.b64decode("c3lzdGVt").decode())
fn("id")
