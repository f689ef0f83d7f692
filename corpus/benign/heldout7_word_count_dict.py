# ordinary: count words with dict.get and show the most common
text = "the cat and the dog and the bird"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
best = max(counts, key=counts.get)
print(counts, best)
