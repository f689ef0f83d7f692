# expect: stdlib; pandas.read_pickle on a file from an untrusted upload directory
import glob

import pandas as pd

for path in glob.glob("uploads/*.pkl"):
    frame = pd.read_pickle(path)
    print(path, frame.shape)
