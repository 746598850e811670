# unittest: a passing test file run by unittest.main() (exit status 0,
# "OK" with the skip count on stderr), with fixtures printing their order.
import unittest


def setUpModule():
    print('setUpModule')


def tearDownModule():
    print('tearDownModule')


class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty stack')
        return self.items.pop()


class StackTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass', cls.__name__)
        cls.shared = []

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass', cls.__name__, cls.shared)

    def setUp(self):
        self.stack = Stack()
        self.addCleanup(print, 'cleanup', self._testMethodName)

    def tearDown(self):
        self.shared.append(self._testMethodName)

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(self.stack.items, [1])

    def test_empty_pop_raises(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertEqual(str(cm.exception), 'pop from empty stack')
        self.assertRaises(IndexError, self.stack.pop)
        self.assertRaisesRegex(IndexError, 'empty', self.stack.pop)

    def test_assorted(self):
        self.assertTrue([1])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn('a', 'abc')
        self.assertNotIn(4, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(10, 10.4, delta=0.5)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertListEqual([1], [1])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertRegex('hello world', r'w\w+')
        self.assertNotRegex('hello', r'\d')
        self.assertMultiLineEqual('a\nb', 'a\nb')
        self.assertNotEqual(1, 2)

    def test_subtests_pass(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n * 2 // 2, n)

    @unittest.skipIf(True, 'always skipped')
    def test_skipped(self):
        self.fail('never runs')

    @unittest.skipUnless(False, 'condition false')
    def test_skipped_too(self):
        self.fail('never runs')

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 0)


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('never printed')

    def test_one(self):
        pass


class WarningTests(unittest.TestCase):
    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn('old stuff', DeprecationWarning)
        self.assertEqual(str(cm.warning), 'old stuff')
        self.assertWarnsRegex(UserWarning, 'sp.m', warnings.warn, 'spam')


if __name__ == '__main__':
    unittest.main()
