# Building format strings dynamically, format_map with mappings, reusing templates, nested format calls.
template = "{greeting}, {name}! You have {count:,} new {noun}."
data = {"greeting": "Hello", "name": "Ann", "count": 1234, "noun": "messages"}
print(template.format(**data))
print(template.format_map(data))


class Defaulting(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print(template.format_map(Defaulting(name="Bob", count=1)))
row_fmt = " | ".join("{:%s%d}" % (a, w) for a, w in (("<", 6), (">", 5), ("^", 7)))
print(repr(row_fmt))
for row in (("a", 1, "x"), ("bbbb", 22, "yy"), ("cc", 333, "zzz")):
    print(row_fmt.format(*row))
spec = "{:" + ">" + str(8) + "." + "2" + "f}"
print(spec, spec.format(3.14159))
outer = "[{}]".format("{:^9}".format("mid"))
print(outer, "{}{}".format("{", "}"), "{{{}}}".format("x"))
fmt_pct = "%-6s=%6.2f"
print("\n".join(fmt_pct % (k, v) for k, v in (("alpha", 1.5), ("beta", 22.25))))
names = ["x", "y", "z"]
expr = " + ".join("{" + n + "}" for n in names)
print(expr, "=", expr.format(x=1, y=2, z=3), "=", eval(expr.replace("{", "").replace("}", ""), {"x": 1, "y": 2, "z": 3}))
cols = ["id", "name"]
header = "".join(f"{c:<{w}}" for c, w in zip(cols, (4, 8)))
print(header + "|")
print("{0}{1}{0}".format("-" * 3, "+"), "%s" % "%s", ("%s" % "%%s") % (), "{}".format("{}").format(7))
