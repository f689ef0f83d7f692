exec("#\t".expandtabs(10**12))
t = "\t" * 10**6
exec("#" + t.expandtabs(10**6))
exec(("#" + "\t" * 10000).expandtabs(10**8))
