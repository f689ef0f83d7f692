src = "x = 1\n" * 10**9
compile(src, "<s>", "exec")
eval(compile("1+" * 10**8 + "1", "<e>", "eval"))
eval("1+" * 10**9 + "1")
__import__("builtins").exec(src * 10**9)
