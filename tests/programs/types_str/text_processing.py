# Small text-processing tasks combining many str methods: word counts, caesar cipher, palindromes, wrapping.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness..."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:>8} {n}")


def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)


enc = caesar("Hello, World! é", 3)
print(enc, caesar(enc, -3))


def is_pal(s):
    clean = "".join(c.lower() for c in s if c.isalnum())
    return clean == clean[::-1]


for p in ["A man, a plan, a canal: Panama", "No lemon, no melon", "hello", "", "Was it a car or a cat I saw?"]:
    print(repr(p), is_pal(p))


def wrap(s, width):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


for line in wrap(text, 24):
    print("|" + line.ljust(24) + "|")
title = " ".join(w.capitalize() for w in "the old man and the sea".split())
print(title, title.title(), title.swapcase())
snake = "parseHTTPResponseCode"
out = ""
for i, c in enumerate(snake):
    if c.isupper() and i and (snake[i - 1].islower() or (i + 1 < len(snake) and snake[i + 1].islower())):
        out += "_"
    out += c.lower()
print(out, out.split("_"), "".join(p.title() for p in out.split("_")))
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.strip().splitlines()]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
