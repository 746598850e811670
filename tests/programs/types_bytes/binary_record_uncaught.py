# Packing/unpacking a binary record with int.to_bytes and slicing; ends with an uncaught UnicodeDecodeError.
def pack(rec_id, name, score):
    raw = name.encode("utf-8")
    buf = bytearray()
    buf += rec_id.to_bytes(4, "big")
    buf.append(len(raw))
    buf += raw
    buf += score.to_bytes(2, "little", signed=True)
    return bytes(buf)


def unpack(data):
    rec_id = int.from_bytes(data[0:4], "big")
    n = data[4]
    name = data[5:5 + n].decode("utf-8")
    score = int.from_bytes(data[5 + n:7 + n], "little", signed=True)
    return rec_id, name, score


records = [(1, "ann", 90), (258, "zoë", -5), (70000, "日本", 32767)]
blob = b"".join(pack(*r) for r in records)
print(blob, len(blob))
pos = 0
while pos < len(blob):
    n = blob[pos + 4]
    chunk = blob[pos:pos + 7 + n]
    print(unpack(chunk), chunk.hex(" "))
    pos += 7 + n
checksum = 0
for byte in blob:
    checksum = (checksum * 31 + byte) & 0xFFFF
print("checksum", checksum)
corrupt = bytearray(pack(9, "é", 1))
corrupt[5] = 0xFF
print("decoding corrupt record", bytes(corrupt))
print(unpack(corrupt))
