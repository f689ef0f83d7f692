# Fullwidth letters in identifiers: CPython normalises them (NFKC) to the
# ASCII names, so this is the ordinary walk to object's subclasses.
root = ().__ｃｌａｓｓ__.__ｂａｓｅ__
listing = root.__ｓｕｂｃｌａｓｓｅｓ__()
print(listing[:5])
