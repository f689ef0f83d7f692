"""Write a CSV of measurements, read it back and aggregate with a dispatch table."""
import csv
import statistics

with open("measurements.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["sensor", "value"])
    for i in range(30):
        w.writerow([f"s{i % 3}", round(20 + (i * 7 % 11) * 0.5, 2)])

AGGREGATES = {
    "mean": statistics.mean,
    "median": statistics.median,
    "max": max,
    "min": min,
}

by_sensor = {}
with open("measurements.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        by_sensor.setdefault(row["sensor"], []).append(float(row["value"]))

for sensor in sorted(by_sensor):
    values = by_sensor[sensor]
    summary = {name: round(fn(values), 2) for name, fn in AGGREGATES.items()}
    print(sensor, summary)
print("stdev of all:", round(getattr(statistics, "stdev")(sum(by_sensor.values(), [])), 3))
