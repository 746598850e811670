# unittest: TestLoader.discover over a folder of test modules (a package
# with a sub-package, a folder without __init__.py, a module that fails to
# import) and main(module=None) with the discover sub-command.
import io
import re
import sys
import unittest


class QuietRunner(unittest.TextTestRunner):
    def __init__(self, verbosity=1, **kwargs):
        kwargs.pop('warnings', None)
        self.out = io.StringIO()
        super().__init__(stream=self.out, verbosity=verbosity, **kwargs)

    def run(self, test):
        result = super().run(test)
        text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', self.out.getvalue())
        print(text, end='')
        return result


def names(suite):
    found = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            found.extend(names(item))
        else:
            found.append(item.id())
    return found


loader = unittest.TestLoader()
suite = loader.discover('unittest_discovery', top_level_dir='.')
print(suite.countTestCases())
print(names(suite))
print(len(loader.errors), loader.errors[0].splitlines()[0] if loader.errors else None)
print(loader.errors[0].splitlines()[-1] if loader.errors else None)
QuietRunner(verbosity=2).run(unittest.TestLoader().discover('unittest_discovery', pattern='test_*a*.py', top_level_dir='.'))

suite = unittest.TestLoader().discover('unittest_discovery', pattern='*_alpha.py', top_level_dir='.')
print(names(suite))
suite = unittest.TestLoader().discover('unittest_discovery', pattern='test_g*.py', top_level_dir='.')
print(names(suite))
try:
    unittest.TestLoader().discover('unittest_discovery/nopkg', top_level_dir='.')
except ImportError as e:
    print('ImportError:', str(e).replace(sys.path[0], '<top>'))

prog = unittest.main(module=None, argv=['prog', 'discover', '-s', 'unittest_discovery', '-t', '.', '-p', 'test_[ag]*.py'],
                     exit=False, testRunner=QuietRunner)
print(prog.result.testsRun, prog.result.wasSuccessful())
