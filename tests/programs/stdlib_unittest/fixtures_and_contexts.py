# unittest: module, class and test contexts and cleanups (enterContext,
# addClassCleanup, addModuleCleanup), a class-level expectedFailure and
# failing fixtures, with the order of events printed at the end.
import unittest, contextlib

log = []

@contextlib.contextmanager
def ctx(name):
    log.append('enter ' + name)
    yield name.upper()
    log.append('exit ' + name)

def setUpModule():
    unittest.addModuleCleanup(log.append, 'module cleanup')
    print('ctx value', unittest.enterModuleContext(ctx('mod')))

def tearDownModule():
    log.append('tearDownModule')
    raise RuntimeError('tearDownModule failed')

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'class cleanup A')
        cls.value = cls.enterClassContext(ctx('classA'))

    def test_ctx(self):
        v = self.enterContext(ctx('test'))
        self.assertEqual(v, 'TEST')
        self.assertEqual(self.value, 'CLASSA')

    def test_cleanup_fails(self):
        self.addCleanup(self.fail, 'cleanup failure')

@unittest.expectedFailure
class XF(unittest.TestCase):
    def test_x(self):
        1/0
    def test_y(self):
        pass

class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: 1/0)
        raise ValueError('setUpClass failed')
    def test_n(self):
        pass

r = unittest.main(exit=False, verbosity=2)
print(log)
import sys
sys.exit(not r.result.wasSuccessful())
