src = "".join(" " * i + "if x:\n" for i in range(15000)) + " " * 15000 + "pass\n"
exec(src)
