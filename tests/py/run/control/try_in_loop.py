for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def g():
    for i in range(3):
        try:
            return i
        finally:
            print("fin in g", i)
print(g())
