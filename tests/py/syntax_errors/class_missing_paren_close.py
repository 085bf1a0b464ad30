class C(A:
    pass
