# hex()/fromhex() for bytes and bytearray: separators, whitespace handling, errors; int<->hex helpers.
data = bytes(range(0, 256, 37))
print(data, data.hex(), data.hex(" "), data.hex("_", 2), data.hex(":", -2), data.hex(b"|", 3))
print(bytearray(b"\x01\xab").hex(), memoryview(b"\xfe\xed").hex(), b"".hex(), b"".hex(":"))
for s in ["00ff", "00 FF", " 0a 0B ", "", "abcdef", "a b"]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["0", "zz", "0g", "1 2 3"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
try:
    data.hex("::")
except ValueError as e:
    print(type(e).__name__, e)
print(bytes.fromhex(data.hex()) == data, type(bytearray.fromhex("41")).__name__)
word = "PVM".encode()
print(word.hex(), int(word.hex(), 16), int.from_bytes(word, "big"), f"{int.from_bytes(word, 'big'):x}")
print(" ".join(f"{b:02x}" for b in b"\x00\x10\xff"), "".join(format(b, "08b") for b in b"\x05\xa0"))
print(bytes.fromhex("48656c6c6f").decode(), "Hello".encode().hex().upper())
