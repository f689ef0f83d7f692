# Swapping a function's __code__ makes a trusted function run attacker code
# while keeping its name, globals and any allow-list entry.
def allowed_report():
    return "ok"


def payload():
    return open("/etc/shadow").read()


allowed_report.__code__ = payload.__code__
print(allowed_report())
