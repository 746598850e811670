# printf-style % formatting with tuples, single values, dicts, and every conversion type.
print("%s %s" % ("a", 1), "%s" % "single", "%s" % (1,), "%s" % [1, 2], "%r" % "q", "%a" % "é")
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%x %X %o" % (255, 255, 8), "%#x %#X %#o" % (255, 255, 8))
print("%e %E" % (12345.678, 0.000123), "%f %F" % (3.14159, float("inf")), "%g %G" % (1e-5, 1e20), "%.3g" % 3.14159)
print("%c%c" % (72, "i"), "%%" % (), "100%%" % (), "%5s|%-5s|" % ("ab", "cd"), "%05d|%+d|% d" % (42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.1e" % (2.675, 3.14159, 2.5, -3.5, 12345.0))
print("%.3s|%10.2s|%-6r|" % ("abcdef", "xyz", "q"), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%(name)s is %(age)d, %(name)r" % {"name": "ann", "age": 30}, "%(x)05.1f" % {"x": 2.25})
print("%s" % None, "%s" % (None,), "%s and %s" % (True, False), "%d%%" % 50, "%5.1f%%" % 99.5)
print("%x" % -255, "%o" % -8, "%#o" % 0, "%#x" % 0, "%e" % 0, "%g" % 100000, "%g" % 1000000, "%.0f" % 0.5)
print("%s" % b"bytes", "%r" % b"b", "%s" % {"k": 1}, "%s" % ((1, 2),), "%s %s" % (1, (2, 3)))
print("%i" % 2 ** 70, "%x" % 2 ** 70, "%.30f" % 0.1, "%10.4e|" % 123.456, "% 5d|%- 5d|" % (3, 3))
cases = [
    ("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {"z": 1}), ("%c", 1.5), ("%c", "ab"),
    ("%z", 1), ("%", ()), ("%(k)s %s", {"k": 1}), ("%x", 1.5), ("%d", None), ("%*d", ("a", 1)), ("%.2s %d", ("s",)),
]
for fmt, val in cases:
    try:
        print(repr(fmt), "->", repr(fmt % val))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % [("a", "b")], "%s|%s" % ("x", ["y"]), "no args" % (), "%s" % {})
