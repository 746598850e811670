# time.strptime: directives, defaults, ISO weeks, offsets and errors.
import time

cases = [
    ("2024-01-05", "%Y-%m-%d"),
    ("20240105", "%Y%m%d"),
    ("05/01/24", "%d/%m/%y"),
    ("05/01/69", "%d/%m/%y"),
    ("13:04:05", "%H:%M:%S"),
    ("01:04 PM", "%I:%M %p"),
    ("12:30 am", "%I:%M %p"),
    ("12 pm", "%I %p"),
    ("7", "%I"),
    ("Mon Jan  1 00:00:00 2024", "%a %b %d %H:%M:%S %Y"),
    ("Tue Mar 5 13:04:05 2024", "%c"),
    ("03/05/24", "%x"),
    ("13:04:05", "%X"),
    ("366 2024", "%j %Y"),
    ("366 2023", "%j %Y"),
    ("10 3 2024", "%U %w %Y"),
    ("00 0 2024", "%U %w %Y"),
    ("00 mon 2023", "%W %a %Y"),
    ("52 sun 2024", "%W %a %Y"),
    ("2020 53 7", "%G %V %u"),
    ("2024-W01-1", "%G-W%V-%u"),
    ("2021 1 Friday", "%G %V %A"),
    ("Friday, January 05, 2024", "%A, %B %d, %Y"),
    ("FEB 29", "%b %d"),
    ("1231", "%m%d"),
    ("131", "%m%d"),
    ("+0530", "%z"),
    ("-05:30", "%z"),
    ("+05:30:15", "%z"),
    ("+053015.123", "%z"),
    ("Z", "%z"),
    ("UTC", "%Z"),
    ("gmt", "%Z"),
    ("2024-01-05T13:04:05.123456+0100", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("5", "%f"),
    ("%2024", "%%%Y"),
    ("2024 \t 01", "%Y %m"),
    ("2024-1-5", "%Y-%m-%d"),
    (" 5", "%d"),
    ("23:59:61", "%H:%M:%S"),
    ("9999-12-31", "%Y-%m-%d"),
    ("", ""),
    ("x", "X"),
]
for data, fmt in cases:
    try:
        st = time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(st), st.tm_zone, st.tm_gmtoff)
    except ValueError as e:
        print(repr(data), repr(fmt), "ValueError", e)

print(time.strptime("Mon Jan  1 00:00:00 2024"))


def attempt(*args, **kwargs):
    try:
        print(repr(time.strptime(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt("2024", "%a %b")
attempt("2024-01-05", "%Y-%m-%d %H")
attempt("2024-01-05x", "%Y-%m-%d")
attempt("2024", "%Q")
attempt("2024", "%")
attempt("2024", "%Y%")
attempt("2024", "%Y %.")
attempt("2024", "% Y")
attempt("2023-02-29", "%Y-%m-%d")
attempt("0000", "%Y")
attempt("2024 10", "%G %V")
attempt("2024 10 1", "%Y %V %u")
attempt("10", "%V")
attempt("2024 10 1 5", "%G %V %u %j")
attempt("+05:3015", "%z")
attempt("+0530:15", "%z")
attempt("12:60", "%H:%M")
attempt(5)
attempt("2024", 5)
attempt()
attempt("a", "b", "c")
attempt("a", format="b")
attempt("2024 2024", "%Y %Y")
attempt("1 2 2024", "%m %d %c")
