import os
from pathlib import Path
L = ('a/' * 300000).split('/')
open(os.path.join('/', *L))
open(Path('/').joinpath(*L))
