# restriction: no quotes, no chr; idea: slice letters and whole words out of builtin docstrings
d=().__doc__;getattr(__import__(d[34]+d[19]),input.__doc__[265:271])(d[19]+d[56])
