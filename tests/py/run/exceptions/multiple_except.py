def g(v):
    try:
        return {"a": 1}[v] if isinstance(v, str) else [1][v]
    except (KeyError, IndexError) as e:
        return f"{type(e).__name__}: {e}"
    except TypeError as e:
        return "type " + str(e)
print(g("a"), g("b"), g(5), g(1.5))
