# Iterating strings, ord/chr round trips across planes, counting characters, building strings char by char.
s = "Aé€𝄞"
for c in s:
    print(c, ord(c), hex(ord(c)), len(c), c.encode())
print([chr(i) for i in (65, 97, 233, 8364, 119070, 0x1F600)])
print(all(chr(ord(c)) == c for c in "the quick brown fox 日本語"))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")), repr(chr(True)))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
out = ""
for i, ch in enumerate("hello"):
    out += ch.upper() if i % 2 else ch
print(out)
print("".join(chr(ord(c) + 1) for c in "HAL"), "".join(chr(ord("a") + i) for i in range(26)))
print(list(enumerate("ab", 1)), list(zip("abc", "xy")), dict(zip("ab", range(2))))
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "END"))
print(sum(map(ord, "abc")), max("hello", key=ord), sorted("hello", key=lambda c: -ord(c)))
print([c for c in "a1b2c3" if c.isdigit()], "".join(filter(str.isalpha, "a1b2c3")))
print(list("日本"), tuple("ab"), set("aab") == {"a", "b"}, "-".join(reversed("abc")))
