# expect: introspection; attribute names derived with str.translate / swapcase; reaches os via tempfile.gettempdir.__globals__
import tempfile

glob_name = "XXglobalsXX".translate({ord("X"): "_"})
os_name = "_OS".swapcase()
getattr(tempfile.gettempdir, glob_name)[os_name].system("id")
