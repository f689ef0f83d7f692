# ordinary: grade statistics with the statistics module, z-scores and letter grades via bisect
import bisect
import statistics

scores = {
    "amir": 88, "beth": 92, "carl": 67, "dana": 75, "eve": 95,
    "fay": 58, "gus": 81, "hana": 73, "ivan": 90, "jo": 84,
}
vals = list(scores.values())
mean = statistics.mean(vals)
sd = statistics.stdev(vals)
print(f"mean={mean:.2f} median={statistics.median(vals)} stdev={sd:.2f}")
print("quartiles:", statistics.quantiles(vals, n=4))

cutoffs, letters = [60, 70, 80, 90], "FDCBA"
for name, s in sorted(scores.items(), key=lambda kv: -kv[1]):
    grade = letters[bisect.bisect_right(cutoffs, s)]
    print(f"{name:<5} {s:3d} {grade}  z={(s - mean) / sd:+.2f}")
