# Indexing and slicing strings (including non-ASCII and astral characters) with steps and negative indices.
s = "héllo→wörld𝄞!"
print(len(s), s[0], s[1], s[-1], s[-2], s[5], s[11])
print(s[1:5], s[:3], s[7:], s[-6:-1], s[::2], s[::-1], s[1::3], s[-1:-8:-2])
print(repr(s[5:5]), repr(s[100:]), repr(s[-100:2]), s[2:-2], s[::-3], repr(s[3:1]))
print(s[slice(2, 9, 2)], s[slice(None, None, -1)] == s[::-1], s[slice(3)])
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
e = "日本語テキスト"
for i in range(-len(e), len(e), 3):
    print(i, e[i], e[i:], e[:i])
print([c for c in "a𝄞b"], list(reversed("ñé")), "".join(sorted("日本語")))
print(ord(s[11]), hex(ord(s[5])), chr(0x1D11E) == s[11])
print(s[True], s[False:True + 2], s[-1::-1][:3])
big = "abcdefghij" * 3
print(big[5:25:4], big[25:5:-4], big[-3::-7], big[:-25:-9])
