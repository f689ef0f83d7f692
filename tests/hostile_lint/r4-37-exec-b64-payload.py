# exec(base64.b64decode(...)) of the quadratic comprehension
import base64
exec(base64.b64decode(b'ZCA9IFtbMF1dKjY1MDAwCmUgPSBbZCBmb3IgaSBpbiByYW5nZSg2NTAwMCldCg=='))
