# time.strftime: every directive of glibc in the C locale, GNU flags and
# widths, unknown directives, and the argument checks.
import time

samples = [
    (2024, 3, 5, 13, 4, 5, 1, 65, 0),
    (1999, 12, 31, 23, 59, 59, 4, 365, 1),
    (2000, 1, 1, 0, 0, 0, 5, 1, -1),
    (5, 1, 1, 12, 0, 0, 0, 1, 0),
    (-5, 6, 15, 1, 2, 3, 6, 166, 0),
    (2021, 1, 3, 0, 0, 0, 6, 3, 0),
    (2008, 12, 29, 0, 0, 0, 0, 364, 0),
    (12345, 7, 4, 9, 30, 0, 2, 185, 0),
]
for t in samples:
    print(time.strftime("%a %A %b %B %h %c | %C %d %D %e %F %g %G %H %I %j %k %l %m %M", t))
    print(time.strftime("%n%t %p %P %r %R %S %T %u %U %V %w %W %x %X %y %Y %%", t))

t = samples[0]
for flag in ["", "_", "-", "0", "^", "#"]:
    print(repr(time.strftime("%{0}d|%{0}e|%{0}5Y|%{0}3a|%{0}B|%{0}p|%{0}Z|%{0}10z|%{0}j".format(flag), t)))
print(repr(time.strftime("%Ey %EY %EC %Od %Om %OB %Ob %Ec %Ex %EX", t)))
print(repr(time.strftime("%q %5q %E %O %Oc %Ed %^q % %", t)))
print(repr(time.strftime("trailing %", t)), repr(time.strftime("%5", t)))
print(repr(time.strftime("", t)), repr(time.strftime("plain text", t)))
print(repr(time.strftime("é%Yñ€ %é", t)))

zoned = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "EST", -18000))
print(time.strftime("%Z %z %10z %-10z %010z", zoned))
print(time.strftime("%Z %z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "X", 19800))))
print(time.strftime("%Z %z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, -1, "X", 19800))))
print(time.strftime("%z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "X", -18030))))
print(time.strftime("%z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Z|%z", time.gmtime(0)))
print(time.strftime("%s", time.localtime(1700000000)))
print(time.strftime("%Y-%m-%d", time.gmtime(1700000000)))

print(len(time.strftime("%1000Y", t)), len(time.strftime("%2000Y", t)))
print(len(time.strftime("%5000Y", t)), len(time.strftime("%2147483647Y", t)))
print(type(time.strftime("%Y")).__name__)


def attempt(*args):
    try:
        print(repr(time.strftime(*args)))
    except Exception as e:
        print(type(e).__name__, e)


attempt("%Y", (2024, 1, 1, 0, 0, 0, 0, 1))
attempt("%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0])
attempt("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0))
attempt("%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0))
attempt("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0))
attempt("%Y", (2024, 1, 1, 0, 60, 0, 0, 1, 0))
attempt("%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0))
attempt("%Y", (2024, 1, 1, 0, 0, 62, 0, 1, 0))
attempt("%Y", (2024, 1, 1, 0, 0, 0, -2, 1, 0))
attempt("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0))
attempt("%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0))
attempt("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 2**40))
attempt(5)
attempt("%Y", 5)
attempt("a\0b", t)
attempt()
attempt("%Y", t, 3)
