import _pickle
from urllib.parse import unquote_to_bytes
print(_pickle.loads(unquote_to_bytes(input())))
