import unittest

class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    @unittest.skip("not now")
    def test_skip(self):
        pass
    def test_error(self):
        raise KeyError("k")
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

if __name__ == "__main__":
    unittest.main()
