exec("'a'".center(10**12))
exec("1".zfill(10**12))
exec(str(1).zfill(2**63 - 1))
