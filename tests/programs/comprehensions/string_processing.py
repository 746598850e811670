# Text processing with comprehensions: word counts, caesar cipher, acronyms, transposition.
text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
counts = {w: words.count(w) for w in words}
print(counts)
print(sorted(((c, w) for w, c in counts.items()), reverse=True)[:3])
print("".join(w[0].upper() for w in "portable virtual machine".split()))
shift = 3
def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
enc = caesar("hello, world", shift)
print(enc, caesar(enc, -shift))
letters = sorted({c for c in text if c.isalpha()})
print(len(letters), "".join(letters))
print([w for w in words if w == w[::-1]], [w[::-1] for w in words[:3]])
lines = ["abc", "def", "ghi"]
print(["".join(line[i] for line in lines) for i in range(3)])
freq = {c: text.count(c) for c in "aeiou"}
print(freq, max(freq, key=freq.get))
csv = "name,age\nann,30\nbob,25"
header, *rows = [line.split(",") for line in csv.splitlines()]
print([dict(zip(header, r)) for r in rows])
print(" ".join(f"{w:>5}" for w in words[:4]) + "|")
print(["%s=%d" % (w, len(w)) for w in words if len(w) > 4])
print([ord(c) - ord("a") for c in "pvm"], "".join(chr(n + 65) for n in [15, 21, 12]))
