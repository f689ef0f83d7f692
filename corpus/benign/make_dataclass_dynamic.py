"""Create a record type from a CSV header with dataclasses.make_dataclass."""
import csv
import io
from dataclasses import make_dataclass

SAMPLE = "city,population,country\nLyon,522000,FR\nPorto,232000,PT\n"

reader = csv.reader(io.StringIO(SAMPLE))
header = next(reader)
Row = make_dataclass("Row", [(name, str) for name in header])
rows = [Row(*values) for values in reader]
print(rows[0], Row.__dataclass_fields__.keys())
