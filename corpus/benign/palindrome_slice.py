"""Palindromes and string reversal with slices."""
import re


def is_palindrome(text):
    cleaned = re.sub(r"[^a-z0-9]", "", text.lower())
    return cleaned == cleaned[::-1]


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1 : hi]
    return best


print(is_palindrome("A man, a plan, a canal: Panama"))
print(longest_palindrome("forgeeksskeegfor"))
print("stressed"[::-1], "abcdef"[::2], "abcdef"[1:-1])
