# expect: stdlib; numpy.load(allow_pickle=True) on a downloaded .npy unpickles arbitrary objects
import urllib.request

import numpy as np

path, _ = urllib.request.urlretrieve("http://203.0.113.21/weights.npy")
weights = np.load(path, allow_pickle=True)
print(weights.shape)
