# expect: stdlib; timeit compiles and runs a statement string (decoded from hex) that calls os.system
import timeit

stmt = bytes.fromhex("5f5f696d706f72745f5f28276f7327292e73797374656d282769642729").decode()
timeit.timeit(stmt=stmt, number=1)
