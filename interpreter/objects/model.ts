// The object model: values, types (with version tags, C3 MRO and a per-type lookup cache), instance
// attribute maps (hidden classes), builtin functions declared from tables, the descriptor protocol and
// generic getattr/setattr/delattr (object.__getattribute__ semantics). Modelled on PyPy's
// pypy/objspace/std/{typeobject,mapdict}.py; the code is our own.
import { errorWithMessage, PyError, raiseAttributeError, raiseTypeError } from "../vm/errors.ts";

/** A Python value: ints are JS numbers (safe-integer range) or bigints beyond it; everything else boxed. */
export type W = PyObject | number | bigint;

// PyObject has no constructor on purpose: every subclass stores `cls` itself after `super()`. V8 then
// allocates through the most derived constructor alone (a default base constructor is skipped), and the
// `cls` store sees one shape per class. With a shared base constructor the store was megamorphic and
// `new` could not be inlined into the eval loop (measured: a third of a float loop's time).
export class PyObject {
  declare cls: PyType;
}

/** Instances of `object` itself and other payload-free objects (None, sentinels). */
export class PyPlainObject extends PyObject {
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
}

/** The type of any value; ints are unboxed so they are checked first. */
export function typeOf(w: W): PyType {
  if (typeof w === "object") return w.cls;
  return intType;
}

// ---------------------------------------------------------------- attribute maps (hidden classes)

/**
 * A shared key layout. Adding a key follows a cached transition. The map also decides where the value of
 * each key lives, as a storage code (`storageOf`): `k >= 0` is `values[k]`; -2 and -3 are the fields `a0`
 * and `a1` of a plain instance, -4 is the `values` field itself holding the value. Maps grow from one of
 * two roots: `empty` (every value in the `values` array: the builtin layouts that extend PyInstance) and
 * `emptyInline` (PyPlainInstance: up to three values in the object, see there). A cache guarded by a
 * map therefore knows the storage code of the attribute it read.
 */
export class AttrMap {
  readonly keys: string[];
  readonly index: Map<string, number>;
  /** Grown from `emptyInline`: the first values live in fields of a PyPlainInstance. */
  readonly inline: boolean;
  /** The map without keys this one grew from (`empty` or `emptyInline`). */
  readonly root: AttrMap;
  private transitions: Map<string, AttrMap> | null = null;
  constructor(keys: string[], inline: boolean, root: AttrMap | null) {
    this.keys = keys;
    this.inline = inline;
    this.root = root ?? this;
    this.index = new Map();
    for (let i = 0; i < keys.length; i++) this.index.set(keys[i], i);
  }
  /** The root of instances that keep every attribute in their `values` array. */
  static readonly empty: AttrMap = new AttrMap([], false, null);
  /** The root of PyPlainInstance. */
  static readonly emptyInline: AttrMap = new AttrMap([], true, null);
  indexOf(name: string): number {
    const i = this.index.get(name);
    return i === undefined ? -1 : i;
  }
  /** The storage code of key `i` (see the class comment). */
  storageOf(i: number): number {
    if (!this.inline) return i;
    if (i < 2) return -2 - i;
    return this.keys.length <= 3 ? -4 : i - 2;
  }
  /** The storage code of `name`, or -1 when the map has no such key. */
  storageOfName(name: string): number {
    const i = this.index.get(name);
    return i === undefined ? -1 : this.storageOf(i);
  }
  withKey(name: string): AttrMap {
    if (this.transitions === null) this.transitions = new Map();
    let next = this.transitions.get(name);
    if (next === undefined) {
      next = new AttrMap([...this.keys, name], this.inline, this.root);
      this.transitions.set(name, next);
    }
    return next;
  }
  /** The map reached from the root by adding every key but `name`, in order. */
  withoutKey(name: string): AttrMap {
    let m = this.root;
    for (const k of this.keys) if (k !== name) m = m.withKey(k);
    return m;
  }
}

/** Shared by instances without attributes; replaced (never written) on the first attribute. */
const EMPTY_VALUES: W[] = Object.freeze([]) as unknown as W[];

/**
 * Instances of heap types and of builtin layouts that carry attributes (functions, modules, subclasses of
 * list/dict…): a `map` and the attribute values in `values`. Plain instances of classes are the subclass
 * PyPlainInstance, which keeps its first attributes in the object itself.
 */
export class PyInstance extends PyObject {
  /** The shared factory of plain instances: one function so layouts compare equal. */
  static readonly factory: InstanceFactory = (cls) => new PyPlainInstance(cls);

  // `declare` fields assigned in the constructor: V8 builds objects several times faster with plain
  // assignments than with class-field [[Define]] semantics (measured: 5x for small objects).
  declare map: AttrMap;
  /**
   * The attribute values, where the map's storage codes say: an array indexed by storage code, or, for a
   * plain instance with exactly three attributes, the third value itself (storage code -4).
   */
  declare values: W[];
  /** In-object attribute values: own fields of PyPlainInstance only (storage codes -2, -3). */
  declare a0: W | undefined;
  declare a1: W | undefined;
  /** `__slots__` storage, indexed by the slot descriptors of the type. */
  declare slots: (W | undefined)[] | null;
  /** Set once `__dict__` has been taken as a real dict object; then attributes live there. */
  declare dictObject: PyObject | null;
  /** Set on instances of classes with a `__del__` (modules/finalizers.ts): what their finaliser needs. */
  declare finalizerRecord: { id: number } | null;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.map = AttrMap.empty;
    this.values = EMPTY_VALUES;
  }

  /** The value stored under storage code `k` (AttrMap.storageOf). */
  storedValue(k: number): W {
    if (k >= 0) return this.values[k];
    return (k === -2 ? this.a0 : k === -3 ? this.a1 : this.values) as W;
  }
  setStoredValue(k: number, value: W): void {
    if (k >= 0) this.values[k] = value;
    else if (k === -2) this.a0 = value;
    else if (k === -3) this.a1 = value;
    else this.values = value as unknown as W[];
  }
  /** The value of the map's key `i`. */
  valueAt(i: number): W {
    return this.storedValue(this.map.storageOf(i));
  }
  /** The attribute values in map order (a fresh array). */
  attrValues(): W[] {
    const n = this.map.keys.length;
    const out: W[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.valueAt(i);
    return out;
  }

  getAttr(name: string): W | undefined {
    if (this.dictObject !== null) return dictHooks.get(this.dictObject, name);
    const i = this.map.indexOf(name);
    return i < 0 ? undefined : this.storedValue(this.map.storageOf(i));
  }
  setAttr(name: string, value: W): void {
    if (this.dictObject !== null) return dictHooks.set(this.dictObject, name, value);
    const i = this.map.indexOf(name);
    if (i >= 0) {
      this.setStoredValue(this.map.storageOf(i), value);
      return;
    }
    this.map = this.map.withKey(name);
    this.appendValue(value);
  }
  /**
   * Store the value of a newly added attribute (its index is the last of the map). The first array of
   * values is allocated at the size instances of this class have reached before, so the backing store is
   * exact instead of V8's growth slack (which tripled the memory of small objects).
   */
  appendValue(value: W): void {
    const m = this.map;
    const n = m.keys.length;
    const hint = this.cls.instanceSizeHint;
    if (n > hint) this.cls.instanceSizeHint = n;
    if (m.inline) {
      if (n <= 2) {
        if (n === 1) this.a0 = value;
        else this.a1 = value;
        return;
      }
      if (n === 3) {
        this.values = value as unknown as W[];
        return;
      }
      if (n === 4) {
        // the third value moves from the field into the array: storage codes i - 2 from here on
        const third = this.values as unknown as W;
        const arr: W[] = hint > 4 ? new Array(hint - 2) : new Array(2);
        arr[0] = third;
        arr[1] = value;
        this.values = arr;
        return;
      }
      this.values[n - 3] = value;
      return;
    }
    if (this.values === EMPTY_VALUES) {
      if (n !== 1) throw new Error("attribute values out of step with the map");
      if (hint > 1) {
        this.values = new Array(hint);
        this.values[0] = value;
      } else this.values = [value];
      return;
    }
    this.values[n - 1] = value;
  }
  delAttr(name: string): boolean {
    if (this.dictObject !== null) return dictHooks.del(this.dictObject, name);
    const i = this.map.indexOf(name);
    if (i < 0) return false;
    const keys = this.map.keys;
    const vals = this.attrValues();
    this.dropAttrs();
    for (let k = 0; k < keys.length; k++) {
      if (k === i) continue;
      this.map = this.map.withKey(keys[k]);
      this.appendValue(vals[k]);
    }
    return true;
  }
  /** The attributes as a real dict object, moved there on first use (`__dict__`, pickling, finalisers). */
  ownDict(): PyObject {
    if (this.dictObject === null) {
      this.dictObject = dictHooks.fromAttrs(this.map.keys.slice(), this.attrValues());
      this.dropAttrs();
    }
    return this.dictObject;
  }
  /** Forget every attribute (the map goes back to its root), e.g. once `__dict__` holds them. */
  dropAttrs(): void {
    const root = this.map.root;
    this.map = root;
    this.values = EMPTY_VALUES;
    if (root.inline) {
      this.a0 = undefined;
      this.a1 = undefined;
    }
  }
  /** Set every attribute at once: `map` grew from this instance's root and `values` are in its order. */
  setAttrs(map: AttrMap, values: W[]): void {
    if (map.root !== this.map.root || map.keys.length !== values.length) {
      throw new Error("attribute map from another layout");
    }
    this.dropAttrs();
    const n = values.length;
    if (n > this.cls.instanceSizeHint) this.cls.instanceSizeHint = n;
    this.map = map;
    if (!map.inline) {
      if (n > 0) this.values = values;
      return;
    }
    if (n > 0) this.a0 = values[0];
    if (n > 1) this.a1 = values[1];
    if (n === 3) this.values = values[2] as unknown as W[];
    else if (n > 3) this.values = values.slice(2);
  }
}

/**
 * Plain instances of classes (object's layout with a `__dict__`): one JS object of five fields (cls, map,
 * a0, a1, values; 64 bytes) holds an instance with up to three attributes, the third in `values` itself;
 * from the fourth on `values` is an array of the values from the third on. PyPy's mapdict keeps small
 * instances' attributes in the object the same way. Only this class owns `a0`/`a1`: lists, dicts,
 * functions… keep the three-field layout of PyInstance.
 */
export class PyPlainInstance extends PyInstance {
  constructor(cls: PyType) {
    super(cls);
    this.map = AttrMap.emptyInline;
    this.a0 = undefined;
    this.a1 = undefined;
  }
}

// `slots` and `dictObject` default to null on the prototype: most instances never set them, and leaving
// them out of the constructor keeps them out of every instance (measured: 1M small objects).
(PyInstance.prototype as { slots: unknown }).slots = null;
(PyInstance.prototype as { dictObject: unknown }).dictObject = null;
(PyInstance.prototype as { finalizerRecord: unknown }).finalizerRecord = null;

/**
 * Installed by modules/finalizers.ts: `track` is told of each new instance of a class with a finalizer
 * (PyType.hasFinalizer), `retarget` of a tracked instance whose `__dict__` or `__class__` was replaced.
 */
export const finalizerHooks = {
  track: (_o: PyObject): void => {},
  retarget: (_o: PyObject): void => {},
};

/** Installed by dict.ts: instance dicts are materialised on demand for `__dict__`. */
export const dictHooks = {
  get: (_d: PyObject, _k: string): W | undefined => undefined as W | undefined,
  set: (_d: PyObject, _k: string, _v: W): void => {},
  del: (_d: PyObject, _k: string): boolean => false,
  fromAttrs: (_keys: string[], _values: W[]): PyObject => {
    throw new Error("dict not initialised");
  },
};

// ---------------------------------------------------------------- types

let globalVersion = 0;

export const TypeFlags = {
  HEAPTYPE: 1,
  BASETYPE: 2,
  ABSTRACT: 4,
  IMMUTABLE: 8,
  /** Instances accept weak references (CPython's tp_weaklistoffset != 0); inherited through the MRO. */
  WEAKREFABLE: 16,
  /** Calling the type is refused: "cannot create 'X' instances" (CPython's bit 7, tp_new NULL). */
  DISALLOW_INSTANTIATION: 128,
} as const;

/** Native constructor for instances of this type's layout (used by type.__call__/object.__new__). */
export type InstanceFactory = (cls: PyType) => PyObject;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  base: PyType | null;
  mro: PyType[] = [];
  readonly dict: Map<string, W> = new Map();
  flags: number;
  /** Bumped on any change to dict or bases, here and in every subclass. */
  version: number;
  private cache: Map<string, W | null> = new Map();
  private cacheVersion = -1;
  /**
   * The direct subclasses, weakly (as CPython's tp_subclasses): a class nothing else uses can die, and
   * `__subclasses__()` stops listing it.
   */
  private subclassRefs: WeakRef<PyType>[] = [];
  get subclasses(): PyType[] {
    const refs = this.subclassRefs;
    if (refs.length === 0) return [];
    const out: PyType[] = [];
    let j = 0;
    for (let i = 0; i < refs.length; i++) {
      const t = refs[i].deref();
      if (t === undefined) continue;
      refs[j++] = refs[i];
      out.push(t);
    }
    refs.length = j;
    return out;
  }
  addSubclass(t: PyType): void {
    this.subclassRefs.push(new WeakRef(t));
  }
  removeSubclass(t: PyType): void {
    const i = this.subclassRefs.findIndex((r) => r.deref() === t);
    if (i >= 0) this.subclassRefs.splice(i, 1);
  }
  /** Names declared in `__slots__` along this type's own layout (own + inherited). */
  slotNames: string[] = [];
  /** The most attributes an instance of this class has had (sizes new instances' value arrays). */
  instanceSizeHint = 0;
  /** Whether instances carry a `__dict__` (false for builtins and for pure __slots__ classes). */
  hasInstanceDict: boolean;
  /** Creates a bare instance with this type's native layout. */
  factory: InstanceFactory;
  /**
   * For type.__call__ of a builtin type (type.ts typeCall): the `__new__` implementation that is the whole
   * call, at the type version it was found at; null when __new__ and __init__ must be called.
   */
  fastNew: { version: number; spec: MethodSpec | null } | undefined = undefined;
  /**
   * For type.__call__ without keywords (type.ts typeCall): the builtin `__new__` and `__init__` that take
   * any arguments (exception classes and their subclasses that define neither), at the type version they
   * were found at; null specs when the call needs the general path.
   */
  builtinCtor: { version: number; newSpec: MethodSpec | null; initSpec: MethodSpec | null } | undefined =
    undefined;
  /** A builtin type's direct constructor for calls without keywords (type.ts nativeConstructors). */
  construct: ((args: W[]) => W | undefined) | null = null;
  /** hasFinalizer's answer, at the version `finalizerVersion`. */
  private finalizerVersion = -1;
  private finalizer = false;

  constructor(
    name: string,
    bases: PyType[],
    opts: {
      module?: string;
      flags?: number;
      factory?: InstanceFactory;
      instanceDict?: boolean;
      meta?: PyType;
    } = {},
  ) {
    super();
    this.cls = opts.meta ?? typeTypeRef();
    this.name = name;
    this.qualname = name;
    this.module = opts.module ?? "builtins";
    this.bases = bases;
    this.base = bases.length > 0 ? solidBase(bases) : null;
    this.flags = opts.flags ?? TypeFlags.BASETYPE;
    this.version = ++globalVersion;
    this.factory = opts.factory ?? (this.base !== null ? this.base.factory : (cls) => new PyPlainObject(cls));
    this.hasInstanceDict = opts.instanceDict ?? (this.base !== null && this.base.hasInstanceDict);
    if (this.base !== null) this.slotNames = this.base.slotNames.slice();
    this.mro = computeMro(this);
    for (const b of bases) b.addSubclass(this);
  }

  /** MRO lookup (PyPy's lookup_where), cached per type version. Returns undefined when absent. */
  lookup(name: string): W | undefined {
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === null ? undefined : hit;
    let found: W | null = null;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found === null ? undefined : found;
  }

  /**
   * Whether a class (not a builtin) along the MRO defines `__del__`: its instances are tracked from creation
   * (modules/finalizers.ts) so that it can run once they are unreachable.
   */
  hasFinalizer(): boolean {
    if (this.finalizerVersion !== this.version) {
      const where = this.lookupWhere("__del__");
      this.finalizer = where !== undefined && where.isHeapType;
      this.finalizerVersion = this.version;
    }
    return this.finalizer;
  }

  /** The class in the MRO whose dict defines `name`. */
  lookupWhere(name: string): PyType | undefined {
    for (const t of this.mro) if (t.dict.has(name)) return t;
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Set a name in the type's dict (type.__setattr__ semantics after checks) and bump versions. */
  setDictEntry(name: string, value: W): void {
    this.dict.set(name, value);
    this.mutated();
  }
  deleteDictEntry(name: string): boolean {
    const had = this.dict.delete(name);
    if (had) this.mutated();
    return had;
  }

  /** Replace `__bases__`: recompute the MRO of this type and every subclass. */
  setBases(bases: PyType[]): void {
    if (bases.length === 0) {
      raiseTypeError(`can only assign non-empty tuple to ${this.name}.__bases__, not ()`);
    }
    for (const b of bases) {
      if (b.isSubtypeOf(this)) {
        raiseTypeError("a __bases__ item causes an inheritance cycle");
      }
    }
    // the instances' layout cannot change (compatible_for_assignment: object's instances are freed
    // differently from every other type's; a different solid base must add the same slots to the same base)
    const newBase = solidBase(bases);
    const oldBase = this.base;
    if (oldBase !== null) {
      const object = this.mro[this.mro.length - 1];
      if ((newBase === object) !== (oldBase === object)) {
        raiseTypeError(`__bases__ assignment: '${newBase.name}' deallocator differs from '${oldBase.name}'`);
      }
      const newSolid = solidLayout(newBase), oldSolid = solidLayout(oldBase);
      if (
        newSolid !== oldSolid &&
        !(newSolid.base === oldSolid.base && newSolid.isHeapType && oldSolid.isHeapType &&
          newSolid.slotNames.join() === oldSolid.slotNames.join())
      ) {
        raiseTypeError(
          `__bases__ assignment: '${newBase.name}' object layout differs from '${oldBase.name}'`,
        );
      }
    }
    const oldBases = this.bases;
    const oldMro = this.mro;
    this.bases = bases;
    try {
      this.mro = computeMro(this);
    } catch (e) {
      this.bases = oldBases;
      this.mro = oldMro;
      throw e;
    }
    for (const b of oldBases) b.removeSubclass(this);
    for (const b of bases) b.addSubclass(this);
    this.base = newBase;
    this.mutated();
    for (const sub of this.allSubclasses()) sub.mro = computeMro(sub);
  }

  /** Version bump for this type and (transitively) all subclasses. */
  mutated(): void {
    this.version = ++globalVersion;
    // (the refs themselves: no array per call, as class attribute writes come here)
    for (const r of this.subclassRefs) r.deref()?.mutated();
  }

  allSubclasses(): PyType[] {
    const out: PyType[] = [];
    const walk = (t: PyType) => {
      for (const s of t.subclasses) {
        out.push(s);
        walk(s);
      }
    };
    walk(this);
    return out;
  }

  get isHeapType(): boolean {
    return (this.flags & TypeFlags.HEAPTYPE) !== 0;
  }
  get isBaseType(): boolean {
    return (this.flags & TypeFlags.BASETYPE) !== 0;
  }
}

/** The base providing the instance layout (CPython's best_base): bases' solid layouts must be a chain. */
function solidBase(bases: PyType[]): PyType {
  let winner = bases[0];
  let winnerSolid = solidLayout(winner);
  for (let i = 1; i < bases.length; i++) {
    const candidate = solidLayout(bases[i]);
    if (winnerSolid.isSubtypeOf(candidate)) continue;
    if (candidate.isSubtypeOf(winnerSolid)) {
      winner = bases[i];
      winnerSolid = candidate;
      continue;
    }
    raiseTypeError("multiple bases have instance lay-out conflict");
  }
  return winner;
}
/** The nearest ancestor that introduced the instance layout (new factory or new __slots__). */
export function solidLayout(t: PyType): PyType {
  let cur = t;
  // A class that only adds a __dict__ to object (map-based PyInstance) keeps object's layout, as
  // CPython's solid_base ignores the dict and weakref slots.
  while (
    cur.base !== null &&
    (cur.factory === cur.base.factory || (cur.factory === PyInstance.factory && cur.base.base === null)) &&
    cur.slotNames.length === cur.base.slotNames.length
  ) cur = cur.base;
  return cur;
}

/** C3 linearisation with CPython's error text. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const result: PyType[] = [t];
  for (;;) {
    let nonEmpty = false;
    for (const s of seqs) if (s.length > 0) nonEmpty = true;
    if (!nonEmpty) return result;
    let candidate: PyType | null = null;
    for (const s of seqs) {
      if (s.length === 0) continue;
      const head = s[0];
      let inTail = false;
      for (const other of seqs) {
        if (other.indexOf(head) > 0) {
          inTail = true;
          break;
        }
      }
      if (!inTail) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      // CPython lists the remaining heads, in base order, without duplicates.
      const names: string[] = [];
      const seen = new Set<PyType>();
      for (const s of seqs.slice(0, -1)) {
        if (s.length > 0 && !seen.has(s[0])) {
          seen.add(s[0]);
          names.push(s[0].name);
        }
      }
      raiseTypeError(
        `Cannot create a consistent method resolution order (MRO) for bases ${names.join(", ")}`,
      );
    }
    result.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

// ---------------------------------------------------------------- the bootstrap types

const typeTypeHolder: { value: PyType | undefined } = { value: undefined };
function typeTypeRef(): PyType {
  // While `object` and `type` themselves are built their metatype is filled in right after.
  return typeTypeHolder.value as PyType;
}

export const objectType: PyType = new PyType("object", [], { factory: (cls) => new PyPlainObject(cls) });
export const typeType: PyType = new PyType("type", [objectType]);
typeTypeHolder.value = typeType;
objectType.cls = typeType;
typeType.cls = typeType;

/** CPython's tp_name: a builtin type of a module other than builtins is "module.Name" (`_csv.Dialect`). */
export function tpName(t: PyType): string {
  return t.isHeapType || t.module === "builtins" ? t.name : `${t.module}.${t.name}`;
}

export function builtinType(
  name: string,
  base: PyType = objectType,
  opts: { flags?: number; factory?: InstanceFactory } = {},
): PyType {
  return new PyType(name, [base], { flags: opts.flags ?? TypeFlags.BASETYPE, factory: opts.factory });
}

export const intType: PyType = builtinType("int");
export const boolType: PyType = builtinType("bool", intType, { flags: 0 });
export const floatType: PyType = builtinType("float");
export const complexType: PyType = builtinType("complex");
export const strType: PyType = builtinType("str");
export const bytesType: PyType = builtinType("bytes");
export const tupleType: PyType = builtinType("tuple");
export const listType: PyType = builtinType("list");
export const dictType: PyType = builtinType("dict");
export const noneType: PyType = builtinType("NoneType", objectType, { flags: 0 });
export const notImplementedType: PyType = builtinType("NotImplementedType", objectType, { flags: 0 });
export const ellipsisType: PyType = builtinType("ellipsis", objectType, { flags: 0 });
export const builtinFunctionType: PyType = builtinType("builtin_function_or_method", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const methodDescriptorType: PyType = builtinType("method_descriptor", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const wrapperDescriptorType: PyType = builtinType("wrapper_descriptor", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
/** A slot wrapper bound to its object (`object().__str__`). */
export const methodWrapperType: PyType = builtinType("method-wrapper", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const classMethodDescriptorType: PyType = builtinType("classmethod_descriptor", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const getsetDescriptorType: PyType = builtinType("getset_descriptor", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const memberDescriptorType: PyType = builtinType("member_descriptor", objectType, { flags: 0 });
export const staticMethodType: PyType = builtinType("staticmethod");
export const classMethodType: PyType = builtinType("classmethod");
export const propertyType: PyType = builtinType("property");

// ---------------------------------------------------------------- singletons

export const None: PyObject = new PyPlainObject(noneType);
export const NotImplemented: PyObject = new PyPlainObject(notImplementedType);
export const Ellipsis: PyObject = new PyPlainObject(ellipsisType);

export class PyBool extends PyObject {
  readonly value: boolean;
  constructor(value: boolean) {
    super();
    this.cls = boolType;
    this.value = value;
  }
}
export const True: PyBool = new PyBool(true);
export const False: PyBool = new PyBool(false);
export function newBool(b: boolean): PyBool {
  return b ? True : False;
}

// ---------------------------------------------------------------- builtin functions from tables

/** Keyword arguments as passed to builtins: names and values in call order. */
export interface Kwargs {
  names: string[];
  values: W[];
}

/** TS implementation of a builtin. For methods args[0] is self. */
export type BuiltinImpl = (args: W[], kwargs: Kwargs | null) => W;

/**
 * One row of a method table. `arity` is [min, max] positional arguments excluding self (max -1 = any).
 * `kw` lists keyword names accepted (mapped onto positional slots after the positional args);
 * functions that accept no keywords raise CPython's "takes no keyword arguments".
 */
export interface MethodSpec {
  name: string;
  arity: [number, number];
  impl: BuiltinImpl;
  kw?: string[];
  /** "method" (default), "class" (classmethod, args[0] is the type) or "static". */
  kind?: "method" | "class" | "static";
  doc?: string;
  /** `__text_signature__` of a native module's function or method ("($self, /)"), as its C docstring gives. */
  textSignature?: string;
}

export class PyBuiltinFunction extends PyObject {
  declare readonly spec: MethodSpec;
  /** Bound self for builtin methods (`[].append`), undefined for plain functions. */
  declare readonly self: W | undefined;
  declare readonly qualname: string;
  /** `__module__` of a module-level builtin function (undefined: "builtins"). */
  declare readonly module: string | undefined;
  constructor(spec: MethodSpec, self: W | undefined, qualname: string, module?: string) {
    super();
    this.cls = builtinFunctionType;
    this.spec = spec;
    this.self = self;
    this.qualname = qualname;
    this.module = module;
  }
}

/**
 * The dunders CPython's types expose through type slots (typeobject.c's slotdefs): their descriptors are
 * wrapper_descriptor ("slot wrapper") and, bound, method-wrapper, not method_descriptor.
 */
export const SLOT_WRAPPER_NAMES: ReadonlySet<string> = new Set(
  ("__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__ __str__ __lt__ __le__ " +
    "__eq__ __ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ __init__ __del__ __await__ " +
    "__aiter__ __anext__ __buffer__ __release_buffer__ __add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ " +
    "__mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __invert__ " +
    "__lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ " +
    "__float__ __iadd__ __isub__ __imul__ __imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ " +
    "__ior__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__ __itruediv__ __index__ " +
    "__matmul__ __rmatmul__ __imatmul__ __len__ __getitem__ __setitem__ __delitem__ __contains__").split(" "),
);
/** Slot names some of CPython's types also define as plain methods (METH_COEXIST): method_descriptor. */
const COEXISTING_METHODS = new Set([
  "list.__getitem__",
  "dict.__getitem__",
  "dict.__contains__",
  "set.__contains__",
]);

function methodDescriptorTypeOf(spec: MethodSpec, owner: PyType): PyType {
  if (spec.kind === "class") return classMethodDescriptorType;
  if (!SLOT_WRAPPER_NAMES.has(spec.name)) return methodDescriptorType;
  const name = owner.name === "frozenset" ? "set" : owner.name;
  return owner.module === "builtins" && COEXISTING_METHODS.has(`${name}.${spec.name}`)
    ? methodDescriptorType
    : wrapperDescriptorType;
}

/** Unbound method of a builtin type, stored in the type dict (a non-data descriptor). */
export class PyMethodDescriptor extends PyObject {
  readonly spec: MethodSpec;
  readonly owner: PyType;
  constructor(spec: MethodSpec, owner: PyType) {
    super();
    this.cls = methodDescriptorTypeOf(spec, owner);
    this.spec = spec;
    this.owner = owner;
  }
}

/** A computed attribute of builtin instances (data descriptor when it has a setter). */
export interface GetSetSpec {
  name: string;
  get: (self: W) => W;
  set?: (self: W, value: W) => void;
  delete?: (self: W) => void;
  doc?: string;
  /** A read-only member in CPython (PyMemberDef READONLY): setting it says "readonly attribute". */
  readonly?: boolean;
}

/** The AttributeError for setting or deleting an attribute whose descriptor cannot do it. */
export function notWritableMessage(spec: GetSetSpec, owner: PyType): string {
  return spec.readonly
    ? "readonly attribute"
    : `attribute '${spec.name}' of '${tpName(owner)}' objects is not writable`;
}
export class PyGetSetDescriptor extends PyObject {
  readonly spec: GetSetSpec;
  readonly owner: PyType;
  constructor(spec: GetSetSpec, owner: PyType) {
    super();
    this.cls = getsetDescriptorType;
    this.spec = spec;
    this.owner = owner;
  }
}

/** A `__slots__` entry: member_descriptor reading instance.slots[index]. */
export class PyMemberDescriptor extends PyObject {
  readonly name: string;
  readonly index: number;
  readonly owner: PyType;
  constructor(name: string, index: number, owner: PyType) {
    super();
    this.cls = memberDescriptorType;
    this.name = name;
    this.index = index;
    this.owner = owner;
  }
}

/** `staticmethod(f)` / `classmethod(f)` wrappers, with a `__dict__` (the wrapped function's name, doc, ...). */
export class PyStaticMethod extends PyInstance {
  declare callable: W;
  constructor(callable: W, cls: PyType = staticMethodType) {
    super(cls);
    this.callable = callable;
  }
}
export class PyClassMethod extends PyInstance {
  declare callable: W;
  constructor(callable: W, cls: PyType = classMethodType) {
    super(cls);
    this.callable = callable;
  }
}

/** A bound method object (Python functions bound to an instance); builtins bind as PyBuiltinFunction. */
export const methodType: PyType = builtinType("method", objectType, { flags: 0 });
export class PyMethod extends PyObject {
  declare readonly func: W;
  declare readonly self: W;
  constructor(func: W, self: W) {
    super();
    this.cls = methodType;
    this.func = func;
    this.self = self;
  }
}

/** Declare a type's methods, class/static methods and getsets from tables. */
export function defineMethods(type: PyType, specs: MethodSpec[]): void {
  for (const spec of specs) {
    if (spec.kind === "static") {
      type.dict.set(
        spec.name,
        new PyStaticMethod(new PyBuiltinFunction(spec, undefined, `${type.name}.${spec.name}`)),
      );
    } else {
      type.dict.set(spec.name, new PyMethodDescriptor(spec, type));
    }
  }
  type.mutated();
}
export function defineGetSets(type: PyType, specs: GetSetSpec[]): void {
  for (const spec of specs) type.dict.set(spec.name, new PyGetSetDescriptor(spec, type));
  type.mutated();
}

/** Check arity and map keywords onto positional slots; returns the full args (self first for methods). */
export function bindBuiltinArgs(spec: MethodSpec, args: W[], kwargs: Kwargs | null, offset: number): W[] {
  const [min, max] = spec.arity;
  const n = args.length - offset;
  if (kwargs !== null && kwargs.names.length > 0) {
    const kwNames = spec.kw;
    // `kw: ["**"]`: any keywords, passed through untouched in the kwargs parameter.
    if (kwNames !== undefined && kwNames[0] === "**") {
      if (n < min) {
        raiseTypeError(
          `${spec.name} expected ${min === max ? "" : "at least "}${min} argument${
            min === 1 ? "" : "s"
          }, got ${n}`,
        );
      }
      if (max >= 0 && n > max) raiseTypeError(`${spec.name}() takes ${max} positional arguments`);
      return args;
    }
    if (kwNames === undefined || kwNames.length === 0) {
      raiseTypeError(`${spec.name}() takes no keyword arguments`);
    }
    const out = args.slice();
    const firstKw = max < 0 ? n : max - kwNames.length;
    for (let i = 0; i < kwargs.names.length; i++) {
      const k = kwargs.names[i];
      const pos = kwNames.indexOf(k);
      if (pos < 0) raiseTypeError(`${spec.name}() got an unexpected keyword argument '${k}'`);
      const slot = offset + firstKw + pos;
      if (slot < out.length && out[slot] !== undefined) {
        raiseTypeError(
          `argument for ${spec.name}() given by name ('${k}') and position (${firstKw + pos + 1})`,
        );
      }
      while (out.length < slot) out.push(undefined as unknown as W);
      out[slot] = kwargs.values[i];
    }
    // required parameters must all be there, by position or by name
    if (max >= 0 && n > max) {
      raiseTypeError(`${spec.name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
    }
    for (let p = 0; p < min; p++) {
      if (out[offset + p] !== undefined) continue;
      const argName = p >= firstKw ? kwNames[p - firstKw] : undefined;
      if (argName !== undefined) {
        raiseTypeError(`${spec.name}() missing required argument '${argName}' (pos ${p + 1})`);
      }
      raiseTypeError(
        `${spec.name}() takes at least ${min} positional argument${min === 1 ? "" : "s"} (${n} given)`,
      );
    }
    return out;
  }
  if (n < min || (max >= 0 && n > max)) {
    if (min === max) {
      if (min === 0) raiseTypeError(`${spec.name}() takes no arguments (${n} given)`);
      if (min === 1) raiseTypeError(`${spec.name}() takes exactly one argument (${n} given)`);
      raiseTypeError(`${spec.name} expected ${min} arguments, got ${n}`);
    }
    if (n < min) {
      raiseTypeError(`${spec.name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    }
    raiseTypeError(`${spec.name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
  return args;
}

// ---------------------------------------------------------------- calling

export type PythonCallHook = (callable: W, args: W[], kwargs: Kwargs | null) => W;
let pythonCallHook: PythonCallHook | null = null;
/** The eval loop installs the hook that calls Python-level callables (functions, classes' __call__ …). */
export function setPythonCallHook(hook: PythonCallHook | null): void {
  pythonCallHook = hook;
}
/** type.ts installs type.__call__'s implementation (typeCall). */
export const typeCallHook = {
  call: (_cls: PyType, _args: W[], _kwargs: Kwargs | null): W => None,
};
/**
 * The eval loop's call of a plain Python function with one or two positional arguments (`b` undefined for
 * one): the operator and special-method protocols call user dunders through it without argument arrays.
 */
export const pythonCallHooks = {
  call2: (_func: W, _a: W, _b: W | undefined): W => None,
};

/** Call any callable: builtins directly, everything else through `__call__` or the eval loop's hook. */
export function call(callable: W, args: W[], kwargs: Kwargs | null = null): W {
  if (callable instanceof PyBuiltinFunction) {
    const spec = callable.spec;
    if (callable.self !== undefined) {
      return spec.impl(bindBuiltinArgs(spec, withSelf(callable.self, args), kwargs, 1), kwargs);
    }
    return spec.impl(bindBuiltinArgs(spec, args, kwargs, 0), kwargs);
  }
  if (callable instanceof PyMethod) {
    return call(callable.func, withSelf(callable.self, args), kwargs);
  }
  if (callable instanceof PyMethodDescriptor) {
    const spec = callable.spec;
    if (spec.kind === "class") {
      if (args.length === 0 || !(args[0] instanceof PyType)) {
        raiseTypeError(`descriptor '${spec.name}' of '${callable.owner.name}' object needs a type argument`);
      }
      return spec.impl(bindBuiltinArgs(spec, args, kwargs, 1), kwargs);
    }
    if (args.length === 0) {
      raiseTypeError(`unbound method ${callable.owner.name}.${spec.name}() needs an argument`);
    }
    checkDescriptorSelf(callable, args[0]);
    return spec.impl(bindBuiltinArgs(spec, args, kwargs, 1), kwargs);
  }
  if (callable instanceof PyType) {
    // metaclass `type`: type.__call__ itself (type.ts typeCall), without the argument array copies
    if (callable.cls === typeType) return typeCallHook.call(callable, args, kwargs);
    const typeCall = typeOf(callable).lookup("__call__");
    if (typeCall instanceof PyMethodDescriptor) {
      return typeCall.spec.impl(withSelf(callable, args), kwargs);
    }
  }
  if (pythonCallHook !== null) {
    const r = pythonCallHook(callable, args, kwargs);
    if (r !== undefined) return r;
  }
  const dunder = typeOf(callable).lookup("__call__");
  if (dunder === undefined) raiseTypeError(`'${tpName(typeOf(callable))}' object is not callable`);
  return callBound(dunder, callable, args, kwargs);
}

/** Call a method found on the type (unbound) with `self` prepended, without allocating a bound method. */
export function callBound(descr: W, self: W, args: W[], kwargs: Kwargs | null = null): W {
  if (descr instanceof PyMethodDescriptor && descr.spec.kind !== "class") {
    return descr.spec.impl(bindBuiltinArgs(descr.spec, withSelf(self, args), kwargs, 1), kwargs);
  }
  if (isPlainFunction(descr)) {
    if (args.length === 0 && kwargs === null) return pythonCallHooks.call2(descr, self, undefined);
    return call(descr, withSelf(self, args), kwargs);
  }
  return call(getDescriptorValue(descr, self, typeOf(self)), args, kwargs);
}

/** callBound(descr, self, [arg]) for the operator protocols: a builtin slot gets [self, arg] directly. */
export function callBound1(descr: W, self: W, arg: W): W {
  if (descr instanceof PyMethodDescriptor) {
    const spec = descr.spec;
    const [min, max] = spec.arity;
    if (spec.kind !== "class" && min <= 1 && (max < 0 || max >= 1)) return spec.impl([self, arg], null);
  } else if (isPlainFunction(descr)) return pythonCallHooks.call2(descr, self, arg);
  return callBound(descr, self, [arg]);
}

/** call(callable, [arg]) with a plain Python function called without an argument array (key functions). */
export function call1(callable: W, arg: W): W {
  if (isPlainFunction(callable)) return pythonCallHooks.call2(callable, arg, undefined);
  return call(callable, [arg]);
}

/** [self, ...args] without the spread's iterator protocol (hot: every dunder call). */
function withSelf(self: W, args: W[]): W[] {
  const n = args.length;
  if (n === 0) return [self];
  if (n === 1) return [self, args[0]];
  if (n === 2) return [self, args[0], args[1]];
  const out = new Array<W>(n + 1);
  out[0] = self;
  for (let i = 0; i < n; i++) out[i + 1] = args[i];
  return out;
}

function checkDescriptorSelf(d: PyMethodDescriptor, self: W): void {
  if (!typeOf(self).isSubtypeOf(d.owner)) {
    // a slot wrapper says it differently (wrapperdescr_raw_check)
    if (d.cls === wrapperDescriptorType) {
      raiseTypeError(
        `descriptor '${d.spec.name}' requires a '${d.owner.name}' object but received a '${
          typeOf(self).name
        }'`,
      );
    }
    raiseTypeError(
      `descriptor '${d.spec.name}' for '${d.owner.name}' objects doesn't apply to a '${
        typeOf(self).name
      }' object`,
    );
  }
}

/** Types the eval loop registers as "plain Python functions" (bind by prepending self). */
export const functionTypes: Set<PyType> = new Set();
function isPlainFunction(w: W): boolean {
  return typeof w === "object" && functionTypes.has(w.cls);
}

/** Call a special method looked up on the type (CPython's lookup_maybe_method + call). */
export function callMethod(obj: W, name: string, args: W[]): W {
  const descr = typeOf(obj).lookup(name);
  if (descr === undefined) raiseAttributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
  return callBound(descr, obj, args);
}

// ---------------------------------------------------------------- descriptor protocol

/** descr.__get__(obj, type) for a value found in a type's MRO (obj undefined for class access). */
export function getDescriptorValue(descr: W, obj: W | undefined, type: PyType): W {
  if (typeof descr !== "object") return descr;
  if (descr instanceof PyMethodDescriptor) {
    if (descr.spec.kind === "class") {
      return new PyBuiltinFunction(
        descr.spec,
        obj === undefined ? type : typeOf(obj),
        `${descr.owner.name}.${descr.spec.name}`,
      );
    }
    if (obj === undefined) return descr;
    checkDescriptorSelf(descr, obj);
    const bound = new PyBuiltinFunction(descr.spec, obj, `${descr.owner.name}.${descr.spec.name}`);
    if (descr.cls === wrapperDescriptorType) bound.cls = methodWrapperType;
    return bound;
  }
  if (descr instanceof PyGetSetDescriptor) {
    if (obj === undefined) return descr;
    return descr.spec.get(obj);
  }
  if (descr instanceof PyMemberDescriptor) {
    if (obj === undefined) return descr;
    const v = obj instanceof PyInstance && obj.slots !== null ? obj.slots[descr.index] : undefined;
    if (v === undefined) raiseAttributeError(`'${descr.owner.name}' object has no attribute '${descr.name}'`);
    return v;
  }
  if (descr instanceof PyStaticMethod) return descr.callable;
  if (descr instanceof PyClassMethod) {
    return new PyMethod(descr.callable, obj === undefined ? type : typeOf(obj));
  }
  if (functionTypes.has(descr.cls)) return obj === undefined ? descr : new PyMethod(descr, obj);
  const get = descr.cls.lookup("__get__");
  if (get === undefined) return descr;
  return callBound(get, descr, [obj === undefined ? None : obj, type]);
}

/** Data descriptor = its type defines __set__ or __delete__. */
export function isDataDescriptor(descr: W): boolean {
  if (typeof descr !== "object") return false;
  if (descr instanceof PyGetSetDescriptor || descr instanceof PyMemberDescriptor) return true;
  if (descr instanceof PyMethodDescriptor || descr instanceof PyBuiltinFunction) return false;
  const t = descr.cls;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

function hasGet(descr: W): boolean {
  if (typeof descr !== "object") return false;
  // (the native descriptors answer without a lookup: their types' __get__ is defined in method.ts, which a
  // program has loaded but a unit test of the object space may not have)
  if (
    descr instanceof PyGetSetDescriptor || descr instanceof PyMemberDescriptor ||
    descr instanceof PyMethodDescriptor || descr instanceof PyStaticMethod ||
    descr instanceof PyClassMethod ||
    functionTypes.has(descr.cls)
  ) return true;
  if (descr instanceof PyBuiltinFunction || descr instanceof PyType) return false;
  return descr.cls.lookup("__get__") !== undefined;
}

/** Per-instance dict storage for objects that are not PyInstance (e.g. function objects) — none yet. */
function instanceAttr(obj: W, name: string): W | undefined {
  if (obj instanceof PyInstance) return obj.getAttr(name);
  return undefined;
}

/** object.__getattribute__(obj, name) without the __getattr__ fallback; undefined when not found. */
export function genericGetAttr(obj: W, name: string): W | undefined {
  const type = typeOf(obj);
  const descr = type.lookup(name);
  // (a data descriptor without __get__ leaves the instance's value visible, as _PyObject_GenericGetAttr)
  if (descr !== undefined && isDataDescriptor(descr) && hasGet(descr)) {
    return getDescriptorValue(descr, obj, type);
  }
  const own = instanceAttr(obj, name);
  if (own !== undefined) return own;
  if (descr !== undefined) return hasGet(descr) ? getDescriptorValue(descr, obj, type) : descr;
  return undefined;
}

/** type.__getattribute__(cls, name): metatype data descriptors, then the MRO, then metatype attrs. */
export function typeGetAttr(cls: PyType, name: string): W | undefined {
  const meta = cls.cls;
  const metaDescr = meta.lookup(name);
  if (metaDescr !== undefined && isDataDescriptor(metaDescr) && hasGet(metaDescr)) {
    return getDescriptorValue(metaDescr, cls, meta);
  }
  const own = cls.lookup(name);
  if (own !== undefined) return hasGet(own) ? getDescriptorValue(own, undefined, cls) : own;
  if (metaDescr !== undefined) {
    return hasGet(metaDescr) ? getDescriptorValue(metaDescr, cls, meta) : metaDescr;
  }
  return undefined;
}

export function attributeErrorFor(obj: W, name: string): PyError {
  const err = obj instanceof PyType
    ? errorWithMessage("AttributeError", `type object '${obj.name}' has no attribute '${name}'`)
    : errorWithMessage("AttributeError", `'${tpName(typeOf(obj))}' object has no attribute '${name}'`);
  return withAttributeInfo(err, obj, name);
}

/** AttributeError.name and .obj, as CPython sets them for a failed lookup (traceback's suggestions use them). */
export function withAttributeInfo(err: PyError, obj: W, name: string): PyError {
  const v = err.value as PyObject & { setAttr(k: string, v: W): void };
  v.setAttr("name", strFactoryRef.make(name));
  v.setAttr("obj", obj);
  return err;
}

/** Installed by operations: fast check whether a __getattribute__ override exists (set per type). */
export const builtinGetAttribute: { object: W | undefined; type: W | undefined } = {
  object: undefined,
  type: undefined,
};

/** getattr(obj, name) with full semantics: __getattribute__ overrides and the __getattr__ fallback. */
export function getAttr(obj: W, name: string): W {
  // Like getAttrOrUndefined, but the AttributeError a __getattribute__ override or a __getattr__ hook
  // raises is the one that propagates (its message is theirs: "module 'm' has no attribute 'x'").
  const type = typeOf(obj);
  const ga = type.lookup("__getattribute__");
  const fallback = type.lookup("__getattr__");
  let result: W | undefined;
  let pending: PyError | null = null;
  if ((ga === builtinGetAttribute.object || ga === undefined) && fallback === undefined) {
    result = genericGetAttr(obj, name);
  } else if (ga === builtinGetAttribute.type && fallback === undefined) {
    result = typeGetAttr(obj as PyType, name);
  } else {
    // with a __getattr__ hook, an AttributeError from anywhere in the lookup (a descriptor's __get__
    // too) moves on to the hook, as CPython's slot_tp_getattr_hook
    try {
      if (ga === builtinGetAttribute.object || ga === undefined) result = genericGetAttr(obj, name);
      else if (ga === builtinGetAttribute.type) result = typeGetAttr(obj as PyType, name);
      else result = callBound(ga, obj, [strFactoryRef.make(name)]);
    } catch (e) {
      if (!(e instanceof PyError) || !e.matches(attributeErrorType())) throw e;
      pending = e;
      result = undefined;
    }
  }
  if (result !== undefined) return result;
  if (fallback !== undefined) {
    try {
      return callBound(fallback, obj, [strFactoryRef.make(name)]);
    } catch (e) {
      throw e instanceof PyError ? withAttributeContext(e, obj, name) : e;
    }
  }
  throw pending !== null ? withAttributeContext(pending, obj, name) : attributeErrorFor(obj, name);
}

/** An AttributeError a Python-level __getattr__/__getattribute__ raised without name and obj gets the
 * looked-up ones (CPython's _PyObject_SetAttributeErrorContext), so traceback can suggest names. */
function withAttributeContext(err: PyError, obj: W, name: string): PyError {
  const v = err.value as PyObject & { getAttr(k: string): W | undefined; setAttr(k: string, v: W): void };
  if (!err.matches(attributeErrorType()) || !(typeof v.getAttr === "function")) return err;
  const n = v.getAttr("name"), o = v.getAttr("obj");
  if ((n !== undefined && n !== None) || (o !== undefined && o !== None)) return err;
  return withAttributeInfo(err, obj, name);
}

/** getattr returning undefined for AttributeError (the common "hasattr"/default path). */
export function getAttrOrUndefined(obj: W, name: string): W | undefined {
  const type = typeOf(obj);
  const ga = type.lookup("__getattribute__");
  const fallback = type.lookup("__getattr__");
  let result: W | undefined;
  if ((ga === builtinGetAttribute.object || ga === undefined) && fallback === undefined) {
    result = genericGetAttr(obj, name);
  } else if (ga === builtinGetAttribute.type && fallback === undefined) {
    result = typeGetAttr(obj as PyType, name);
  } else {
    try {
      if (ga === builtinGetAttribute.object || ga === undefined) result = genericGetAttr(obj, name);
      else if (ga === builtinGetAttribute.type) result = typeGetAttr(obj as PyType, name);
      else result = callBound(ga, obj, [strFactoryRef.make(name)]);
    } catch (e) {
      if (!(e instanceof PyError) || !e.matches(attributeErrorType())) throw e;
      result = undefined;
    }
  }
  if (result !== undefined) return result;
  if (fallback === undefined) return undefined;
  try {
    return callBound(fallback, obj, [strFactoryRef.make(name)]);
  } catch (e) {
    if (e instanceof PyError && e.matches(attributeErrorType())) return undefined;
    throw e;
  }
}

/** str() boxing for attribute names passed to Python-level hooks; installed by str.ts. */
export const strFactoryRef = { make: (s: string): W => s as unknown as W };
let attributeErrorTypeValue: PyType | null = null;
export function setAttributeErrorType(t: PyType): void {
  attributeErrorTypeValue = t;
}
function attributeErrorType(): PyType {
  return attributeErrorTypeValue as PyType;
}

/** object.__setattr__ semantics (generic). */
export function genericSetAttr(obj: W, name: string, value: W): void {
  const type = typeOf(obj);
  const descr = type.lookup(name);
  if (descr !== undefined && typeof descr === "object") {
    if (descr instanceof PyGetSetDescriptor) {
      if (descr.spec.set === undefined) raiseAttributeError(notWritableMessage(descr.spec, descr.owner));
      descr.spec.set(obj, value);
      return;
    }
    if (descr instanceof PyMemberDescriptor) {
      // the slots array of an instance made by a builtin __new__ (list, dict, enumerate …) comes on first use
      const inst = obj as PyInstance;
      if (inst.slots === null) inst.slots = new Array(type.slotNames.length);
      inst.slots[descr.index] = value;
      return;
    }
    if (!(descr instanceof PyMethodDescriptor) && !(descr instanceof PyBuiltinFunction)) {
      const set = descr.cls.lookup("__set__");
      if (set !== undefined) {
        callBound(set, descr, [obj, value]);
        return;
      }
    }
  }
  if (obj instanceof PyInstance && type.hasInstanceDict) {
    obj.setAttr(name, value);
    return;
  }
  if (descr === undefined) {
    raiseAttributeError(
      `'${tpName(type)}' object has no attribute '${name}' and no __dict__ for setting new attributes`,
    );
  }
  raiseAttributeError(`'${type.name}' object attribute '${name}' is read-only`);
}

/** object.__delattr__ semantics (generic). */
export function genericDelAttr(obj: W, name: string): void {
  const type = typeOf(obj);
  const descr = type.lookup(name);
  if (descr !== undefined && typeof descr === "object") {
    if (descr instanceof PyGetSetDescriptor) {
      if (descr.spec.delete === undefined) raiseAttributeError(notWritableMessage(descr.spec, descr.owner));
      descr.spec.delete(obj);
      return;
    }
    if (descr instanceof PyMemberDescriptor) {
      const inst = obj as PyInstance;
      if (inst.slots === null || inst.slots[descr.index] === undefined) raiseAttributeError(name);
      inst.slots![descr.index] = undefined;
      return;
    }
    if (!(descr instanceof PyMethodDescriptor) && !(descr instanceof PyBuiltinFunction)) {
      const del = descr.cls.lookup("__delete__");
      if (del !== undefined) {
        callBound(del, descr, [obj]);
        return;
      }
    }
  }
  if (obj instanceof PyInstance && type.hasInstanceDict) {
    if (obj.delAttr(name)) return;
  } else if (descr !== undefined) {
    // no __dict__ to delete from and the class's attribute is no data descriptor (CPython's wording)
    raiseAttributeError(`'${tpName(type)}' object attribute '${name}' is read-only`);
  } else if (type.lookup("__setattr__") === builtinSetAttr.object) {
    const msg = `'${
      tpName(type)
    }' object has no attribute '${name}' and no __dict__ for setting new attributes`;
    throw withAttributeInfo(errorWithMessage("AttributeError", msg), obj, name);
  }
  throw attributeErrorFor(obj, name);
}

/** setattr(obj, name, value) honouring __setattr__ overrides. */
export function setAttr(obj: W, name: string, value: W): void {
  const sa = typeOf(obj).lookup("__setattr__");
  if (sa === builtinSetAttr.object || sa === undefined) return genericSetAttr(obj, name, value);
  callBound(sa, obj, [strFactoryRef.make(name), value]);
}
export function delAttr(obj: W, name: string): void {
  const da = typeOf(obj).lookup("__delattr__");
  if (da === builtinSetAttr.objectDel || da === undefined) return genericDelAttr(obj, name);
  callBound(da, obj, [strFactoryRef.make(name)]);
}
export const builtinSetAttr: { object: W | undefined; objectDel: W | undefined } = {
  object: undefined,
  objectDel: undefined,
};

// ---------------------------------------------------------------- native iterators

/**
 * Base of iterators implemented in TS (list/tuple/range/dict/str iterators, enumerate, zip, …).
 * `nextItem()` returns STOP_ITEM at exhaustion instead of raising, so the eval loop's FOR_ITER and
 * `operations.next` skip the StopIteration round trip. Each subclass's type gets `__iter__`/`__next__`
 * from `defineNativeIterator`. They have the instance layout so that Python subclasses of the subclassable
 * ones (enumerate, zip, map, filter, the itertools) get a __dict__ and __slots__ as in CPython; each
 * subclass sets `cls`.
 */
export abstract class PyNativeIterator extends PyInstance {
  constructor() {
    super(objectType);
  }
  abstract nextItem(): W;
}
/** The exhaustion sentinel shared with operations.STOP. */
export const STOP_ITEM: W = Object.freeze(new (class StopSentinel {})()) as unknown as W;
/** Filled by exceptions.ts users: raise StopIteration() (model.ts cannot import exceptions). */
/** generator.ts registers the generator type and its FOR_ITER resume, so next()/iter() skip the dunders. */
export const generatorIterHook = {
  type: null as PyType | null,
  next: (_g: PyObject): W => STOP_ITEM,
};
export const stopIterationHook = { raise: (): never => raiseTypeError("StopIteration not initialised") };

/** Give a native iterator type Python's `__iter__` (returns self) and `__next__` (raises StopIteration). */
export function defineNativeIterator(type: PyType): void {
  defineMethods(type, [
    { name: "__iter__", arity: [0, 0], impl: (a) => a[0] },
    {
      name: "__next__",
      arity: [0, 0],
      impl: (a) => {
        const r = (a[0] as PyNativeIterator).nextItem();
        if (r === STOP_ITEM) stopIterationHook.raise();
        return r;
      },
    },
  ]);
}
