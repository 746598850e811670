# A second test module, found by discovery.
import unittest


class Other(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)
