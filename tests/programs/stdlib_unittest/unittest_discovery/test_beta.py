import unittest


class BetaTests(unittest.TestCase):
    def test_fails(self):
        self.assertEqual([1, 2], [1, 3])
