/**
 * Own, enumerable properties computed on first read (the model's plain-text fields).
 *
 * Not object-literal getters: V8 gives every object built with `{ get x() {...} }` its own
 * hidden class, allocated in old space, whose getter closure then keeps the whole parse of a
 * brief alive through every young-generation collection. Linting 10,000 briefs spent a third
 * of its time in GC that way. Here each key has one shared getter, so objects share hidden
 * classes and die young; the per-object state sits under a non-enumerable symbol.
 */
const THUNKS = Symbol('brief lazy fields');

type Thunks = Record<string, (() => unknown) | { value: unknown }>;
type Holder = { [THUNKS]: Thunks };

const descriptors = new Map<string, PropertyDescriptor>();

function descriptor(key: string): PropertyDescriptor {
  let d = descriptors.get(key);
  if (!d) {
    d = {
      enumerable: true,
      configurable: true,
      get(this: Holder): unknown {
        const thunks = this[THUNKS]!;
        const slot = thunks[key]!;
        if (typeof slot !== 'function') return slot.value;
        const value = slot();
        thunks[key] = { value };
        return value;
      },
    };
    descriptors.set(key, d);
  }
  return d;
}

/** `target` with each of `fields` defined lazily, typed as the finished object. */
export function withLazy<A extends object, F extends Record<string, () => unknown>>(target: A, fields: F): A & { readonly [K in keyof F]: ReturnType<F[K]> } {
  // `fields` itself holds the thunks, then their values: one object, no copies.
  Object.defineProperty(target, THUNKS, { value: fields });
  for (const key in fields) Object.defineProperty(target, key, descriptor(key));
  return target as A & { readonly [K in keyof F]: ReturnType<F[K]> };
}
