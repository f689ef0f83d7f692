# The attribute name comes from stdin: nothing to fold, the reader cannot
# tell what is fetched (it could be any dunder).
target = "some text"
name = input("attribute? ")
value = getattr(target, name)
print(value)
