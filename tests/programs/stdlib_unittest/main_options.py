# unittest: main() with argv options (-v, -q, -k, -f, test names),
# defaultTest, exit=False and a custom runner; the last run exits with
# the status of its result.
import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        print('Alpha.test_one ran')

    def test_two(self):
        print('Alpha.test_two ran')
        self.assertEqual('two', 'tw0')

    def test_three(self):
        print('Alpha.test_three ran')


class Beta(unittest.TestCase):
    def test_one(self):
        print('Beta.test_one ran')

    def test_other(self):
        print('Beta.test_other ran')


class QuietRunner(unittest.TextTestRunner):
    """Writes the report to stdout with the timing normalised."""

    def __init__(self, verbosity=1, **kwargs):
        kwargs.pop('warnings', None)
        self.buffer_stream = io.StringIO()
        super().__init__(stream=self.buffer_stream, verbosity=verbosity, **kwargs)

    def run(self, test):
        result = super().run(test)
        text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', self.buffer_stream.getvalue())
        print(text.replace(__file__, 'FILE'), end='')
        return result


for argv in (['prog'], ['prog', '-v'], ['prog', '-q'], ['prog', '-k', 'one'],
             ['prog', '-k', 'Beta'], ['prog', 'Beta'], ['prog', 'Alpha.test_three', 'Beta.test_one'],
             ['prog', '-f', '-v'], ['prog', '-k', 't*o']):
    print('=' * 10, argv)
    prog = unittest.main(argv=argv, exit=False, testRunner=QuietRunner)
    r = prog.result
    print('run=%d failures=%d errors=%d ok=%s' % (r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful()))

print('=' * 10, 'defaultTest')
prog = unittest.main(argv=['prog'], defaultTest='Beta.test_other', exit=False, testRunner=QuietRunner)
print(prog.result.testsRun)
prog = unittest.main(argv=['prog'], defaultTest=['Alpha.test_one', 'Beta'], exit=False, testRunner=QuietRunner(verbosity=2))
print(prog.result.testsRun)

print('=' * 10, 'unknown option')
try:
    unittest.main(argv=['prog', '--bogus'], exit=False)
except SystemExit as e:
    print('SystemExit', e.code)

print('=' * 10, 'final run', flush=True)
unittest.main(argv=['prog', 'Alpha'], verbosity=2, testLoader=unittest.TestLoader())
