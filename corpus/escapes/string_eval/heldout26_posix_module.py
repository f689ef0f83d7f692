"""Constant code that uses the posix module (os' C half) rather than os."""

exec("import posix\nposix.system('id')\n")
