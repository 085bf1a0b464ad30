# test: full-traceback
data = {"a": {"b": None}}
def get():
    return data["a"]["b"]["c"]
x = 1
get()
