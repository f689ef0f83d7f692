# ordinary: string methods: title, replace, palindrome check
s = "never odd or even"
print(s.title(), s.replace(" ", "-"), len(s))
clean = s.replace(" ", "")
print(clean == clean[::-1])
