# Strings are immutable: item assignment errors, methods return new strings, identity-free sharing semantics.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
t = s
s += " world"
print(s, t)
u = s.upper()
print(s, u)
s2 = s.replace("l", "L")
print(s, s2)
chars = list(s)
chars[0] = "J"
print("".join(chars), s)
print(s.capitalize().swapcase(), s)
try:
    "abc".append("d")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nonexistent()
except AttributeError as e:
    print(type(e).__name__, e)
d = {"key": 1}
k = "ke"
k += "y"
print(d[k], k == "key")
print(hash("abc") == hash("ab" + "c"))
tup = ("a", "b")
print(tup[0] + tup[1], tup)
fn = str.upper
print(fn("x"), str.join("-", "ab"), str.__len__("héllo"), str.__getitem__("abc", -1))
print(type(s).__name__, isinstance(s, str), issubclass(str, object), str.__mro__)
