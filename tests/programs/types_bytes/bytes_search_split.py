# Searching and splitting binary data: find/index/count with int arguments and ranges, split on arbitrary bytes.
packet = b"\x02HDR\x1fname=ann\x1fage=30\x1f\x03"
fields = packet.strip(b"\x02\x03").split(b"\x1f")
print(fields)
print({k.decode(): v.decode() for k, v in (f.split(b"=") for f in fields if b"=" in f)})
print(packet.find(0x1f), packet.rfind(0x1f), packet.index(b"age"), packet.count(0x1f), packet.find(0x1f, 5))
print(packet.find(b"=", 10, 14), packet.rfind(b"=", 0, 10), packet.startswith(b"\x02"), packet.endswith(b"\x03"))
try:
    packet.index(0xee)
except ValueError as e:
    print(type(e).__name__, e)
try:
    packet.find(256)
except ValueError as e:
    print(type(e).__name__, e)
csv = b"a,b\r\nc,d\r\n\r\ne,f"
print(csv.splitlines(), [line.split(b",") for line in csv.splitlines() if line])
print(b"key: value: more".split(b": ", 1), b"  x  y ".split(), b"x".split(b"x"), b"".split(b","))
print(b"1 2 3".split(maxsplit=1), b"a-b-c".rsplit(b"-", maxsplit=1), b"\x00a\x00b".split(b"\x00"))
ba = bytearray(b"one two two three")
print(ba.replace(b"two", b"2"), ba.count(b"two"), ba.find(b"three"), ba.split(b" "))
print(type(ba.split()[0]).__name__, ba.partition(b" "), ba.upper(), ba.title())
print(bytes(b"abc").zfill(5), b"ab".join([b"1", b"2"]), bytearray(b",").join([b"x", bytearray(b"y")]))
nums = b"10 20 30"
print(sum(int(x) for x in nums.split()), [int(x, 16) for x in b"ff 10".split()], float(b"2.5"))
