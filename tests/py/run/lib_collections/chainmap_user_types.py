from collections import ChainMap, UserDict, UserList, UserString, deque, defaultdict
base = {"color": "red", "size": 1}; over = {"color": "blue"}
cm = ChainMap(over, base)
print(cm["color"], cm["size"], len(cm), sorted(cm.items()), cm.get("x", "-"), "size" in cm)
cm["new"] = 1; print(over, base); del cm["color"]; print(cm["color"], over)
try: del cm["size"]
except KeyError as e: print("KeyError", e)
child = cm.new_child(); child["size"] = 99; print(child["size"], cm["size"], child.parents == cm, child.maps[0])
print(cm.pop("new"), cm.popitem() if cm.maps[0] else None, ChainMap().get(1), bool(ChainMap({})), ChainMap({1: 2}) | {3: 4})
dd = ChainMap(defaultdict(int), {"k": 5}); print(dd["k"], dd["missing"])
class Upper(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
u = Upper(a=1); u["b"] = 2; u.update(c=3); print(u, u.data, "A" in u, u.get("a"), u | {"z": 0}, len(u.copy()))
ul = UserList([3, 1]); ul.append(2); ul.extend(deque([0])); ul.sort(); print(ul, ul[1:], ul * 2, 2 in ul, ul.index(3), type(ul[1:]).__name__)
us = UserString("hello"); print(us.upper(), us[1:3], us + "!", len(us), us.count("l"), us == "hello", type(us.upper()).__name__)
print(isinstance(u, dict), isinstance(ul, list), UserDict.__mro__[1].__name__)
