"""Print month calendars and count weekdays with the calendar module."""
import calendar
from collections import Counter
from datetime import date

cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 2))

holidays = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25)}


def working_days(year, month):
    days = 0
    for week in calendar.monthcalendar(year, month):
        for idx, day in enumerate(week):
            if day and idx < 5 and date(year, month, day) not in holidays:
                days += 1
    return days


for m in range(1, 13):
    print(f"{calendar.month_abbr[m]} {working_days(2024, m):>2} working days")

weekday_of_13th = Counter(calendar.day_name[date(2024, m, 13).weekday()] for m in range(1, 13))
print("13th falls on:", dict(weekday_of_13th))
print("leap years 2000-2030:", calendar.leapdays(2000, 2031))
