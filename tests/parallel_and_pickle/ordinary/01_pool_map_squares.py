"""Square a list of numbers in parallel with a small process pool."""
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    numbers = list(range(1, 21))
    with Pool(processes=2) as pool:
        squares = pool.map(square, numbers)
    print("squares:", squares)
    print("sum of squares:", sum(squares))
