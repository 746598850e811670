"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""

# PVM's fnmatch: patterns become the regular expressions CPython's
# translate() writes (so translate() prints the same), matched with re.

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_LIMIT = 32768


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            match = re.compile(text.encode('ISO-8859-1')).match
        else:
            match = re.compile(translate(pat)).match
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = match
    return match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase changes nothing on POSIX.
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    match = _compile_pattern(pat)
    return match(name) is not None


def _set_body(pat, i, j):
    # The regular expression class body for the set pat[i:j] (after '['):
    # hyphens that make ranges stay, the others and backslashes are
    # escaped, and reversed ranges are dropped.
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                        for s in chunks)
    # Set operations (&&, ~~, ||) would mean something to re.
    out = []
    for c in body:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    star = object()
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not star:
                pieces.append(star)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
                continue
            body = _set_body(pat, i, j)
            i = j + 1
            if not body:
                pieces.append('(?!)')
            elif body == '!':
                pieces.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in ('^', '['):
                    body = '\\' + body
                pieces.append('[' + body + ']')
        else:
            pieces.append(re.escape(c))
    # A star before a fixed part matches lazily inside an atomic group, so
    # no backtracking into it happens; a final star is greedy.
    out = []
    k = 0
    while k < len(pieces) and pieces[k] is not star:
        out.append(pieces[k])
        k += 1
    while k < len(pieces):
        k += 1
        if k == len(pieces):
            out.append('.*')
            break
        fixed = []
        while k < len(pieces) and pieces[k] is not star:
            fixed.append(pieces[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(pieces):
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return r'(?s:' + ''.join(out) + r')\Z'
