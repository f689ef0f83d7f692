"""Correlation and linear regression with the statistics module (3.10+ functions guarded)."""
import statistics

hours = [1, 2, 2.5, 3, 4, 4.5, 5, 6, 7, 8]
scores = [52, 55, 61, 60, 68, 70, 74, 79, 83, 90]


def manual_regression(x, y):
    mx, my = statistics.mean(x), statistics.mean(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    slope = sxy / sxx
    return slope, my - slope * mx


slope, intercept = manual_regression(hours, scores)
print(f"manual: score = {slope:.2f} * hours + {intercept:.2f}")

if hasattr(statistics, "linear_regression"):
    fit = statistics.linear_regression(hours, scores)
    print(f"stdlib: slope {fit.slope:.2f}, intercept {fit.intercept:.2f}")
    print(f"correlation: {statistics.correlation(hours, scores):.3f}")

print("quartiles:", statistics.quantiles(scores, n=4))
print("predicted for 9 hours:", round(slope * 9 + intercept, 1))
print("population variance:", round(statistics.pvariance(scores), 2))
