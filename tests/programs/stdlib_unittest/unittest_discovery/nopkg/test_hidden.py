import unittest


class Hidden(unittest.TestCase):
    def test_never(self):
        pass
