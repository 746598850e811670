# str.maketrans in its dict/two-string/three-string forms and str.translate, including deletions.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()))
print("axbycz".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "é": "e"})
print(sorted(t3.items()))
print("abcé abc".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}))
print("hello".translate({}), "".translate(t1))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 3.5})
except TypeError as e:
    print(type(e).__name__, e)


class Rot13:
    def __getitem__(self, c):
        if 97 <= c <= 122:
            return (c - 97 + 13) % 26 + 97
        if 65 <= c <= 90:
            return (c - 65 + 13) % 26 + 65
        raise LookupError


print("Hello, World!".translate(Rot13()))
print("Hello, World!".translate(Rot13()).translate(Rot13()))
vowels = str.maketrans("", "", "aeiouAEIOU")
print("The quick brown fox".translate(vowels))
print("日本語".translate({ord("本"): "[本]"}), "tab\tnew\n".translate({9: "\\t", 10: "\\n"}))
