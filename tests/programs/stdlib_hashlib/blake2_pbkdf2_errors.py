# BLAKE2 parameters, pbkdf2_hmac, and the errors of hash objects.
import hashlib

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r.hexdigest() if hasattr(r, "hexdigest") else r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(hashlib.blake2s, b"abc", digest_size=16, key=b"k", salt=b"s", person=b"p")
attempt(hashlib.blake2b, b"abc", digest_size=32, key=b"key" * 5, salt=b"salt", person=b"me")
attempt(hashlib.blake2b, b"abc", fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True)
attempt(hashlib.blake2s, b"abc", fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32, last_node=True)
attempt(hashlib.blake2b, key=b"k" * 64)
attempt(hashlib.blake2b, b"data", key=b"k" * 64, digest_size=1)
attempt(hashlib.blake2s, key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8)
attempt(hashlib.new, "blake2b", b"x", digest_size=8)
for kw in [{"digest_size": 0}, {"digest_size": 65}, {"key": b"x" * 65}, {"salt": b"x" * 17}, {"person": b"x" * 17},
           {"fanout": 256}, {"fanout": -1}, {"depth": 0}, {"leaf_size": -1}, {"leaf_size": 2**32}, {"node_offset": -1},
           {"node_depth": 256}, {"inner_size": 65}, {"key": "str"}, {"salt": 5}, {"bogus": 1}]:
    attempt(hashlib.blake2b, **kw)
attempt(hashlib.blake2s, node_offset=2**48)
attempt(hashlib.blake2s, digest_size=33)
attempt(hashlib.blake2b, 1)
attempt(hashlib.blake2b, "s")
attempt(hashlib.blake2b, b"a", b"b")

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 3, 50).hex())
print(hashlib.pbkdf2_hmac("sha512", b"k" * 200, b"s", 2).hex())
print(hashlib.pbkdf2_hmac("md5", bytearray(b"pw"), memoryview(b"salt"), 10, dklen=None).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha3_256", password=b"p", salt=b"s", iterations=2).hex())
for args in [("sha256", b"pw", b"salt", 0), ("nope", b"pw", b"salt", 1), ("sha256", "pw", b"salt", 1),
             ("sha256", b"pw", b"salt", 1, 0), ("sha256", b"pw", b"salt", 2**31), ("sha256", b"pw", b"salt", 1, 2**31),
             ("shake_128", b"pw", b"salt", 1)]:
    attempt(hashlib.pbkdf2_hmac, *args)

h = hashlib.md5()
attempt(h.update, "text")
attempt(h.update, 5)
attempt(h.update)
attempt(h.update, b"a", b"b")
attempt(h.digest, 5)
attempt(h.copy, 1)
attempt(hashlib.new, "foo")
attempt(hashlib.new, 5)
attempt(hashlib.md5, b"a", b"b")
attempt(hashlib.md5, data=b"a")
attempt(hashlib.md5, "a")
attempt(hashlib.sha256, 1.5)
x = hashlib.shake_128(b"x")
attempt(x.digest)
attempt(x.hexdigest, -1)
attempt(x.digest, "3")
attempt(setattr, h, "name", "x")
attempt(setattr, h, "digest_size", 3)
print(isinstance(x, type(h)), type(x).__mro__[1].__name__)
