"""A tiny text adventure driven by a scripted list of commands."""

ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "item": "key"},
    "kitchen": {"desc": "A cold kitchen.", "exits": {"west": "hall", "down": "cellar"}},
    "cellar": {"desc": "It is dark.", "exits": {"up": "kitchen"}, "locked": True},
}


def play(commands):
    room, inventory = "hall", []
    for cmd in commands:
        verb, _, noun = cmd.partition(" ")
        if verb == "go":
            target = ROOMS[room]["exits"].get(noun)
            if not target:
                print("You can't go that way.")
            elif ROOMS[target].get("locked") and "key" not in inventory:
                print("The door is locked.")
            else:
                room = target
                print(ROOMS[room]["desc"])
        elif verb == "take" and ROOMS[room].get("item") == noun:
            inventory.append(ROOMS[room].pop("item"))
            print(f"Taken: {noun}")
        elif verb == "inventory":
            print("You carry:", inventory or "nothing")
        else:
            print("Nothing happens.")
    return room, inventory


print(play(["go east", "go down", "go west", "go north", "take key",
            "go south", "go east", "go down", "inventory"]))
