"""A turnstile state machine whose handlers are looked up as on_<state>_<event>."""


class Turnstile:
    def __init__(self):
        self.state = "locked"

    def send(self, event):
        handler = getattr(self, f"on_{self.state}_{event}", None)
        if handler is None:
            print(f"ignored {event!r} while {self.state}")
            return
        handler()

    def on_locked_coin(self):
        self.state = "unlocked"

    def on_unlocked_push(self):
        self.state = "locked"


t = Turnstile()
for e in ["push", "coin", "coin", "push"]:
    t.send(e)
    print(e, "->", t.state)
