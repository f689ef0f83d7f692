"""Normalising user text with unicodedata (NFKC/NFD), e.g. for search keys."""
import unicodedata


def search_key(text):
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


samples = ["Café", "CAFE\u0301", "ｃａｆｅ", "ﬁle", "Straße"]
for s in samples:
    print(repr(s), "->", search_key(s))
print(unicodedata.name("é"), unicodedata.category("9"))
print(len({search_key(s) for s in samples[:3]}))
