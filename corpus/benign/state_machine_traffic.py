"""Traffic light controller as a table-driven state machine."""
import itertools

TABLE = {
    "red": ("green", 4),
    "green": ("yellow", 3),
    "yellow": ("red", 1),
}


class Light:
    def __init__(self, start="red"):
        self.state = start
        self.remaining = TABLE[start][1]
        self.pedestrian_waiting = False

    def tick(self):
        self.remaining -= 1
        if self.pedestrian_waiting and self.state == "green":
            self.remaining = min(self.remaining, 1)
        if self.remaining <= 0:
            self.state, self.remaining = TABLE[self.state][0], TABLE[TABLE[self.state][0]][1]
            if self.state == "red":
                self.pedestrian_waiting = False
        return self.state

    def press_button(self):
        self.pedestrian_waiting = True


light = Light()
history = []
for t in itertools.count():
    if t == 6:
        light.press_button()
    history.append(light.tick()[0].upper())
    if t == 20:
        break
print("".join(history))
