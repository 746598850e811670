# String formatting: f-strings with format specs, str.format, % formatting.


def fstrings(n):
    total = 0
    h = 0
    for i in range(n):
        x = i * 1.37
        s = f"{i:5d}|{x:10.3f}|{i:#x}|{i:08b}|{x:.2e}|{i:>6}|{'ab':<4}|{i!r}|{x:,.1f}|{i:+}"
        total += len(s)
        h = (h * 31 + ord(s[-3])) & 0xFFFFFF
    return total, h


def str_format(n):
    total = 0
    tmpl = "{0}-{1:>8}-{name:^10}-{2:.3f}-{3:x}"
    for i in range(n):
        s = tmpl.format(i, "v" + str(i % 10), i / 7, i, name="n%d" % (i % 100))
        total += len(s)
        total += len("{:,}".format(i * 1000))
    return total


def percent(n):
    total = 0
    for i in range(n):
        s = "%d %5.2f %s %-6s|%x %o %r %e" % (i, i / 3, "s", "ab", i, i, "q", i * 0.5)
        total += len(s)
        total += len("%(a)s=%(b)04d" % {"a": "key", "b": i % 10000})
    return total


def misc(n):
    total = 0
    for i in range(n):
        total += len(str(i)) + len(repr(i / 4)) + len(format(i, "_>12"))
        total += len(str(float(i) * 1e10)) + len(format(i % 1000 / 7, "g"))
    return total


def main():
    a = fstrings(N)
    b = str_format(N)
    c = percent(N)
    d = misc(N)
    print("formatting", a, b, c, d, f"{3.14159:.2f}", "{:>5}".format("x"), "%05.1f" % 2.5)


N = 280000
main()
