# replace (with count), find/rfind/index/rindex with ranges, count with overlaps and empty substring.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("at", ""), s.replace("", "-")[:20])
print("aaaa".replace("aa", "b"), "abc".replace("", "|"), "abc".replace("", "|", 2), "".replace("", "x"))
print("x".replace("x", "yy", 0), "x".replace("x", "yy", -1), "héllo".replace("é", "e"))
print(s.find("at"), s.rfind("at"), s.find("at", 6), s.find("at", 6, 9), s.find("zz"), s.find(""), s.find("", 100))
print(s.index("cat"), s.rindex("the"), s.find("the", -10), s.rfind("the", 0, 10), s.find("t", -3, -1))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("at"), s.count("t"), s.count("at", 10), s.count(""), "aaaa".count("aa"), "".count(""), "abc".count("", 1))
print(s.startswith("the"), s.startswith(("a", "th")), s.startswith("cat", 4), s.startswith("cat", 4, 6))
print(s.endswith("hat"), s.endswith(("cat", "hat")), s.endswith("mat", 0, 22), s.endswith(()))
print("".startswith(""), "abc".startswith(""), "abc".endswith("", 5), "abc".startswith("", 4))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
u = "añb日c日"
print(u.find("日"), u.rfind("日"), u.index("b"), u.count("日"), u.replace("日", "day"))
print("Mississippi".replace("ss", "SS").replace("i", "I", 2), "abcabc".find("c", -2), "abc".find("abcd"))
