"""Reading and writing CSV with in-memory files."""
import csv
import io

RAW = """name,team,points
ann,red,12
bob,blue,7
cyd,red,9
"""

reader = csv.DictReader(io.StringIO(RAW))
totals = {}
for row in reader:
    totals[row["team"]] = totals.get(row["team"], 0) + int(row["points"])

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["team", "total"])
for team, total in sorted(totals.items()):
    writer.writerow([team, total])
print(out.getvalue())
