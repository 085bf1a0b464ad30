import json, collections

calls = []
def oh(d):
    calls.append(sorted(d))
    return {'wrapped': d}
print(json.loads('{"a": {"b": {"c": 1}}, "d": [{"e": 2}]}', object_hook=oh))
print(calls)
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"x": 1}', object_hook=oh, object_pairs_hook=collections.OrderedDict))
print(json.loads('[1, 2.5, 3e2, -4, 1E-1, 123456789012345678901234567890]', parse_int=str, parse_float=lambda s: 'F' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=str.lower))
try:
    json.loads('[NaN]', parse_constant=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d['missing'])
except KeyError as e:
    print('KeyError', e)
dec = json.JSONDecoder(object_hook=lambda d: len(d), parse_float=lambda s: round(float(s)))
print(dec.decode('[{"a": 1, "b": 2}, 2.6, {}]'))
print(dec.raw_decode('  {"a":1}   tail'[2:]))
class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return tuple(sorted(d.items()))
print(json.loads('{"z": {"y": 1}, "a": [1, {"q": null}]}', cls=D))
print(json.loads('{"a": 1}', cls=D, parse_int=float))
memo_keys = json.loads('[{"k": 1}, {"k": 2}, {"k": 3}]')
print([list(d)[0] is list(memo_keys[0])[0] for d in memo_keys])
print(json.load(__import__('io').StringIO('{"from": "file"}')))
