# unittest: suites, the loader, results used directly, inherited tests,
# FunctionTestCase, buffered output, failfast, nested sub-tests and
# skips raised by fixtures.
import io
import re
import sys
import unittest


def report(suite, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue())
    print(text.replace(__file__, 'FILE'), end='')
    return result


class Base(unittest.TestCase):
    value = None

    def test_value_set(self):
        self.assertIsNotNone(self.value)

    def test_common(self):
        pass


class Child(Base):
    value = 3

    def test_child_only(self):
        self.assertEqual(self.value, 3)


class Mixin:
    def test_from_mixin(self):
        self.assertTrue(hasattr(self, 'marker'))


class WithMixin(Mixin, unittest.TestCase):
    marker = True


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Child))
suite = loader.loadTestsFromTestCase(Child)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(suite))
print(unittest.TestSuite([Child('test_common'), WithMixin('test_from_mixin')]) ==
      unittest.TestSuite([Child('test_common'), WithMixin('test_from_mixin')]))
module_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(module_suite.countTestCases())
for s in module_suite:
    print(' ', [str(t) for t in s])

# results used directly
result = unittest.TestResult()
Child('test_child_only').run(result)
Base('test_value_set').run(result)
print(result, result.testsRun, result.wasSuccessful(), len(result.failures))
print(result.failures[0][1].splitlines()[-1])
r2 = Child('test_common').run()
print(type(r2).__name__, r2.testsRun)

# sorting and prefixes
loader2 = unittest.TestLoader()
loader2.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader2.getTestCaseNames(Child))
loader2.testMethodPrefix = 'test_c'
print(loader2.getTestCaseNames(Child))
try:
    unittest.TestSuite().addTest(Child)
except TypeError as e:
    print('TypeError:', e)
try:
    unittest.TestSuite().addTests('abc')
except TypeError as e:
    print('TypeError:', e)

# FunctionTestCase
def check_numbers():
    """Numbers check out."""
    assert 1 + 1 == 2


def broken():
    raise AssertionError('broken function')


ftc = unittest.FunctionTestCase(check_numbers)
print(ftc, repr(ftc).split(' at ')[0], ftc.id(), ftc.shortDescription())
report(unittest.TestSuite([ftc, unittest.FunctionTestCase(broken, description='custom desc')]), verbosity=2)


# buffered output: shown only for failing tests
class Chatty(unittest.TestCase):
    def test_quiet_pass(self):
        print('you will not see this')

    def test_noisy_fail(self):
        print('captured stdout line')
        sys.stderr.write('captured stderr line')
        self.fail('failing with output')


report(loader.loadTestsFromTestCase(Chatty), buffer=True)
print('stdout restored:', sys.stdout is sys.__stdout__)


# failfast stops after the first problem
class Many(unittest.TestCase):
    def test_a(self):
        self.fail('a')

    def test_b(self):
        self.fail('b')

    def test_c(self):
        pass


r = report(loader.loadTestsFromTestCase(Many), failfast=True)
print(r.testsRun, r.shouldStop)


# nested sub-tests and failfast inside sub-tests
class Nested(unittest.TestCase):
    def test_nested(self):
        for i in range(2):
            with self.subTest(i=i):
                for j in range(2):
                    with self.subTest('inner', j=j):
                        self.assertNotEqual((i, j), (1, 0))

    def test_subtest_skip(self):
        with self.subTest(case='skipped'):
            self.skipTest('inside a subtest')
        with self.subTest(case='fine'):
            pass


report(loader.loadTestsFromTestCase(Nested), verbosity=2)


# a fixture that skips the whole class
class SkipsInFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no database')

    def test_x(self):
        pass


report(loader.loadTestsFromTestCase(SkipsInFixture), verbosity=2)


# setUp failure still runs the cleanups registered before it
class CleanupOrder(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup 1')
        self.addCleanup(print, 'cleanup 2')
        raise RuntimeError('setUp failed')

    def test_never(self):
        print('never')


report(loader.loadTestsFromTestCase(CleanupOrder))

# debug() raises instead of recording
try:
    Many('test_a').debug()
except AssertionError as e:
    print('debug raised:', e)
