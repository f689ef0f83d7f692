"""Meeting schedule arithmetic with datetime and timedelta."""
from datetime import datetime, timedelta, timezone

start = datetime(2024, 3, 29, 9, 30, tzinfo=timezone.utc)
slots = [start + timedelta(minutes=45 * i) for i in range(5)]
for s in slots:
    print(s.strftime("%a %H:%M"), s.isoformat())

deadline = datetime(2024, 4, 1, tzinfo=timezone.utc)
left = deadline - start
print(left.days, left.seconds // 3600, left.total_seconds())

weekdays = [d for d in (start + timedelta(days=i) for i in range(7)) if d.weekday() < 5]
print(len(weekdays))
print(datetime.strptime("2024-02-29 12:00", "%Y-%m-%d %H:%M").timetuple().tm_yday)
