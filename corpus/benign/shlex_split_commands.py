"""Tokenise command lines for a config file format (parsing only, nothing runs)."""
import shlex

RECIPES = """
build: make -j4 CFLAGS="-O2 -g"
test: pytest -k 'not slow' --maxfail=1
deploy: rsync -av "dist/my app" server:releases/
"""


def parse_recipes(text):
    recipes = {}
    for line in text.strip().splitlines():
        name, _, command = line.partition(":")
        recipes[name.strip()] = shlex.split(command)
    return recipes


recipes = parse_recipes(RECIPES)
for name, argv in recipes.items():
    print(f"{name:<7}{argv}")
    print(" " * 7 + "re-quoted:", shlex.join(argv))

print(shlex.quote("file with spaces.txt"), shlex.quote("safe.txt"))
lexer = shlex.shlex("a=1, b='two words', c=3", posix=True)
lexer.whitespace += ","
print(list(lexer))
