# calendar's plain-text layouts: months, years, week headers, widths.
import calendar
def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(calendar.month(2024, 2))
print(calendar.month(2024, 2, 4, 2))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 2, 4, 4))
calendar.prmonth(1999, 12)
calendar.prcal(2000, m=2)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(9), calendar.weekheader(1))
t = calendar.TextCalendar(calendar.SUNDAY)
print(t.formatmonth(2024, 9))
print(t.formatyear(2024, 2, 1, 6, 5))
print(t.formatmonthname(2024, 5, 20), repr(t.formatweekday(3, 10)), repr(t.formatday(5, 1, 4)), repr(t.formatday(0, 1, 4)))
t.prweek([(1, 0)] * 7, 2); print()
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 1))
calendar.setfirstweekday(0)
print(calendar.LocaleTextCalendar(0, "C").formatmonth(2024, 1) == calendar.TextCalendar().formatmonth(2024, 1))
print(calendar.formatstring(["a", "bb"], 5, 2), calendar._colwidth, calendar._spacing)
calendar.format(["x", "y"])
