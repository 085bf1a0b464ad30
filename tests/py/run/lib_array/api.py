# array.array: construction and conversion errors, slicing/assignment/deletion, methods, byteswap,
# comparisons, concatenation/repetition, copy and protocol-2 pickling.
import array
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2**15), ('h', -2**15-1), ('H', 2**16), ('H', -1), ('q', 2**63), ('Q', 2**64), ('Q', -1), ('i', 1.5), ('d', 'x'), ('w', 'ab'), ('f', 1e300), ('b', '1')]:
    t(lambda: array.array(tc, [v]))
t(lambda: array.array('z')); t(lambda: array.array('i', 'abc')); t(lambda: array.array('w', [1])); t(lambda: array.array('i', b'abc')); t(lambda: array.array('i', b'abcd'))
a = array.array('i', [1, 2, 3])
t(lambda: a.index(5)); t(lambda: a.remove(5)); t(lambda: array.array('i').pop()); t(lambda: a.pop(10)); t(lambda: a[10]); t(lambda: a + array.array('d')); t(lambda: a.extend(array.array('h'))); t(lambda: a.frombytes(b'abc')); t(lambda: a.tounicode()); t(lambda: a.fromunicode('x')); t(lambda: a.__setitem__(slice(0, 2), [1])); t(lambda: a.__setitem__(slice(0, 2), array.array('i', [9]))); t(lambda: a + [1]); t(lambda: a.__setitem__(0, 'x'))
print(a, repr(array.array('d')), repr(array.array('w', 'hé')), array.array('f', [0.1]), array.array('b', b'\x01\xff'))
a = array.array('h', range(10))
print(a[2:8:2], a[::-1], a[-1], len(a), a.itemsize, a.typecode, 3 in a, a.count(3), a.index(4), a.tolist()[:3], a.tobytes()[:4])
a.append(100); a.extend([7, 8]); a.insert(0, -5); a.insert(-1, 42); a.remove(7); print(a, a.pop(), a.pop(0))
a.reverse(); print(a); a.byteswap(); print(a); a.byteswap()
b = a * 2; a += array.array('h', [1]); a *= 2; print(len(b), len(a), a == a[:], a < b, array.array('i', [1,2]) == array.array('d', [1.0, 2.0]))
del a[1:5]; del a[0]; print(a)
a[1:3] = array.array('h', [9, 9, 9]); print(a)
print(a.__reduce_ex__(3)[0].__name__, a.__reduce_ex__(3)[1][:2], array.typecodes, array.ArrayType is array.array)
import pickle, copy
print(copy.copy(a) == a, copy.deepcopy(a) is not a, pickle.loads(pickle.dumps(a, 2)) == a)

ar = array.array('d', [1.5, 2.5]); print(ar.buffer_info()[1], sum(ar), list(reversed(ar)), sorted(array.array('i', [3, 1, 2])))
print(array.array('b', [1, 2]) + array.array('b', [3]), array.array('w', 'ab').tounicode(), array.array('q', [2**62]).tobytes().hex())
ff = array.array('f', [0.1, 1e38]); print(ff[0], ff.tolist())
