# Lone surrogates (U+D800..U+DFFF) in strs: literals, chr/ord, repr/ascii, str methods, ordering, hashing, codecs' surrogateescape/surrogatepass, json, files and print.
import io
import json
import os
import sys
import tempfile

s = "a\ud800b\udcffc"
print(len(s), [ord(c) for c in s], s[1] == "\ud800", s[-2] == chr(0xdcff), list(s)[3] == "\udcff")
print(repr(s), ascii(s), "%r|%a|%s" % (s, s, ascii(s)), "{!r} {!a}".format(s, s), f"{s!r}")
print(repr(chr(0xd800)), repr(chr(0xdbff) + chr(0xdc00)), repr(chr(0xdfff)), ord("\udc80"), repr(chr(0x10ffff)))
print("%c%c" % (0xd800, 0x41) == "\ud800A", format(0xdfff, "c") == "\udfff", "{:c}".format(0xdc80) == "\udc80")
print(ascii(f"\ud800{1}\udfff"), ascii(f"{'x'}\udc80"), ascii(rf"\ud800{2}"), ascii("\ud800" f"{3}" "\udc00"))
print(ascii("\ud800" "\udc00"), len("\ud800" "\udc00"), ascii("\ud83d\ude00"), "\ud83d\ude00" == "\U0001f600")
print(ascii("\N{LATIN SMALL LETTER A}\ud800\x41\101"), ascii("\udc80" * 2 + "\ud800"), "\ud800" * 0 == "")

# Predicates and case mappings leave surrogates alone.
print([c.isprintable() for c in "\ud800\udfffA"], s.isprintable(), "\ud800".isalpha(), "\ud800".isspace(),
      "\ud800".isidentifier(), "\udc80".isdigit(), "\udc80".isupper(), "\udc80".islower())
print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))

# Searching, slicing, joining.
print(s.find("\udcff"), s.index("b"), s.count("\ud800"), repr(s.replace("\ud800", "X")), repr(s.split("\udcff")))
print(repr("\ud800".join(["x", "y"])), repr(("\udc80" * 3).strip("\udc80")), repr(s.center(9, "\udc80")))
print(repr(s[::-1]), repr(s[1:3]), "\ud800" in s, "\ud801" in s, s.startswith("a\ud800"), s.endswith("\udcffc"))
print(repr("%s-%s" % ("\ud800", "\udc00")), repr("{}{}".format("\ud800", "\udc00")), repr("\ud800".ljust(3, "*")))
print(repr(str(["\ud800"])), repr({"\udc80": "\ud800"}), repr(("\udfff",)), repr("x\ud800".partition("\ud800")))

# Ordering is by code point: surrogates sort after U+D7FF and before U+E000.
words = ["\ue000", "\ud800", "\uffff", "\U0010ffff", "\U0001f600", "z", "\udfff", "\ud7ff", "\U0010efff", "é"]
print(ascii(sorted(words)), ascii(min(words)), ascii(max(words)))
print(["\ud800" < w for w in words], ["\udfff" >= w for w in words])
print(ascii(sorted(words, key=lambda w: w + "x")), ascii(sorted(words, reverse=True)))
print("a\ud800" < "a\ue000", "\U0010efff" > "\udfff", "é\udc00" < "é\uffff", "é\udc00".__lt__("é\ue000"))
print(sorted(["\ud800b", "\ud800a", "\ud7ffz", "\ue000"]) == ["\ud7ffz", "\ud800a", "\ud800b", "\ue000"])

# Hashing matches CPython's (dict and set order follow).
print(hash("\ud800") == hash(chr(0xd800)), hash("\ud800"), hash("a\udcff"), hash("\U0010ffff\ud800"))
print(ascii(list(set(["\ud800", "\udc00", "a", "\udfff", "é", "\U0001f600"]))))
d = {"\ud800": 1, "\udc80": 2}
print(d["\ud800"], d.get(chr(0xdc80)), ascii(d))

# translate and maketrans key by code point.
t = str.maketrans({"\ud800": "X", 0xdc80: "\udfff"})
print(t, ascii("\ud800\udc80".translate(t)), ascii("ab".translate({97: 0xd800})))
t2 = str.maketrans("\ud800a", "b\udc00", "\udfff")
print(t2, ascii("\ud800a\udfff".translate(t2)))

# Codecs: strict errors, and the surrogate error handlers.
def show(f):
    try:
        r = f()
    except (UnicodeEncodeError, UnicodeDecodeError) as e:
        r = (type(e).__name__, str(e), e.start, e.end)
    print(ascii(r))

for text in ["\ud800", "\ud800\udc00", "a\udcff\udc80b", "x\ud800y\udfffz", "é\udc80"]:
    for errors in ["strict", "surrogateescape", "surrogatepass", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        for enc in ["utf-8", "ascii", "latin-1", "utf-16-le", "utf-16", "utf-32-be", "cp1252", "utf-8-sig"]:
            show(lambda: text.encode(enc, errors))
for data in [b"\xed\xa0\x80", b"\xed\xa0", b"a\xed\xb2\x80\xff", b"\x00\xd8", b"\x00\xdc\x41\x00",
             b"\x00\xd8\x00\x00", b"\x80abc\x81", b"\xf0\x9f\x98", b"\xff\xfe\x00\xd8"]:
    for errors in ["strict", "surrogateescape", "surrogatepass", "replace", "backslashreplace"]:
        for enc in ["utf-8", "ascii", "utf-16-le", "utf-16", "utf-32-le", "cp1252", "latin-1"]:
            show(lambda: data.decode(enc, errors))
print(ascii(str(b"\xed\xa0\x80", "utf-8", "surrogatepass")), bytes("\udcfe", "utf-8", "surrogateescape"))
print(ascii("\ud83d\ude00".encode("utf-16", "surrogatepass").decode("utf-16")))
print(ascii("\ud83d\ude00".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")))
raw = bytes(range(256))
print(raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == raw)
print(raw.decode("ascii", "surrogateescape").encode("ascii", "surrogateescape") == raw)
e = UnicodeEncodeError("utf-8", "x\ud800", 1, 2, "surrogates not allowed")
print(e, ascii(e.object), e.start, e.end)
e = UnicodeDecodeError("utf-8", b"\xed\xa0\x80", 0, 1, "invalid continuation byte")
print(e, e.object)

# json: \u escapes of lone surrogates both ways.
for v in ["\ud800", "a\udcffb", "\ud83d\ude00", "\U0001f600", "\udbff\udfff", "x\udc00\ud800y"]:
    print(json.dumps(v), ascii(json.dumps(v, ensure_ascii=False)), json.dumps([v, {v: 1}]))
for doc in ['"\\ud800"', '"\\udc00\\ud800"', '"\\ud83d\\ude00"', '"a\\udfffb"', '"\\ud800\\u0041"', '{"\\ud800": [1]}']:
    v = json.loads(doc)
    print(doc, ascii(v), len(str(v)), v == json.loads(json.dumps(v)))

# Files: the text layer encodes with the file's error handler.
folder = tempfile.mkdtemp()
path = os.path.join(folder, "f.txt")
with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("a\udcff\udc80b\n")
print(open(path, "rb").read(), ascii(open(path, encoding="utf-8", errors="surrogateescape").read()))
try:
    with open(path, "w", encoding="utf-8") as f:
        f.write("x\ud800")
except UnicodeEncodeError as err:
    print(err)
with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
    f.write("x\ud800")
print(open(path, "rb").read(), ascii(open(path, encoding="utf-8", errors="surrogatepass").read()))
print(ascii(open(path, encoding="utf-8", errors="replace").read()))
os.remove(path)
os.rmdir(folder)
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="utf-16-le", errors="surrogatepass")
w.write("\udc00z")
w.flush()
print(buf.getvalue())
sio = io.StringIO()
sio.write("q\ud800")
print(ascii(sio.getvalue()), len(sio.getvalue()))
print(ascii(os.fsdecode(b"\xffabc")), os.fsencode("\udcffabc"))

# re matches code points: escapes and literal surrogates agree.
import array
import re
t = "a\ud800b\udcffc\U0010ffff\ue000"
print(re.findall(r"[\ud800-\udfff]", t) == ["\ud800", "\udcff"], ascii(re.findall("[\ud800-\udfff]", t)))
print(ascii(re.sub(r"\udcff", "X", t)), ascii(re.sub("b", "\udc80", t)), ascii(re.split("[\ud800\udcff]", t)))
print(ascii(re.findall(r"[^\x00-\ud7ff]", t)), ascii(re.findall(r".", "\ud800\n\udc00")))
print(ascii(re.findall(r"\ud800", "\ud800\uD800", re.I)), ascii(re.findall("\udc80", "\udc80\udc81", re.I)))
m = re.search(r"(\ud800)(b)", t)
print(ascii(m.group(1)), m.span(), ascii(m[0]), ascii(m.groups()))
print(ascii(re.escape("\ud800a.")), ascii(re.compile("\ud800+").pattern), re.compile("\udfff").search("x\udfff").start())
print(ascii(re.sub(r"(.)", r"\1\1", "\ud800\udc00")), re.fullmatch(r"\w+", "\ud800") is None, re.match(r"\W", "\udc80") is not None)

# array('u') items are code points.
a = array.array("u", "a\ud800\udcff")
print(a, ascii(a.tounicode()), ascii(a[1]), a.tobytes())
a.fromunicode("\udc80")
a.append("\udfff")
print(ascii(list(a)), a.tobytes()[-8:])
a = array.array("u")
a.frombytes(b"\x00\xd8\x00\x00")
print(ascii(a.tounicode()), repr(a))

# File names that are not UTF-8 decode with surrogateescape, and back.
folder = tempfile.mkdtemp()
with open(os.path.join(folder.encode(), b"caf\xe9-\xff.txt"), "wb") as f:
    f.write(b"x")
names = os.listdir(folder)
print(ascii(names), os.listdir(folder.encode()), ascii([e.name for e in os.scandir(folder)]))
path = os.path.join(folder, names[0])
print(os.path.exists(path), os.path.getsize(path), os.fsencode(names[0]), open(path).read())
os.rename(path, os.path.join(folder, "\udcff.txt"))
print(os.listdir(folder.encode()), ascii(os.listdir(folder)))
try:
    open(os.path.join(folder, "\ud800"), "w")
except UnicodeEncodeError as err:
    print(err)
os.environ["PVM_LONE_SURROGATE"] = "a\udcfe"
print(os.environb[b"PVM_LONE_SURROGATE"], ascii(os.environ["PVM_LONE_SURROGATE"]))
os.remove(os.path.join(folder, "\udcff.txt"))
os.rmdir(folder)

# stderr escapes them (backslashreplace); stdout is strict UTF-8, and print
# writes piece by piece, so the pieces before the bad one come out.
print("to stderr \ud800", file=sys.stderr)
print("a", end="")
try:
    print("b", "\ud800", "c")
except UnicodeEncodeError as err:
    print("|", err, err.start, err.end, ascii(err.object))
try:
    print(1, 2, sep="\udc80")
except UnicodeEncodeError as err:
    print("|", err, ascii(err.object))
sys.stdout.flush()
print("last \udcff")
