"""Compute worked hours (including overnight shifts) and weekend/overtime flags."""
import csv
from collections import defaultdict
from datetime import date, datetime, timedelta

DAILY_LIMIT = timedelta(hours=8)


def shift_length(day, start, end, break_min):
    s = datetime.combine(day, datetime.strptime(start, "%H:%M").time())
    e = datetime.combine(day, datetime.strptime(end, "%H:%M").time())
    if e <= s:  # crosses midnight
        e += timedelta(days=1)
    return e - s - timedelta(minutes=break_min)


def fmt(td):
    minutes = int(td.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}"


def main():
    totals = defaultdict(timedelta)
    overtime = defaultdict(timedelta)
    weekend = defaultdict(int)
    weeks = defaultdict(set)
    with open("d08_timesheet.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            day = date.fromisoformat(row["date"])
            worked = shift_length(day, row["start"], row["end"], int(row["break_min"]))
            who = row["employee"]
            totals[who] += worked
            overtime[who] += max(worked - DAILY_LIMIT, timedelta(0))
            if day.weekday() >= 5:
                weekend[who] += 1
            weeks[who].add(day.isocalendar().week)

    with open("d08_hours.csv", "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["employee", "hours", "overtime", "weekend_shifts", "iso_weeks"])
        for who in sorted(totals):
            hours = round(totals[who].total_seconds() / 3600, 2)
            w.writerow([who, hours, fmt(overtime[who]), weekend[who],
                        "/".join(map(str, sorted(weeks[who])))])
            print(f"{who:<6} {fmt(totals[who]):>7} overtime {fmt(overtime[who])} "
                  f"weekend={weekend[who]} weeks={sorted(weeks[who])}")
    leap = date(2024, 2, 29)
    print("leap day is a", leap.strftime("%A"), "- day", leap.timetuple().tm_yday)


if __name__ == "__main__":
    main()
