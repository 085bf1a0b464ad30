for i in range(3):
    try:
        if i == 1:
            raise ValueError
    except ValueError:
        print("err at", i)
        continue
    finally:
        print("finally", i)
    print("after", i)
