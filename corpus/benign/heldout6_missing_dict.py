# ordinary: dict subclasses with __missing__ give default counts and lenient str.format_map templating
class Counter(dict):
    def __missing__(self, key):
        return 0


class Lenient(dict):
    def __missing__(self, key):
        return "{" + key + "}"


words = "the cat and the hat and the bat".split()
counts = Counter()
for w in words:
    counts[w] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("dog seen:", counts["dog"])

message = "Hello {name}, your mark is {mark} ({letter})"
print(message.format_map(Lenient(name="Ana", mark=91)))
