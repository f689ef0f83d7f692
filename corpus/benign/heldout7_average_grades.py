# ordinary: average, min, max of scores with percent format
scores = [88, 92, 79, 65, 95]
avg = sum(scores) / len(scores)
print("avg=%.2f min=%d max=%d" % (avg, min(scores), max(scores)))
print(f"{avg / 100:.1%}")
