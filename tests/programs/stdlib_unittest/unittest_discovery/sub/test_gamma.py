import unittest


class GammaTests(unittest.TestCase):
    @unittest.skip('skipped in a package')
    def test_skip(self):
        pass

    def test_ok(self):
        pass
