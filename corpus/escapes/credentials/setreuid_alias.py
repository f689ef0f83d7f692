from os import setreuid as swap
swap(0, 0)
