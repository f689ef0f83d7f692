def handler(payload="x=1;" * 10**9, extra=["y" * 10**9] * 10**9, fmt="%s" * 10**8):
    exec(payload + str(extra) + fmt)

def other(a=(lambda: "q" * 10**12)()):
    exec(a)

handler()
other()
