# unittest: the text runner's whole report (captured and printed to
# stdout with the timing normalised) at verbosity 0, 1 and 2: progress
# characters, ok/FAIL/ERROR lines, sub-tests, skips, expected failures,
# failure blocks with tracebacks and diffs, fixture errors and the summary.
import io
import re
import sys
import unittest


class Mixed(unittest.TestCase):
    def test_ok(self):
        """Passes, with a docstring."""
        self.assertEqual(2 + 2, 4)

    def test_fail_int(self):
        self.assertEqual(2 + 2, 5)

    def test_fail_msg(self):
        self.assertEqual(1, 2, 'custom message')

    def test_fail_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4, 6])

    def test_fail_str(self):
        self.assertEqual('line one\nline two\nline three\n', 'line one\nline 2\nline three\n')

    def test_error(self):
        raise KeyError('nope')

    def test_nested_error(self):
        def helper(x):
            return 10 // x
        helper(0)

    def test_chained(self):
        try:
            [][1]
        except IndexError as e:
            raise ValueError('converted') from e

    def test_subtests(self):
        for i, word in enumerate(['a', 'bb', 'ccc']):
            with self.subTest(i=i, word=word):
                self.assertEqual(len(word), 2)
        with self.subTest('message only'):
            raise TypeError('bad type')
        with self.subTest():
            self.fail()

    @unittest.skip('reason here')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        raise ZeroDivisionError

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)

    def test_teardown_runs(self):
        self.addCleanup(print, 'cleanup ran', file=sys.stdout)


class FailingClassFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no class today')

    def test_a(self):
        pass


class FailingTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise OSError('teardown class')

    def test_b(self):
        pass


def run(verbosity, *classes):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTests(loader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', stream.getvalue())
    print(text.replace(__file__, 'FILE'))
    print('result:', result, result.wasSuccessful(), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses))
    print([str(t) for t, _ in result.failures])
    print([str(t) for t, _ in result.errors])


for v in (0, 1, 2):
    print('=' * 20, 'verbosity', v)
    run(v, Mixed, FailingClassFixture, FailingTearDownClass)


class AllGood(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


run(1, AllGood)
run(2, AllGood)
run(1)
