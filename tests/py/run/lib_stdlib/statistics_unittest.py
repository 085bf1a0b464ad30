# statistics (means, median variants, mode/multimode, stdev/variance on ints, floats, Fractions and
# Decimals, quantiles, correlation, linear_regression, NormalDist) and unittest run in-process
# (TestCase assertions, subTest, skip, a TextTestRunner writing to a buffer).
import io
import statistics as st
import unittest
from decimal import Decimal
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3]), st.multimode("aabbbcc"), st.pstdev(data), round(st.stdev(data), 10), st.variance([1, 2, 3, 4]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([Decimal("0.5"), Decimal("1.5")]))
print(st.quantiles(range(1, 11), n=4), st.harmonic_mean([40, 60]), round(st.geometric_mean([1, 10, 100]), 10))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 10), st.linear_regression(x, y), round(st.covariance(x, y), 10))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 6), nd + st.NormalDist(0, 20), round(nd.overlap(st.NormalDist(110, 15)), 10))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)


class Sample(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIn(2, [1, 2])
        with self.assertRaisesRegex(ValueError, "bad"):
            raise ValueError("bad thing")

    def test_fail(self):
        self.assertEqual({"a": 1}, {"a": 2})

    @unittest.skip("because")
    def test_skip(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(Sample))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
lines = stream.getvalue().splitlines()
print([l for l in lines if l.startswith(("test_", "FAIL:", "AssertionError", "OK", "FAILED"))])
