for i in range(3):
    pass
print(i)
[j for j in range(10)]
try:
    j
except NameError as e:
    print(e)
x = 10
for x in []:
    pass
print(x)
