# ordinary: re.sub with callable replacements converts temperatures in text and expands {{placeholders}} from a dictionary
import re

text = "Monday 68F, Tuesday 75F, Wednesday 59F; lab kept at 70F."


def to_celsius(match):
    f = int(match.group(1))
    return f"{(f - 32) * 5 / 9:.1f}C"


print(re.sub(r"(\d+)F\b", to_celsius, text))

values = {"course": "CS101", "week": 4, "deadline": "Friday"}
template = "Welcome to {{course}}, week {{week}}. Submit by {{deadline}}. {{unknown}} stays."
print(re.sub(r"\{\{(\w+)\}\}", lambda m: str(values.get(m.group(1), m.group(0))), template))

snake = re.sub(r"(?<!^)(?=[A-Z])", "_", "ComputeFinalGrade").lower()
print(snake)
counted = re.subn(r"\s+", " ", "too    many   spaces   here")
print(counted)
