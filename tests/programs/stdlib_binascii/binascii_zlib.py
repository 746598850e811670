# binascii hex/base64/crc functions and zlib checksums.
import binascii
import zlib

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"", b"a", b"abc", b"hello world", bytes(range(256)), b"\x00" * 10, bytearray(b"xyz"), memoryview(b"mv")]
for d in data:
    print(binascii.hexlify(d), binascii.b2a_hex(d), binascii.b2a_base64(d), binascii.b2a_base64(d, newline=False),
          binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff), zlib.crc32(d), zlib.adler32(d))
print(binascii.crc32(b"abc", 5), binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5), binascii.crc32(b"def", binascii.crc32(b"abc")))
print(zlib.crc32(b"abc", 7), zlib.adler32(b"abc", 12345), zlib.adler32(b"", 0xffffffff), zlib.adler32(b"x" * 100000))
print(binascii.crc_hqx(b"abc", 2**20 + 3), binascii.crc_hqx(b"123456789", 0))
attempt(binascii.crc32, "abc")
attempt(binascii.crc32, b"abc", 1.5)
attempt(binascii.crc32)
attempt(zlib.adler32)
attempt(zlib.crc32, 5)
attempt(binascii.crc_hqx, b"abc")
print(binascii.hexlify(b"abcdef", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcdef", ":", -2))
print(binascii.b2a_hex(b"\x01\x02\x03", sep=" "), binascii.hexlify(data=b"\xff"))
attempt(binascii.hexlify, "abc")
attempt(binascii.hexlify, b"abc", "--")
attempt(binascii.hexlify, 5)
for s in ["00ff", "0AfF", b"1234", bytearray(b"abcd"), "abc", "zz", "é0", 5, ""]:
    attempt(binascii.unhexlify, s)
    attempt(binascii.a2b_hex, s)
for s in ["aGVsbG8=", "aGVsbG8=\n", "aGVsbG8", "aGVsb", "aGVs bG8=", "aG=Vs", "=aGVs", "aGVs====", "aGVsbA==x",
          "aG!Vs", "", "====", "YQ", "YQ=", "YQ==", "YWI=", "!!!", b"aGk=", bytearray(b"aGk="), "é"]:
    attempt(binascii.a2b_base64, s)
    attempt(binascii.a2b_base64, s, strict_mode=True)
attempt(binascii.a2b_base64, 5)
attempt(binascii.b2a_base64, "abc")
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
try:
    binascii.unhexlify("0")
except binascii.Error as e:
    print("caught", type(e).__name__, e)
