posix.system("id")
