"""Helpers shared by the unittest modules: short reprs for failure
messages, class names, element-count differences, and the line diff
(difflib's ndiff format) that assertEqual shows for sequences, dicts and
strings."""

from collections import namedtuple, Counter

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN +
                               _MIN_COMMON_LEN + _PLACEHOLDER_LEN +
                               _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _commonprefix(strings):
    if not strings:
        return ''
    lo = min(strings)
    hi = max(strings)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _common_shorten_repr(*args):
    reprs = tuple(map(safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _commonprefix(reprs)
    plen = len(prefix)
    common_len = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN +
                                _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """Elements only in `expected` and only in `actual`, both sorted lists
    (duplicates ignored)."""
    missing = []
    unexpected = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e = expected[i]
        a = actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for every element
    whose counts differ; works for unhashable elements."""
    s, t = list(actual), list(expected)
    used_s = [False] * len(s)
    used_t = [False] * len(t)
    result = []
    for i, elem in enumerate(s):
        if used_s[i]:
            continue
        cnt_s = 0
        for j in range(i, len(s)):
            if not used_s[j] and s[j] == elem:
                cnt_s += 1
                used_s[j] = True
        cnt_t = 0
        for j, other in enumerate(t):
            if not used_t[j] and other == elem:
                cnt_t += 1
                used_t[j] = True
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if used_t[i]:
            continue
        cnt_t = 0
        for j in range(i, len(t)):
            if not used_t[j] and t[j] == elem:
                cnt_t += 1
                used_t[j] = True
        result.append(_Mismatch(0, cnt_t, elem))
    return result


def _count_diff_hashable(actual, expected):
    s, t = Counter(actual), Counter(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, cnt_t, elem))
    return result


# ----------------------------------------------------------------------
# ndiff: the "- / + / ?" line diff of difflib.ndiff(a, b), with its
# matching rules (longest matching blocks, popular lines ignored in long
# inputs, blanks and tabs junk when lines are compared character-wise).

class _Matcher(object):
    """Longest-common-block matching of two sequences."""

    def __init__(self, a, b, junk_chars=None):
        self.a = a
        self.b = b
        index = {}
        for pos, item in enumerate(b):
            index.setdefault(item, []).append(pos)
        self.junk = set()
        if junk_chars is not None:
            for item in list(index):
                if item in junk_chars:
                    self.junk.add(item)
                    del index[item]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for item in [k for k, v in index.items() if len(v) > limit]:
                del index[item]
        self.index = index
        self._blocks = None

    def longest(self, alo, ahi, blo, bhi):
        a, b, junk = self.a, self.b, self.junk
        best_i, best_j, best = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            new_runs = {}
            for j in self.index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                new_runs[j] = k
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            runs = new_runs
        for want_junk in (False, True):
            while best_i > alo and best_j > blo and \
                    (b[best_j - 1] in junk) == want_junk and \
                    a[best_i - 1] == b[best_j - 1]:
                best_i -= 1
                best_j -= 1
                best += 1
            while best_i + best < ahi and best_j + best < bhi and \
                    (b[best_j + best] in junk) == want_junk and \
                    a[best_i + best] == b[best_j + best]:
                best += 1
        return best_i, best_j, best

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self.longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append((ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append((ci, cj, ck))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        ops = []
        for ai, bj, size in self.blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        return ops

    def ratio(self):
        matches = sum(k for _i, _j, k in self.blocks())
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0


def _quick_ratio(a, b):
    """An upper bound of the match ratio: shared characters, any order."""
    total = len(a) + len(b)
    if not total:
        return 1.0
    counts = {}
    for c in b:
        counts[c] = counts.get(c, 0) + 1
    matches = 0
    for c in a:
        n = counts.get(c, 0)
        if n > 0:
            matches += 1
            counts[c] = n - 1
    return 2.0 * matches / total


def _ndiff(a, b):
    """The lines of difflib.ndiff(a, b)."""
    out = []
    for tag, alo, ahi, blo, bhi in _Matcher(a, b).opcodes():
        if tag == 'replace':
            _replace_lines(a, alo, ahi, b, blo, bhi, out)
        elif tag == 'delete':
            _dump('-', a, alo, ahi, out)
        elif tag == 'insert':
            _dump('+', b, blo, bhi, out)
        else:
            _dump(' ', a, alo, ahi, out)
    return out


def _dump(tag, lines, lo, hi, out):
    for i in range(lo, hi):
        out.append('%s %s' % (tag, lines[i]))


def _replace_lines(a, alo, ahi, b, blo, bhi, out):
    # Find the most similar pair of lines; mark the characters that differ.
    best_ratio = 0.74
    cutoff = 0.75
    best_i = best_j = None
    eq_i = eq_j = None
    for j in range(blo, bhi):
        bj = b[j]
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eq_i is None:
                    eq_i, eq_j = i, j
                continue
            total = len(ai) + len(bj)
            if total and 2.0 * min(len(ai), len(bj)) / total <= best_ratio:
                continue
            if _quick_ratio(ai, bj) <= best_ratio:
                continue
            r = _Matcher(ai, bj, ' \t').ratio()
            if r > best_ratio:
                best_ratio, best_i, best_j = r, i, j
    if best_ratio < cutoff:
        if eq_i is None:
            if bhi - blo < ahi - alo:
                _dump('+', b, blo, bhi, out)
                _dump('-', a, alo, ahi, out)
            else:
                _dump('-', a, alo, ahi, out)
                _dump('+', b, blo, bhi, out)
            return
        best_i, best_j = eq_i, eq_j
    else:
        eq_i = None
    _between(a, alo, best_i, b, blo, best_j, out)
    aline, bline = a[best_i], b[best_j]
    if eq_i is None:
        atags = []
        btags = []
        for tag, i1, i2, j1, j2 in _Matcher(aline, bline, ' \t').opcodes():
            if tag == 'replace':
                atags.append('^' * (i2 - i1))
                btags.append('^' * (j2 - j1))
            elif tag == 'delete':
                atags.append('-' * (i2 - i1))
            elif tag == 'insert':
                btags.append('+' * (j2 - j1))
            else:
                atags.append(' ' * (i2 - i1))
                btags.append(' ' * (j2 - j1))
        atags = _with_tabs(aline, ''.join(atags)).rstrip()
        btags = _with_tabs(bline, ''.join(btags)).rstrip()
        out.append('- ' + aline)
        if atags:
            out.append('? %s\n' % atags)
        out.append('+ ' + bline)
        if btags:
            out.append('? %s\n' % btags)
    else:
        out.append('  ' + aline)
    _between(a, best_i + 1, ahi, b, best_j + 1, bhi, out)


def _between(a, alo, ahi, b, blo, bhi, out):
    if alo < ahi:
        if blo < bhi:
            _replace_lines(a, alo, ahi, b, blo, bhi, out)
        else:
            _dump('-', a, alo, ahi, out)
    elif blo < bhi:
        _dump('+', b, blo, bhi, out)


def _with_tabs(line, tags):
    return ''.join([c if t == ' ' and c.isspace() else t
                    for c, t in zip(line, tags)])


def _pformat(obj):
    try:
        import pprint
        return pprint.pformat(obj)
    except ImportError:
        return repr(obj)
