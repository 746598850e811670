# Indexing and slicing non-ASCII strs of every size (long ones are indexed
# through a code point index), after appends, with astral and surrogate
# code points, and a loop over a long text that must stay linear.

pieces = ["a", "é", "€", "𝄞", "\udc80", "z"]
for n in (1, 63, 64, 65, 255, 256, 257, 1000, 4097):
    s = "".join(pieces[(i * 7) % len(pieces)] for i in range(n))
    idx = [0, n // 2, n - 1, -1, -n]
    print(n, len(s), [ascii(s[i]) for i in idx], ascii(s[n // 3 : n // 3 + 5]), ascii(s[-70:-64]))
    assert all(s[i] == c for i, c in enumerate(s))
    assert list(s[::-1]) == list(reversed(s))

t = "x" * 300
for k in range(300):
    t += "é" if k % 2 else "ü"
    if k % 97 == 0:
        print(len(t), ascii(t[-1]), ascii(t[299:302]), t.find("é"), t.rfind("ü"))

text = ("naïve café résumé " * 20000)
count = 0
for i in range(0, len(text), 3):
    if text[i] == "é":
        count += 1
print(count, len(text), ascii(text[123456:123470]))
