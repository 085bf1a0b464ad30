a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(a ** 3, (a * b) // a == b, a.bit_length(), (-a).bit_length())
print(12345678901234567890 * 98765432109876543210)
print(10 ** 50 // 7, 10 ** 50 % 7, divmod(-10 ** 30, 7))
