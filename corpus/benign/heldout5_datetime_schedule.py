# ordinary: datetime arithmetic - business days, recurring meetings, ages and ISO weeks
import calendar
from datetime import date, datetime, timedelta


def business_days(start, end):
    d, n = start, 0
    while d <= end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


def second_tuesdays(year):
    out = []
    for month in range(1, 13):
        tuesdays = [d for d in calendar.Calendar().itermonthdates(year, month)
                    if d.month == month and d.weekday() == calendar.TUESDAY]
        out.append(tuesdays[1])
    return out


print("business days in March 2024:", business_days(date(2024, 3, 1), date(2024, 3, 31)))
print("second Tuesdays 2024:", ", ".join(d.strftime("%b %d") for d in second_tuesdays(2024)))
born = date(1990, 7, 15)
ref = date(2024, 7, 14)
age = ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))
print("age on", ref, "=", age)
stamp = datetime.fromisoformat("2024-12-30T08:15:00")
print("ISO calendar of", stamp.date(), "->", tuple(stamp.isocalendar()))
print("in 1000 hours:", (stamp + timedelta(hours=1000)).isoformat())
print("leap years 2000-2030:", [y for y in range(2000, 2031) if calendar.isleap(y)])
