src = "".join(" " * i + "if x:\n" for i in range(20000)) + " " * 20000 + "pass\n"
exec(src)
src2 = "".join("\t" * i + "def f():\n" for i in range(20000)) + "\t" * 20000 + "pass\n"
exec(src2)
