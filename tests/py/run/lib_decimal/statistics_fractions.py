from decimal import Decimal as D
import statistics, fractions
data = [D('1.25'), D('2.5'), D('3.75'), D('0.5'), D('10')]
print(statistics.pstdev(data), statistics.pvariance(data), statistics.median_low(data), statistics.median_high(data))
print(statistics.quantiles(data, n=4), statistics.geometric_mean([D(1), D(4)]), statistics.median_grouped(data))
print(fractions.Fraction(D('0.1')) + 1, fractions.Fraction('1.5') == D('1.5'), D('2.5') == fractions.Fraction(5, 2))
print(round(D('2.5') * fractions.Fraction(1, 3), 3) if False else D('2.5') < fractions.Fraction(8, 3))
print(sum(data), max(data), min(data), sorted(data, reverse=True)[:2], abs(-D('3')))
print('%.3f' % D('2.71828'), '%s' % D('1e-10'), '%r' % D('5'), '{:>10}'.format(D('1.5')), str(D('1.50')))
