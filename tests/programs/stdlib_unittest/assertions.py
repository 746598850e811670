# unittest: the failure message of every assert method (printed to
# stdout), including CPython's shortened reprs and ndiff-style diffs.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print('%s: %s' % (name, e))
    print('-' * 10)


show('assertEqual', 1, 2)
show('assertEqual', 1, 1.0)
show('assertEqual', 'a', 'b')
show('assertEqual', 'abc', 'abd', msg='with msg')
show('assertEqual', b'abc', b'abd')
show('assertEqual', 'x' * 100, 'x' * 99 + 'y')
show('assertEqual', 'prefix ' * 30 + 'A', 'prefix ' * 30 + 'B')
show('assertEqual', 'short', 'a completely different and rather long string that goes on and on past eighty')
show('assertEqual', 'one\ntwo\nthree', 'one\ntwo\nfour')
show('assertEqual', 'tab\there', 'tab\tthere')
show('assertEqual', [1, 2, 3], [1, 2])
show('assertEqual', [], [1])
show('assertEqual', (1, 'a'), (1, 'b'))
show('assertEqual', [1, 2], (1, 2))
show('assertEqual', list(range(30)), list(range(1, 31)))
show('assertEqual', [{'k': i, 'v': 'value%d' % i} for i in range(5)],
     [{'k': i, 'v': 'value%d' % (i * 2)} for i in range(5)])
show('assertEqual', {1, 2, 3}, {2, 3, 4})
show('assertEqual', frozenset([1]), frozenset())
show('assertEqual', {'a': 1}, {'a': 1, 'b': 2})
show('assertEqual', {'key%d' % i: i for i in range(12)}, {'key%d' % i: i + (i == 7) for i in range(12)})
show('assertNotEqual', 3, 3)
show('assertTrue', 0)
show('assertTrue', [], 'empty list')
show('assertFalse', 'text')
show('assertIs', 1, None)
show('assertIsNot', None, None)
show('assertIsNone', 'x')
show('assertIsNotNone', None)
show('assertIn', 'z', 'abc')
show('assertNotIn', 1, {1: 'one'})
show('assertIsInstance', 1, str)
show('assertIsInstance', 1, (str, bytes))
show('assertNotIsInstance', True, int)
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.001, places=2)
show('assertAlmostEqual', 1.0, 1.001, places=3)
show('assertAlmostEqual', 5, 7, delta=1)
show('assertNotAlmostEqual', 1.0, 1.0000000001)
show('assertNotAlmostEqual', 5, 5.5, delta=1)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertLess', 2, 1)
show('assertLessEqual', 'b', 'a')
show('assertCountEqual', [1, 1, 2], [1, 2, 2, 3])
show('assertCountEqual', [[1], [2]], [[2], [2]])
show('assertCountEqual', 'aab', 'abb')
show('assertDictEqual', {'a': 1}, {'a': 2})
show('assertListEqual', [1], (1,))
show('assertTupleEqual', (1, 2), (2, 1))
show('assertSetEqual', {1}, {1, 2})
show('assertSequenceEqual', 'abc', 'abd')
show('assertSequenceEqual', [1, 2], [1, 2, 3], seq_type=list)
show('assertRegex', 'hello', r'\d+')
show('assertNotRegex', 'abc123', r'\d+')
show('assertMultiLineEqual', 'a\nb\nc\n', 'a\nB\nc\n')
show('assertRaises', ValueError, int, '5')
show('assertRaises', (KeyError, IndexError), lambda: None)
show('assertRaisesRegex', ValueError, 'foo', int, 'x')
show('assertRaisesRegex', ValueError, r"'x'", int, 'x')


def raises_type_error():
    raise TypeError('wrong type')


try:
    t.assertRaises(ValueError, raises_type_error)
except TypeError as e:
    print('propagated:', e)
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
try:
    with t.assertRaises(ValueError, msg='extra info'):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertRaises('not a type')
except TypeError as e:
    print('TypeError:', e)
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertWarnsRegex(UserWarning, 'xyz'):
        warnings.warn('abc')
except AssertionError as e:
    print(e)
try:
    t.fail('explicit failure')
except AssertionError as e:
    print(e)
try:
    t.fail()
except AssertionError as e:
    print(repr(e))

# longMessage = False keeps only the custom message
t.longMessage = False
show('assertEqual', 1, 2, 'only this')
show('assertEqual', 1, 2)
t.longMessage = True

# maxDiff limits the diff
t.maxDiff = 20
show('assertEqual', list(range(10)), list(range(1, 11)))
t.maxDiff = None
show('assertEqual', [1, 2], [1, 3])

# a registered equality function
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __repr__(self):
        return 'Point(%d)' % self.x


def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException('points differ in x: %d vs %d' % (a.x, b.x))


t.addTypeEqualityFunc(Point, point_equal)
show('assertEqual', Point(1), Point(2))

# deprecated aliases still work and warn
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    t.failUnless(True)
print([str(w.message) for w in caught])

print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(T('runTest') == T('runTest'), hash(T('runTest')) == hash(T('runTest')))
try:
    T('test_missing')
except ValueError as e:
    print('ValueError:', e)
