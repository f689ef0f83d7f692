# ordinary: Knuth-Morris-Pratt substring search with prefix function
def prefix_function(p):
    pi = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = pi[k - 1]
        if p[i] == p[k]:
            k += 1
        pi[i] = k
    return pi


def find_all(text, pattern):
    if not pattern:
        return []
    pi = prefix_function(pattern)
    hits, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = pi[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = pi[k - 1]
    return hits


text = "abracadabra abracadabra cadabra"
for pat in ("abra", "cad", "zzz", "a"):
    print(f"{pat!r}: {find_all(text, pat)}")
print("prefix function of 'aabaaab':", prefix_function("aabaaab"))
