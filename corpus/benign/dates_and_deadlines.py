"""Working with dates: deadlines, weekdays and durations."""
from datetime import date, datetime, timedelta, timezone

start = date(2024, 1, 15)
tasks = {"draft": 10, "review": 4, "publish": 1}


def add_business_days(day, n):
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


current = start
for name, days in tasks.items():
    current = add_business_days(current, days)
    print(f"{name:<8} due {current:%a %d %b %Y}")

launch = datetime(2024, 6, 1, 9, 30, tzinfo=timezone.utc)
offset = timezone(timedelta(hours=-5))
print("launch in UTC-5:", launch.astimezone(offset).isoformat())

delta = launch.date() - start
print("days from start to launch:", delta.days, "weeks:", delta.days // 7)
parsed = datetime.strptime("2024-02-29 23:59", "%Y-%m-%d %H:%M")
print("leap-day parsed:", parsed, "next minute:", parsed + timedelta(minutes=1))
