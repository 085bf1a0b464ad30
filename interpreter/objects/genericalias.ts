// types.GenericAlias (`list[int]`) and types.UnionType (`int | str`): the runtime objects of PEP 585
// and PEP 604, enough for annotations, isinstance() with unions and subclassing `list[int]`.
import {
  attributeErrorFor,
  builtinType,
  call,
  callBound,
  classMethodType,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  Ellipsis,
  genericGetAttr,
  getAttr,
  getAttrOrUndefined,
  newBool,
  None,
  NotImplemented,
  PyInstance,
  PyNativeIterator,
  PyObject,
  PyType,
  setAttr,
  staticMethodType,
  STOP_ITEM,
  tpName,
  tupleType,
  TypeFlags,
  typeOf,
  typeType,
  type W,
} from "./model.ts";
import { PyError, raiseTypeError } from "../vm/errors.ts";
import { exceptionTypes } from "./exceptions.ts";
import { mappingProxyType } from "./dictview.ts";
import { asyncGeneratorType, coroutineType, generatorType } from "./generator.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { eq, getItem, hash, isTrue, iterateToArray, repr, str } from "./operations.ts";
import { newList, PyList } from "./list.ts";
import { builtinNamed } from "./iterstate.ts";

export const genericAliasType: PyType = builtinType("GenericAlias", undefined, {
  flags: TypeFlags.BASETYPE | TypeFlags.WEAKREFABLE,
  factory: (cls) => new PyGenericAlias(None, [], cls),
});
genericAliasType.module = "types";
export const unionType: PyType = builtinType("UnionType", undefined, { flags: TypeFlags.WEAKREFABLE });
unionType.module = "types";
unionType.name = "Union";
unionType.qualname = "Union";
unionType.module = "typing";

/** An alias; instances of Python subclasses (a @dataclass over GenericAlias) keep a `__dict__`. */
export class PyGenericAlias extends PyInstance {
  declare origin: W;
  declare args: W[];
  /** `*tuple[int]`: the alias iteration yields (PEP 646), shown with a star, `__unpacked__` true. */
  declare starred: boolean;
  constructor(origin: W, args: W[], cls: PyType = genericAliasType, starred = false) {
    super(cls);
    this.origin = origin;
    this.args = args;
    this.starred = starred;
  }
}

/** iter(alias) yields the starred alias once (ga_iter). */
const genericAliasIteratorType: PyType = builtinType("generic_alias_iterator", undefined, { flags: 0 });
class PyGenericAliasIterator extends PyNativeIterator {
  declare alias: PyGenericAlias | null;
  constructor(alias: PyGenericAlias) {
    super();
    this.cls = genericAliasIteratorType;
    this.alias = alias;
  }
  nextItem(): W {
    const g = this.alias;
    if (g === null) return STOP_ITEM;
    this.alias = null;
    return new PyGenericAlias(g.origin, g.args, genericAliasType, true);
  }
}
defineNativeIterator(genericAliasIteratorType);
defineMethods(genericAliasIteratorType, [
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const fn = builtinNamed("iter"), g = (a[0] as PyGenericAliasIterator).alias;
      return newTuple([fn, newTuple([g === null ? newTuple([]) : g])]);
    },
  },
]);
export class PyUnion extends PyObject {
  declare args: W[];
  /** The arguments whose hash failed when the union was built (unionobject's unhashable_args), or null. */
  declare unhashable: W[] | null;
  constructor(args: W[], unhashable: W[] | null) {
    super();
    this.cls = unionType;
    this.args = args;
    this.unhashable = unhashable;
  }
}

/** repr of a type argument as typing does: `int`, `mod.Cls`, `...`, otherwise repr(). */
function typeRepr(w: W): string {
  // a list of arguments (Callable's) shows its items the same way (ga_repr_items_list)
  if (w instanceof PyList) return `[${w.items.map(typeRepr).join(", ")}]`;
  if (w instanceof PyType) return w.module === "builtins" ? w.qualname : `${w.module}.${w.qualname}`;
  if (w === None) return "None";
  if (typeOf(w).name === "ellipsis") return "...";
  return repr(w);
}

/** The attributes an alias answers itself (genericaliasobject.c's attr_exceptions); the rest are its origin's. */
const ALIAS_OWN_ATTRIBUTES: ReadonlySet<string> = new Set([
  "__class__",
  "__bases__",
  "__origin__",
  "__args__",
  "__unpacked__",
  "__parameters__",
  "__typing_unpacked_tuple_args__",
  "__mro_entries__",
  "__reduce_ex__",
  "__reduce__",
  "__copy__",
  "__deepcopy__",
]);

export function classGetItem(cls: W, item: W): W {
  return new PyGenericAlias(cls, item instanceof PyTuple ? item.items : [item]);
}

function unionArgs(w: W): W[] {
  if (w instanceof PyUnion) return w.args;
  return [w === None ? typeOf(None) : w];
}
/** CPython's is_unionable: what `type | x` accepts (None, classes, aliases, unions, TypeVars, special forms). */
function unionable(w: W): boolean {
  if (w === None || w instanceof PyType || w instanceof PyGenericAlias || w instanceof PyUnion) return true;
  const t = typeOf(w);
  return t.module === "typing" && (t.name === "TypeVar" || t.name === "_SpecialForm");
}

/** Set by the _typing module: typing._type_check(x, msg), which turns "str" into a ForwardRef. */
export const unionHooks = { typeCheck: (w: W): W => w };

/** An argument of Union[...], `union | x` or `TypeVar | x`: None is NoneType, others go through _type_check. */
export function unionItem(w: W): W {
  if (w === None) return typeOf(None);
  return unionable(w) ? w : unionHooks.typeCheck(w);
}

/** The union of `items` (flattened, duplicates dropped); a single remaining item is itself. */
export function unionOfItems(items: W[]): W {
  // unionbuilder_add_single: hashable arguments are deduplicated as a set does (hash, then ==),
  // unhashable ones by == against the other unhashable ones only
  const out: W[] = [];
  const hashes = new Map<W, number | bigint>();
  let unhashable: W[] | null = null;
  for (const item of items) {
    for (const x of unionArgs(item)) {
      let h: number | bigint | undefined;
      try {
        h = hash(x);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
      }
      if (h === undefined) {
        if (unhashable === null) unhashable = [];
        else if (unhashable.some((y) => y === x || eq(y, x))) continue;
        unhashable.push(x);
      } else {
        let dup = false;
        for (const [y, hy] of hashes) {
          if (y === x || (hy === h && eq(y, x))) {
            dup = true;
            break;
          }
        }
        if (dup) continue;
        hashes.set(x, h);
      }
      out.push(x);
    }
  }
  return out.length === 1 ? out[0] : new PyUnion(out, unhashable);
}

/** unions_equal: the hashable arguments as sets, the unhashable ones by == in either direction. */
function unionsEqual(a: PyUnion, b: PyUnion): boolean {
  const ha = a.unhashable === null ? a.args : a.args.filter((x) => !a.unhashable!.includes(x));
  const hb = b.unhashable === null ? b.args : b.args.filter((x) => !b.unhashable!.includes(x));
  if (
    ha.length !== hb.length || !ha.every((x) => hb.some((y) => y === x || (hash(x) === hash(y) && eq(x, y))))
  ) {
    return false;
  }
  const ua = a.unhashable, ub = b.unhashable;
  if (ua === null || ub === null) return ua === ub;
  if (ua.length !== ub.length) return false;
  return ua.every((x) => ub.some((y) => y === x || eq(y, x))) &&
    ub.every((y) => ua.some((x) => x === y || eq(x, y)));
}

/** `a | b` for classes and aliases (_Py_union_type_or): both must be unionable. */
export function makeUnion(a: W, b: W): W {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  return unionOfItems([a, b]);
}

defineMethods(genericAliasType, [
  {
    // GenericAlias(origin, args): subclassable, as _collections_abc._CallableGenericAlias needs.
    name: "__new__",
    arity: [3, 3],
    kind: "static",
    impl: (a) => {
      const cls = a[0];
      if (!(cls instanceof PyType)) raiseTypeError("GenericAlias.__new__(X): X is not a type object");
      const args = a[2];
      return new PyGenericAlias(a[1], args instanceof PyTuple ? args.items : [args], cls);
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const g = a[0] as PyGenericAlias;
      const args = g.args.length === 0 ? "()" : g.args.map(typeRepr).join(", ");
      return newStr(`${g.starred ? "*" : ""}${typeRepr(g.origin)}[${args}]`);
    },
  },
  {
    // the new object remembers its alias in __orig_class__ when it can (ga_call's set_orig_class)
    name: "__call__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const obj = call((a[0] as PyGenericAlias).origin, a.slice(1), k);
      try {
        setAttr(obj, "__orig_class__", a[0]);
      } catch (e) {
        if (
          !(e instanceof PyError) ||
          !(e.matches(exceptionTypes.AttributeError) || e.matches(exceptionTypes.TypeError))
        ) throw e;
      }
      return obj;
    },
  },
  {
    // dir(origin) and the alias's own attributes (ga_dir)
    name: "__dir__",
    arity: [0, 0],
    impl: (a) => {
      const origin = (a[0] as PyGenericAlias).origin;
      const names = iterateToArray(callBound(typeOf(origin).lookup("__dir__")!, origin, []));
      for (const own of ALIAS_OWN_ATTRIBUTES) {
        if (genericGetAttr(a[0], own) === undefined) continue;
        if (!names.some((n) => n instanceof PyStr && n.value === own)) names.push(newStr(own));
      }
      return newList(names);
    },
  },
  { name: "__mro_entries__", arity: [1, 1], impl: (a) => newTuple([(a[0] as PyGenericAlias).origin]) },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyGenericAliasIterator(a[0] as PyGenericAlias) },
  {
    // (GenericAlias, (origin, args)); a starred alias is next(iter(alias)) (ga_reduce)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const g = a[0] as PyGenericAlias;
      if (g.starred) {
        const it = new PyGenericAliasIterator(new PyGenericAlias(g.origin, g.args));
        return newTuple([builtinNamed("next"), newTuple([it])]);
      }
      return newTuple([typeOf(g), newTuple([g.origin, newTuple(g.args)])]);
    },
  },
  {
    // ga_getattro: every attribute but a few of the alias's own is the origin's (list[int].__name__)
    name: "__getattribute__",
    arity: [1, 1],
    impl: (a) => {
      const w = a[1];
      if (!(w instanceof PyStr)) {
        raiseTypeError(`attribute name must be string, not '${typeOf(w).name}'`);
      }
      const name = w.value;
      if (!ALIAS_OWN_ATTRIBUTES.has(name)) return getAttr((a[0] as PyGenericAlias).origin, name);
      const v = genericGetAttr(a[0], name);
      if (v === undefined) throw attributeErrorFor(a[0], name);
      return v;
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const x = a[0] as PyGenericAlias, y = a[1];
      if (!(y instanceof PyGenericAlias)) return NotImplemented;
      return newBool(
        x.starred === y.starred && eq(x.origin, y.origin) && x.args.length === y.args.length &&
          x.args.every((v, i) => eq(v, y.args[i])),
      );
    },
  },
  {
    name: "__hash__",
    arity: [0, 0],
    impl: (a) => {
      const g = a[0] as PyGenericAlias;
      return hash(newTuple([g.origin, newTuple(g.args)]));
    },
  },
  { name: "__or__", arity: [1, 1], impl: (a) => makeUnion(a[0], a[1]) },
  { name: "__ror__", arity: [1, 1], impl: (a) => makeUnion(a[1], a[0]) },
  {
    name: "__instancecheck__",
    arity: [1, 1],
    impl: () => raiseTypeError("isinstance() argument 2 cannot be a parameterized generic"),
  },
  {
    name: "__subclasscheck__",
    arity: [1, 1],
    impl: () => raiseTypeError("issubclass() argument 2 cannot be a parameterized generic"),
  },
]);
defineGetSets(genericAliasType, [
  // (__origin__, __args__ and __unpacked__ are read-only members in CPython, __parameters__ a getset)
  { name: "__origin__", get: (g) => (g as PyGenericAlias).origin, readonly: true },
  { name: "__args__", get: (g) => newTuple((g as PyGenericAlias).args), readonly: true },
  { name: "__parameters__", get: (g) => newTuple(collectParameters((g as PyGenericAlias).args)) },
  { name: "__unpacked__", get: (g) => newBool((g as PyGenericAlias).starred), readonly: true },
  {
    // the arguments of *tuple[...], else None
    name: "__typing_unpacked_tuple_args__",
    get: (w) => {
      const g = w as PyGenericAlias;
      return g.starred && g.origin === tupleType ? newTuple(g.args) : None;
    },
  },
]);

defineMethods(unionType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: () => raiseTypeError("cannot create 'typing.Union' instances"),
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) =>
      newStr((a[0] as PyUnion).args.map((x) => (x === typeOf(None) ? "None" : unionItemRepr(x))).join(" | ")),
  },
  // a union takes anything on either side of `|` (gh-140348), through the same checks as Union[...]
  { name: "__or__", arity: [1, 1], impl: (a) => unionOfItems([a[0], unionItem(a[1])]) },
  { name: "__ror__", arity: [1, 1], impl: (a) => unionOfItems([unionItem(a[1]), a[0]]) },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const x = a[0] as PyUnion, y = a[1];
      if (!(y instanceof PyUnion)) return NotImplemented;
      return newBool(unionsEqual(x, y));
    },
  },
  {
    // order-independent, as union_hash hashes the frozenset of the arguments: int | str == str | int
    name: "__hash__",
    arity: [0, 0],
    impl: (a) => {
      const u = a[0] as PyUnion;
      if (u.unhashable !== null) {
        // union_hash: an error from one of them, else the union stays unhashable
        for (const x of u.unhashable) hash(x);
        raiseTypeError(`union contains ${u.unhashable.length} unhashable elements`);
      }
      const hashes = u.args.map((x) => hash(x));
      hashes.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      return hash(newTuple(hashes));
    },
  },
  {
    name: "__mro_entries__",
    arity: [1, 1],
    impl: (a) => raiseTypeError(`Cannot subclass ${repr(a[0])}`),
  },
]);
// (isinstance/issubclass look into a union's arguments themselves; iterating a union is an error)
unionType.dict.set("__iter__", None);
unionType.dict.set("__doc__", newStr("Represent a union type\n\nE.g. for int | str"));
unionType.mutated();

/** union_repr_item: aliases by repr, classes and functions as module.qualname (builtins bare). */
function unionItemRepr(w: W): string {
  if (w instanceof PyType) return typeRepr(w);
  if (getAttrOrUndefined(w, "__origin__") !== undefined && getAttrOrUndefined(w, "__args__") !== undefined) {
    return repr(w);
  }
  const qualname = getAttrOrUndefined(w, "__qualname__");
  if (qualname === undefined) return repr(w);
  const module = getAttrOrUndefined(w, "__module__");
  if (module === undefined || module === None) return repr(w);
  if (module instanceof PyStr && module.value === "builtins") return str(qualname);
  return `${str(module)}.${str(qualname)}`;
}

defineGetSets(unionType, [
  { name: "__args__", get: (u) => newTuple((u as PyUnion).args), readonly: true },
  { name: "__origin__", get: () => unionType },
  { name: "__name__", get: () => newStr("Union") },
  { name: "__qualname__", get: () => newStr("Union") },
  { name: "__module__", get: () => newStr("typing") },
  { name: "__parameters__", get: (u) => newTuple(collectParameters((u as PyUnion).args)) },
]);

// ---- type-parameter substitution (CPython's _Py_make_parameters / _Py_subs_parameters) -------------

/** The type variables among `args`, in order: objects with __typing_subst__ and their __parameters__. */
function collectParameters(args: W[]): W[] {
  const out: W[] = [];
  const add = (p: W) => {
    if (!out.some((q) => q === p)) out.push(p);
  };
  const scan = (t: W) => {
    if (t instanceof PyType) return;
    if (t instanceof PyTuple || t instanceof PyList) {
      for (const x of t.items) scan(x);
      return;
    }
    if (getAttrOrUndefined(t, "__typing_subst__") !== undefined) return add(t);
    const sub = getAttrOrUndefined(t, "__parameters__");
    if (sub instanceof PyTuple) { for (const p of sub.items) add(p); }
  };
  for (const a of args) scan(a);
  return out;
}

function isUnpackedTypeVarTuple(w: W): boolean {
  if (w instanceof PyType) return false;
  const v = getAttrOrUndefined(w, "__typing_is_unpacked_typevartuple__");
  return v !== undefined && v !== None && isTrue(v);
}

/** subs_tvars: an alias argument with its own __parameters__ subscripted by their values. */
function substituteIn(arg: W, params: W[], items: W[]): W {
  const sub = getAttrOrUndefined(arg, "__parameters__");
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return arg;
  const subargs: W[] = [];
  for (const p of sub.items) {
    const i = params.indexOf(p);
    if (i < 0) {
      subargs.push(p);
      continue;
    }
    const value = items[i];
    // a TypeVarTuple (an iterable parameter) takes a tuple of arguments, spliced in
    if (!(p instanceof PyType) && typeOf(p).lookup("__iter__") !== undefined && value instanceof PyTuple) {
      subargs.push(...value.items);
    } else subargs.push(value);
  }
  return getItem(arg, newTuple(subargs));
}

/** The arguments of `*tuple[...]` (or of anything with __typing_unpacked_tuple_args__), else undefined. */
function unpackedTupleArgs(w: W): W[] | undefined {
  if (w instanceof PyGenericAlias && w.starred && w.origin === tupleType) return w.args;
  const r = getAttrOrUndefined(w, "__typing_unpacked_tuple_args__");
  return r instanceof PyTuple ? r.items : undefined;
}

/** _unpack_args: `*tuple[int, str]` among the subscript items becomes int, str (not `*tuple[int, ...]`). */
function unpackArgs(item: W): W[] {
  const out: W[] = [];
  for (const x of item instanceof PyTuple ? item.items : [item]) {
    if (!(x instanceof PyType)) {
      const sub = unpackedTupleArgs(x);
      if (sub !== undefined && !(sub.length > 0 && sub[sub.length - 1] === Ellipsis)) {
        out.push(...sub);
        continue;
      }
    }
    out.push(x);
  }
  return out;
}

/** alias[item]: the new arguments once every parameter of `self` is replaced (_Py_subs_parameters). */
export function substituteParameters(self: W, args: W[], item: W): W[] {
  const params = collectParameters(args);
  return substituteWith(self, args, params, item);
}

function substituteWith(self: W, args: W[], params: W[], item: W): W[] {
  if (params.length === 0) raiseTypeError(`${repr(self)} is not a generic class`);
  let itemW: W = newTuple(unpackArgs(item));
  for (const p of params) {
    const prepare = getAttrOrUndefined(p, "__typing_prepare_subst__");
    if (prepare !== undefined && prepare !== None) {
      itemW = call(prepare, [self, itemW instanceof PyTuple ? itemW : newTuple([itemW])]);
    }
  }
  const items = itemW instanceof PyTuple ? itemW.items : [itemW];
  if (items.length !== params.length) {
    raiseTypeError(
      `Too ${items.length > params.length ? "many" : "few"} arguments for ${
        repr(self)
      }; actual ${items.length}, expected ${params.length}`,
    );
  }
  const out: W[] = [];
  for (const arg of args) {
    if (arg instanceof PyType) {
      out.push(arg);
      continue;
    }
    // lists and tuples of arguments (Callable[[T], S]) are substituted inside
    if (arg instanceof PyTuple || arg instanceof PyList) {
      const sub = substituteWith(self, arg.items, params, itemW);
      out.push(arg instanceof PyTuple ? newTuple(sub) : newList(sub));
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(arg);
    const subst = getAttrOrUndefined(arg, "__typing_subst__");
    const value = subst !== undefined
      ? call(subst, [items[params.indexOf(arg)]])
      : substituteIn(arg, params, items);
    // *Ts: replaced by the arguments bound to Ts, which its __typing_subst__ must give as a tuple
    if (unpack) {
      if (!(value instanceof PyTuple)) {
        raiseTypeError(
          `expected __typing_subst__ of ${tpName(typeOf(arg))} objects to return a tuple, not ${
            tpName(typeOf(value))
          }`,
        );
      }
      out.push(...value.items);
    } else out.push(value);
  }
  return out;
}

defineMethods(genericAliasType, [
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      // (the result is a plain GenericAlias, starred as the alias was: ga_getitem)
      const g = a[0] as PyGenericAlias;
      return new PyGenericAlias(g.origin, substituteParameters(g, g.args, a[1]), genericAliasType, g.starred);
    },
  },
]);
defineMethods(unionType, [
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const u = a[0] as PyUnion;
      return unionOfItems(substituteParameters(u, u.args, a[1]).map(unionItem));
    },
  },
]);

defineMethods(typeType, [
  { name: "__or__", arity: [1, 1], impl: (a) => makeUnion(a[0], a[1]) },
  { name: "__ror__", arity: [1, 1], impl: (a) => makeUnion(a[1], a[0]) },
]);

/** Give the builtin generic containers `__class_getitem__` returning GenericAlias. */
export function installClassGetItem(types: PyType[]): void {
  for (const t of types) {
    defineMethods(t, [{
      name: "__class_getitem__",
      arity: [1, 1],
      kind: "class",
      impl: (a) => classGetItem(a[0], a[1]),
    }]);
  }
}

/**
 * Builtins CPython also gives a __class_getitem__ (Py_GenericAlias) that have no file of their own here;
 * called by the runtime's boot, not at this module's evaluation, which an import cycle can reach before
 * objects/generator.ts has run.
 */
export function installBuiltinClassGetItems(): void {
  installClassGetItem([
    staticMethodType,
    classMethodType,
    mappingProxyType,
    generatorType,
    coroutineType,
    asyncGeneratorType,
  ]);
}
