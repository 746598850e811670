# String comparison (code point order), concatenation, repetition, membership and identity-free equality.
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "日" > "é")
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa", "abc" >= "abc", "b" > "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "10", "9", ""]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), max("hello"), min("hello"))
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
a = "x"
a += "y"
a *= 2
print(a)
print("ell" in "hello", "hello" in "ell", "" in "", "é" in "café", "ab" not in "ba")
for bad in ("'a' + 1", "'a' * 'b'", "'a' * 2.0", "'a' < 1", "1 + 'a'", "'a' - 'a'"):
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("a" == 1, "1" == 1, "a" != None)
print(("a" "b" "c"), "con" "cat" == "concat")
print(min(["b", "a", "c"]), max(["aa", "b"]), sorted("hello world".split(), reverse=True))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("+".join(parts), len("".join(parts)))
print("abc" < "abcd" < "abd" < "b", "A" < "a" < "À" < "à")
print([s for s in ["x", "X", "y"] if s >= "x"], "a".__lt__("b"), "a".__lt__(1))
