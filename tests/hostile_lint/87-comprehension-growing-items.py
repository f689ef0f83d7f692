exec("\n".join(["#" * i for i in range(40000)]))
exec("\n".join("#" * i for i in range(40000)))
exec("\n".join(map(lambda i: "#" * i, range(40000))))
exec("".join("#" * i for i in range(20000)))
