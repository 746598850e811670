# Tests that `-m unittest` runs by name, by file and by discovery.
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    @unittest.skip("not today")
    def test_skip(self):
        pass


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")

    def test_error(self):
        "".no_such_method()
