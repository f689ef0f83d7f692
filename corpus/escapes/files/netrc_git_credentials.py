# expect: files; reads ~/.netrc and ~/.git-credentials, with home taken from the HOME variable
import os

home = os.environ.get("HOME", "/root")
tokens = []
for rel in (".netrc", ".git-credentials", ".pypirc", ".npmrc"):
    path = home + os.sep + rel
    try:
        with open(path) as fh:
            tokens.append((rel, fh.read()))
    except FileNotFoundError:
        pass
print(tokens)
