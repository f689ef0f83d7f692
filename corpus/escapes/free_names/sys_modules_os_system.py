sys.modules["os"].system("sh")
