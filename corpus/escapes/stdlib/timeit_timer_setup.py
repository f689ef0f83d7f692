# expect: stdlib; timeit.Timer with a setup string that imports os and a statement that spawns a shell
from timeit import Timer

bench = Timer(stmt="os.system('sh -c \"id; uname -a\"')", setup="import os")
bench.repeat(repeat=1, number=1)
