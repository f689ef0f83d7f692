"""Console settings menu for a small app. Each menu section is an Enum
member; the panel method that renders it is found with the member's name
lower-cased (DISPLAY -> display, SYSTEM -> system)."""
import enum
import platform


class Section(enum.Enum):
    DISPLAY = 1
    SOUND = 2
    NETWORK = 3
    SYSTEM = 4


class SettingsPanel:
    def __init__(self):
        self.values = {"brightness": 70, "volume": 40, "wifi": True}

    def display(self):
        return f"brightness={self.values['brightness']}%"

    def sound(self):
        return f"volume={self.values['volume']}%"

    def network(self):
        return "wifi on" if self.values["wifi"] else "wifi off"

    def system(self):
        # "About this system" page
        return f"{platform.python_implementation()} {platform.python_version()}"


def render(panel):
    lines = []
    for section in Section:
        page = getattr(panel, section.name.lower())
        lines.append(f"[{section.value}] {section.name.title():8} {page()}")
    return "\n".join(lines)


if __name__ == "__main__":
    panel = SettingsPanel()
    print(render(panel))
    choice = "System"
    print("selected:", getattr(panel, Section[choice.upper()].name.lower())())
