# bytes methods mirroring str: split/join/strip/replace/find/count/startswith/upper/lower/partition/center.
b = b"  The Quick  brown fox  "
print(b.split(), b.split(b" "), b.strip(), b.lstrip(), b.rstrip(), b.strip(b" xTo"))
print(b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize())
print(b.replace(b"o", b"0"), b.replace(b" ", b"", 3), b.find(b"fox"), b.rfind(b"o"), b.index(b"Q"))
print(b.count(b"o"), b.count(ord(" ")), b.find(ord("Q")), b.startswith(b"  T"), b.endswith((b"x", b"  ")))
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"-".join(b"x" for _ in range(3)))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.find("x")
except TypeError as e:
    print(type(e).__name__, e)
print(b"a,b,,c".split(b","), b"a b".rsplit(None, 1), b"k=v".partition(b"="), b"k=v=w".rpartition(b"="))
print(b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(True))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"-12".zfill(5), b"a\tb".expandtabs(4))
print(b"abc1".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper())
print(b"Title Case".istitle(), b"\xe9".isalpha(), b"".isdigit(), b"abc".isascii(), b"\x80".isascii())
print(b"prefix-body".removeprefix(b"prefix-"), b"file.txt".removesuffix(b".txt"))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"), len(table))
print(b"%s is %d years, %x hex, %r" % (b"ann", 30, 255, b"r"), b"%5.2f|%-4s|" % (3.14159, b"ab"))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), "é".encode(), b"x".upper().decode() + "y")
