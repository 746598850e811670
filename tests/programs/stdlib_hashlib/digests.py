# hashlib digests of every algorithm, incremental updates, copies, attributes.
import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
         "sha3_512", "blake2b", "blake2s", "sha512_224", "sha512_256"]
inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
for name in names:
    for data in inputs:
        print(name, hashlib.new(name, data).hexdigest())
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size, type(h).__name__)
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    ctor = getattr(hashlib, name)
    h = ctor(b"abc")
    assert h.hexdigest() == hashlib.new(name, b"abc").hexdigest()
    assert h.digest().hex() == h.hexdigest()

# Incremental updates equal one update; copies are independent.
h = hashlib.sha256()
for piece in [b"a", b"bc", b"", b"d" * 1000]:
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(b"abc" + b"d" * 1000).hexdigest())
c = h.copy()
c.update(b"more")
print(h.hexdigest()[:16], c.hexdigest()[:16], type(c).__name__)
b = hashlib.blake2b(b"x", digest_size=20)
bc = b.copy()
bc.update(b"y")
print(b.hexdigest(), bc.hexdigest(), b.digest_size, bc.name)
for size in [1, 63, 64, 65, 127, 128, 129, 1000]:
    data = bytes(i % 251 for i in range(size))
    one = hashlib.blake2s(data)
    parts = hashlib.blake2s()
    for i in range(0, size, 7):
        parts.update(data[i:i + 7])
    print(size, one.hexdigest()[:20], one.hexdigest() == parts.hexdigest(), hashlib.blake2b(data).hexdigest()[:20])

# SHAKE.
for name in ["shake_128", "shake_256"]:
    x = hashlib.new(name, b"abc")
    print(name, x.hexdigest(0), x.hexdigest(10), x.digest(5), x.digest_size, x.block_size, type(x).__name__)
print(hashlib.shake_128(b"").hexdigest(32), hashlib.shake_256(b"").hexdigest(64))

# Bytes-like inputs and names.
print(hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.md5(memoryview(b"abc")).hexdigest(), hashlib.md5(string=b"abc").hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha1", data=b"x").hexdigest(), hashlib.new("md5", usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed), hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)
print(hashlib.md5.__name__, hashlib.sha3_256.__name__, hashlib.blake2b.__name__, hashlib.blake2s.MAX_DIGEST_SIZE,
      hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE)
