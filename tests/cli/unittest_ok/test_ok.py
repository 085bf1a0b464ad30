import unittest


class TestOk(unittest.TestCase):
    def test_one(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_two(self):
        self.assertCountEqual([3, 1, 2], [1, 2, 3])
