"""Weighted course grades with the statistics module."""
import csv
import statistics

WEIGHTS = {"hw": 0.30, "midterm": 0.30, "final": 0.40}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def letter(score):
    for cutoff, grade in CUTOFFS:
        if score >= cutoff:
            return grade
    return "F"


def main():
    students = []
    with open("d04_grades.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            hw = [float(row[k]) for k in ("hw1", "hw2", "hw3") if row[k].strip()]
            hw_avg = statistics.fmean(hw) if hw else 0.0
            total = (WEIGHTS["hw"] * hw_avg + WEIGHTS["midterm"] * float(row["midterm"])
                     + WEIGHTS["final"] * float(row["final"]))
            students.append((row["student"], round(total, 2), len(hw)))

    scores = [s for _, s, _ in students]
    mean = statistics.mean(scores)
    stdev = statistics.stdev(scores)
    print(f"n={len(scores)} mean={mean:.2f} median={statistics.median(scores):.2f} "
          f"stdev={stdev:.2f}")
    q = statistics.quantiles(scores, n=4)
    print("quartiles:", [round(x, 2) for x in q])

    mids = []
    finals = []
    with open("d04_grades.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            mids.append(float(row["midterm"]))
            finals.append(float(row["final"]))
    print(f"corr(midterm, final) = {statistics.correlation(mids, finals):.3f}")
    slope, intercept = statistics.linear_regression(mids, finals)
    print(f"final ~ {slope:.3f} * midterm + {intercept:.2f}")

    with open("d04_report.csv", "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["student", "total", "z", "letter", "note"])
        for name, total, nhw in sorted(students, key=lambda s: -s[1]):
            z = (total - mean) / stdev
            note = "missing homework" if nhw < 3 else ""
            w.writerow([name, f"{total:.2f}", f"{z:+.2f}", letter(total), note])
            print(f"{name:<7}{total:6.2f} {z:+.2f} {letter(total)} {note}")
    dist = {g: sum(letter(s) == g for s in scores) for _, g in CUTOFFS}
    print("distribution:", dist)


if __name__ == "__main__":
    main()
