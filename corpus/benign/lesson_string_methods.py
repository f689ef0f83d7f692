"""String methods worth knowing."""

title = "  the hitchhiker's guide to the galaxy  "
print(repr(title.strip()))
print(title.strip().title())
print(title.count("the"))

csv_line = "42,Douglas,Adams,1952"
ident, first, last, year = csv_line.split(",")
print(f"{last}, {first} (born {year})")

parts = ["usr", "local", "share"]
print("/".join(parts))

sentence = "Don't panic"
print(sentence.replace("Don't", "Do"), sentence.startswith("Don"), sentence.endswith("!"))
print(sentence.center(30, "*"))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum())

template = "{name} is {age} years old"
print(template.format(name="Ford", age=200))
print("%s has %d heads" % ("Zaphod", 2))

for word in ["level", "rotor", "python"]:
    print(word, "palindrome" if word == word[::-1] else "not a palindrome")

print(" ".join(w.capitalize() for w in "mostly harmless".split()))
print("ß".casefold() == "ss", "Straße".upper())
