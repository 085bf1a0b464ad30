import json

obj = {'name': 'x', 'list': [1, [2, [3, []]], {}], 'nested': {'b': None, 'a': True, 'c': {'d': 1.5}}, 'empty': ''}
for kw in [dict(indent=4), dict(indent=''), dict(indent='--'), dict(indent=2, sort_keys=True),
           dict(separators=(',', ':')), dict(separators=(' ,', ' : '), sort_keys=True), dict(indent=1, separators=(',', '=')),
           dict(ensure_ascii=False, indent=None), dict(check_circular=False), dict(allow_nan=False)]:
    print(kw, json.dumps(obj, **kw))
print(json.dumps([1, 2], indent=-1), json.dumps({'a': [1]}, indent=0))
print(json.dumps({'é': 'ü', '\U0001f600': '\u2028\u2029'}), json.dumps({'é': 'ü'}, ensure_ascii=False))
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({'b': 1, 'a': [True, None]}))
print(list(enc.iterencode([1, {'x': 2}])))
print(json.dumps(float('1e16')), json.dumps(1e-7), json.dumps(123456789.125), json.dumps(-0.0), json.dumps(0.1 + 0.2))
print(json.dumps(2 ** 64), json.dumps(-2 ** 100), json.dumps(True + 1))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, bytes):
            return o.decode('latin-1')
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'b': b'\xe9'}, cls=E), E(indent=1).encode([{1, 2}]))
print(json.dumps({'k': 1}, default=str, sort_keys=True, indent='\t'))
class Custom:
    def __init__(self, v): self.v = v
print(json.dumps([Custom(1), Custom([Custom(2)])], default=lambda o: {'custom': o.v}))
try:
    json.dumps([Custom(1)], default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({'a': Custom(1)})
except TypeError as e:
    print('TypeError', e, e.__notes__)
try:
    json.dumps({'a': [1, float('inf')]}, allow_nan=False)
except ValueError as e:
    print('ValueError', e, e.__notes__)
fp = __import__('io').StringIO()
json.dump({'to': 'file', 'n': [1, 2]}, fp, indent=1)
print(fp.getvalue())
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 10: 5, -3: 6}, sort_keys=False))
try:
    print(json.dumps({True: 1, 'a': 2}, sort_keys=True))
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps([[]] * 3, indent=2))
