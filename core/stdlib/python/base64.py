"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 encodings of
bytes.
"""

import struct
import binascii


__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
    ]


bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """The bytes of a decoder's input: an ASCII str or a bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _as_bytes(s):
    """The bytes of an encoder's bytes-like input."""
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    return s


# Base64 is binascii's.

def b64encode(s, altchars=None):
    """The Base64 encoding of the bytes-like `s`; `altchars` (two bytes)
    replaces '+' and '/'.
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes a Base64 bytes-like object or ASCII str encodes;
    `altchars` (two characters) stand for '+' and '/'. Characters outside
    the alphabet are skipped unless `validate` is true, when they raise
    binascii.Error, as bad padding always does.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """The Base64 encoding of `s` with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """The bytes of standard-alphabet Base64 text `s` (other characters
    skipped).
    """
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """The Base64 encoding of `s` with '-' and '_' for '+' and '/'."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """The bytes of URL-safe Base64 text `s` ('-' and '_' for '+' and '/';
    those two are accepted too).
    """
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# Base32 encoding/decoding works on 5-byte groups: 8 digits of 5 bits.

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Padding for the digits a partial group leaves unused: by leftover bytes.
_b32pads = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    encoded = bytearray()
    for i in range(0, len(s), 5):
        acc = int.from_bytes(s[i:i + 5], 'big')
        for shift in range(35, -5, -5):
            encoded.append(alphabet[(acc >> shift) & 31])
    if leftover:
        pads = _b32pads[leftover]
        encoded[-pads:] = b'=' * pads
    return bytes(encoded)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    # RFC 3548 lets 0 stand for O, and 1 for the letter map01 names.
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    # The number of '=' tells how many bytes the last group holds.
    size = len(s)
    s = s.rstrip(b'=')
    padchars = size - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            digit = values.get(c)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + digit
        decoded += acc.to_bytes(5, 'big')
    if size % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        # The last group was short: shift its digits into place and keep
        # only the bytes they make.
        acc <<= 5 * padchars
        last = acc.to_bytes(5, 'big')
        leftover = (43 - 5 * padchars) // 8
        decoded[-5:] = last[:leftover]
    return bytes(decoded)


def b32encode(s):
    """The Base32 encoding of the bytes-like `s`."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 text `s`. `casefold` accepts lowercase; `map01`
    (a letter) lets the digit 0 stand for O and 1 for that letter.
    binascii.Error for bad padding or characters.
    """
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """The Base32hex (extended hex alphabet) encoding of `s`."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """The bytes of Base32hex text `s`; `casefold` accepts lowercase."""
    # base32hex does not have the 01 mapping
    return _b32decode(_b32hexalphabet, s, casefold)


# Base16 digits are uppercase; lowercase input needs casefold.
_b16digits = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """The Base16 (uppercase hex) encoding of `s`."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of Base16 text `s` (uppercase unless `casefold`)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if not _b16digits.issuperset(s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# Ascii85 encoding/decoding: 4-byte words as 5 digits from '!' (or, for
# base85, from the RFC 1924 alphabet).

_A85START = b"<~"
_A85END = b"~>"


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    b = _as_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    words = struct.Struct('!%dI' % (len(b) // 4)).unpack(b)
    chunks = []
    for word in words:
        if foldnuls and not word:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            chunks.append(bytes((alphabet[word // 52200625],
                                 alphabet[word // 614125 % 85],
                                 alphabet[word // 7225 % 85],
                                 alphabet[word // 85 % 85],
                                 alphabet[word % 85])))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


_a85alphabet = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """The Ascii85 encoding of `b`. `foldspaces` writes 'y' for four
    spaces (btoa's extension), `wrapcol` breaks lines at that width,
    `pad` pads the input to whole words, `adobe` frames the result with
    <~ and ~>.
    """
    result = _85encode(b, _a85alphabet, pad, True, foldspaces)

    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol]
                  for i in range(0, len(result), wrapcol)]
        if adobe:
            if len(chunks[-1]) + 2 > wrapcol:
                chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END

    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes of Ascii85 text `b`: 'z' (and 'y' with `foldspaces`) are
    accepted, `adobe` expects the <~ ~> frame, characters in
    `ignorechars` are skipped.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError(
                "Ascii85 encoded byte sequences must end "
                "with {!r}".format(_A85END)
                )
        if b.startswith(_A85START):
            b = b[2:-2]  # Strip off start/end markers
        else:
            b = b[:-2]
    # The input is padded with 'u' digits so the last group completes.
    packI = struct.Struct('!I').pack
    decoded = []
    group = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for digit in group:
                    acc = 85 * acc + (digit - 33)
                try:
                    decoded.append(packI(acc))
                except struct.error:
                    raise ValueError('Ascii85 overflow') from None
                group.clear()
        elif x == 122:  # b'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            decoded.append(b'\0\0\0\0')
        elif foldspaces and x == 121:  # b'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            decoded.append(b'\x20\x20\x20\x20')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)

    result = b''.join(decoded)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


# Base85 (RFC 1924's alphabet, as git and Mercurial use).

_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85values = {c: i for i, c in enumerate(_b85alphabet)}


def b85encode(b, pad=False):
    """The base85 (RFC 1924 alphabet) encoding of `b`; `pad` pads the
    input to whole words.
    """
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """The bytes of base85 text `b`."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    packI = struct.Struct('!I').pack
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            digit = _b85values.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d'
                                 % (i + j))
            acc = acc * 85 + digit
        try:
            out.append(packI(acc))
        except struct.error:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % i) from None

    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# The line-based interface: base64 in lines of 76 characters.

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Writes the Base64 lines of everything `input.read()` gives to
    `output`.
    """
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        line = binascii.b2a_base64(s)
        output.write(line)


def decode(input, output):
    """Writes the bytes of the Base64 lines `input.readline()` gives to
    `output`.
    """
    while True:
        line = input.readline()
        if not line:
            break
        s = binascii.a2b_base64(line)
        output.write(s)


def _input_type_check(s):
    """Only bytes-like objects of single bytes are encoded by lines."""
    try:
        memoryview(s)
    except TypeError as err:
        msg = "expected bytes-like object, not %s" % s.__class__.__name__
        raise TypeError(msg) from err


def encodebytes(s):
    """The Base64 encoding of `s` in lines of 76 characters."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i : i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    """The bytes of Base64 lines `s`."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
