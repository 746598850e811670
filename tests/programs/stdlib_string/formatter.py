# string.Formatter and the _string helpers it uses.
import string
import _string

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

f = string.Formatter()
attempt(f.format, "{} and {}", 1, 2)
attempt(f.format, "{0} {1} {0}", "a", "b")
attempt(f.format, "{name}: {value:>8.3f}|", name="pi", value=3.14159)
attempt(f.format, "{0[1]} {0[key]} {1.real} {1.imag}", {1: "one", "key": "k"}, 3 + 4j)
attempt(f.format, "{!r} {!s} {!a}", "x", "y", "é")
attempt(f.format, "{0:{1}} {0:{width}.{prec}}", 3.14159, "8.2f", width=10, prec=3)
attempt(f.format, "{{literal}} {} }}{{", 5)
attempt(f.format, "{} {1}", 1, 2)
attempt(f.format, "{1} {}", 1, 2)
attempt(f.format, "{", 1)
attempt(f.format, "}", 1)
attempt(f.format, "{0!x}", 1)
attempt(f.format, "{0!}", 1)
attempt(f.format, "{0!rr}", 1)
attempt(f.format, "{0", 1)
attempt(f.format, "{0:", 1)
attempt(f.format, "{0[}", 1)
attempt(f.format, "{0.}", 1)
attempt(f.format, "{0[0]x}", [1])
attempt(f.format, "{5}", 1)
attempt(f.format, "{k}", 1)
attempt(f.format, "{0:{1:{2}}}", 1, 2, 3)
attempt(f.format, "{0:{1:{2:{3}}}}", 1, 2, 3, 4)
attempt(f.format, "{a.b}", a=1)
attempt(f.format, "{:d}", "x")
attempt(f.vformat, "{0}-{x}", ("p",), {"x": "q"})
attempt(f.format, "{0[-1]}", {"-1": "neg"})
attempt(f.format, "{00}", "zero")

class Logging(string.Formatter):
    def get_value(self, key, args, kwargs):
        print("get_value", repr(key))
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used_args, args, kwargs):
        print("used", sorted(map(str, used_args)))
    def format_field(self, value, format_spec):
        return "<" + super().format_field(value, format_spec) + ">"
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

lf = Logging()
attempt(lf.format, "{0} {x!u} {y[0]:>3}", 1, 2, x="ab", y=[7])
print(list(f.parse("a{{b}}c{0!r:>{1}}d{}e{x.y[0]}")))
print(list(f.parse("")), list(f.parse("plain")), list(f.parse("{}")), list(f.parse("}}")))
print(f.get_field("0.real", [5], {}), f.get_field("k[2]", [], {"k": "abc"}))
print(f.convert_field(5, None), f.convert_field("é", "a"), f.format_field(5, "03d"))
attempt(f.convert_field, 1, "z")

first, rest = _string.formatter_field_name_split("obj.attr[3][key].x")
print(first, list(rest))
first, rest = _string.formatter_field_name_split("12[0]")
print(repr(first), list(rest))
first, rest = _string.formatter_field_name_split("")
print(repr(first), list(rest))
for bad in ["a[", "a.", "a[]", "a[0]b", "a..b", "99999999999999999999"]:
    try:
        first, rest = _string.formatter_field_name_split(bad)
        print(repr(first), list(rest))
    except ValueError as e:
        print("ValueError", e)
for bad in ["{", "a}b", "{0!}", "{0!r", "{x{y}", "{0:{}", "text {0:}"]:
    it = _string.formatter_parser(bad)
    out = []
    try:
        for item in it:
            out.append(item)
        print(out)
    except ValueError as e:
        print(out, "ValueError", e)
attempt(_string.formatter_parser, 5)
attempt(_string.formatter_field_name_split, None)
