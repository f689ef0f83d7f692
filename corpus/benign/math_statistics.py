"""Descriptive statistics and a least-squares line."""
import math
import statistics

xs = [1, 2, 3, 4, 5, 6]
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]

print(statistics.mean(ys), statistics.median(ys), round(statistics.pstdev(ys), 4))
slope, intercept = statistics.linear_regression(xs, ys)
print(round(slope, 4), round(intercept, 4))
print(round(statistics.correlation(xs, ys), 5))
print(math.fsum([0.1] * 10), math.isclose(0.1 * 3, 0.3))
print(math.degrees(math.atan2(1, 1)), math.log(1024, 2), math.factorial(10))
print(statistics.mode(["a", "b", "a"]), statistics.quantiles(range(1, 101), n=4))
