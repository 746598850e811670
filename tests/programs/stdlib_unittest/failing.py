# unittest: a failing test file run by unittest.main(): failures, errors,
# a failing sub-test, an unexpected success; exit status 1 and the
# "FAILED (...)" summary on stderr.
import unittest


class Calculator:
    def divide(self, a, b):
        return a / b


class CalculatorTests(unittest.TestCase):
    def setUp(self):
        self.calc = Calculator()

    def test_divide(self):
        self.assertEqual(self.calc.divide(6, 3), 2)

    def test_divide_wrong(self):
        self.assertEqual(self.calc.divide(7, 2), 3)

    def test_divide_by_zero(self):
        self.calc.divide(1, 0)

    def test_message(self):
        self.assertTrue(0, 'zero is falsy')

    def test_subtests(self):
        for n in (1, 2, 3, 4):
            with self.subTest('parity', n=n):
                self.assertEqual(n % 2, 1)

    @unittest.expectedFailure
    def test_works_now(self):
        pass

    def test_skipped(self):
        raise unittest.SkipTest('skip me')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setUp broke')

    def test_never(self):
        pass


class BrokenClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class fixture broke')

    def test_never(self):
        pass


if __name__ == '__main__':
    unittest.main()
