import json, collections

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', ''))

data = {'b': [1, 2.5, None, True, False], 'a': {'x': 'caf\xe9 \u20ac \U0001f600', 'y': ()},
        'n': -0.0, 'big': 2**80, 'e': 1e300, 'tiny': 5e-324, 'q': '"quoted"\\\n\t\x01\x7f'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ':')))
print(json.dumps(data, indent=0))
print(json.dumps([[], {}, [[]], {'k': {}}], indent=3))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's'}))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
show(lambda: json.dumps({(1, 2): 'tuple'}))
print(json.dumps({(1, 2): 'tuple', 'ok': 1}, skipkeys=True))
show(lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
show(lambda: json.dumps([1, float('nan')], allow_nan=False))
show(lambda: json.dumps(object()))
show(lambda: json.dumps({'k': [1, {2, 3}]}))
print(json.dumps({2, 1}, default=sorted), json.dumps(range(3), default=list))
l = [1]; l.append(l)
show(lambda: json.dumps(l))
d = {}; d['self'] = d
show(lambda: json.dumps(d))
print(json.dumps(l, check_circular=False) if False else 'skip')
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])))
class MyInt(int): pass
class MyFloat(float):
    def __repr__(self): return 'MyFloat!'
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict):
    def items(self): return reversed(list(super().items()))
print(json.dumps([MyInt(5), MyFloat(1.25), MyStr('s'), MyList([1]), MyDict(a=1, b=2)]))
print(json.dumps('just a string \u2028'), json.dumps(3), json.dumps(None), json.dumps(1.0))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(Enc().encode({'c': 1 + 2j}), json.dumps(2j, cls=Enc))
print(list(json.JSONEncoder(indent=1).iterencode({'a': [1, 2]})))
print(json.JSONEncoder().encode({'a': 'b'}), json.JSONEncoder(ensure_ascii=False).encode('\xe9'))
import json.encoder as je
print(je.c_make_encoder is not None, je.encode_basestring_ascii('a\xe9\U0001f600"'), je.encode_basestring('a\xe9\n'))
show(lambda: je.encode_basestring_ascii(5))
