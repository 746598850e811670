import unittest


class NotCollected(unittest.TestCase):
    def test_never(self):
        pass
