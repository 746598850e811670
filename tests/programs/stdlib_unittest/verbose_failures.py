# unittest: a user test file with many kinds of failures and errors run
# by unittest.main(verbosity=2): helpers, tearDown errors, assertRaises
# that did not raise, notes, exception groups, SystemExit, warnings.
import unittest

class bLower(unittest.TestCase):
    def test_z(self): pass
    def test_Z(self): pass
    def test_10(self): pass
    def test_9(self): pass

class AUpper(unittest.TestCase):
    def check(self, a, b):
        self.assertEqual(a, b)

    def test_helper(self):
        self.check(1, 2)

    def test_teardown_also(self):
        self.fail('in test')

    def tearDown(self):
        if self._testMethodName == 'test_teardown_also':
            raise RuntimeError('tearDown too')

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_not_raised_callable(self):
        self.assertRaises(ValueError, len, [])

    def test_note(self):
        e = ValueError('with note')
        e.add_note('a note')
        raise e

    def test_group(self):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])

    def test_sys_exit(self):
        import sys
        sys.exit(3)

    def test_long_msg(self):
        self.assertTrue(False, 'x' * 200)

    def test_assert_stmt(self):
        assert 1 == 2, 'plain assert'

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.fail('during handling')

    def test_regex(self):
        with self.assertRaisesRegex(ValueError, 'abc'):
            raise ValueError('xyz')


    def test_warn(self):
        import warnings
        warnings.warn('a user warning')
        warnings.warn('deprecated thing', DeprecationWarning)

if __name__ == '__main__':
    unittest.main(verbosity=2)
