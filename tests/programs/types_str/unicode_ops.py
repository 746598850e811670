# Non-ASCII and astral-plane text: len, upper/lower on Deseret and Greek, combining marks, emoji sequences.
texts = ["naïve café", "Ελληνικά", "русский", "עברית", "日本語", "한국어", "𐐀𐐨", "e\u0301", "👨‍👩‍👧", "🇫🇷"]
for t in texts:
    print(t, len(t), t.upper(), t.lower(), t[::-1] == "".join(reversed(t)), [hex(ord(c)) for c in t][:3])
print("𐐀".lower(), "𐐨".upper(), "ǈ".lower(), "ǈ".upper(), "ǈ".istitle())
print("Ω".lower(), "ω".upper(), "Ω" == "\u2126", "\u2126".lower())
print("é" == "e\u0301", len("é"), len("e\u0301"), "e\u0301".upper())
print("straße".upper().lower(), "İ".lower(), len("İ".lower()), "ı".upper())
print("ﬀ".casefold(), "ß".casefold(), "ς".casefold(), "Σ".casefold(), "ᾳ".upper(), "ᾳ".title())
print(sorted(["é", "e", "f", "E", "ē", "ä"]), max("abcé"), min("日本語"))
word = "日本語のテキスト"
print(word[2:5], word.find("テ"), word.replace("の", "-"), word.split("の"), word.center(12, "*"))
print("ℌ𝔢𝔩𝔩𝔬".isalpha(), "①②".isdigit(), "①②".isdecimal(), "〇".isnumeric(), "½".isdecimal())
print("\u0660\u0661".isdigit(), int("\u0660\u0661\u0662"), float("\u0663.\u0665"), int("１２"))
print("Ｈｅｌｌｏ".lower(), "ＡＢＣ".isupper(), "Ａ" < "a", ord("Ａ") - ord("A"))
print(" ".join(t[0] for t in texts), "".join(sorted(set("mississippi"))))
