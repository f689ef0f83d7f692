import profile
profile.runctx("exec(src)", {"src": "import os"}, {})
