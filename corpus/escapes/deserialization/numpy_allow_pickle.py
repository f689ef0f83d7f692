import numpy as np
arr = np.load("submission.npy", allow_pickle=True)
print(arr.shape)
