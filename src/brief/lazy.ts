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
type Holder = { [THUNKS]?: Thunks };

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

/** Adds `key` to `target` as an enumerable property whose value is `compute()`, run once on first read. */
export function defineLazy<T extends object>(target: T, key: string, compute: () => unknown): void {
  let thunks = (target as Holder)[THUNKS];
  if (!thunks) {
    thunks = {};
    Object.defineProperty(target, THUNKS, { value: thunks });
  }
  thunks[key] = compute;
  Object.defineProperty(target, key, descriptor(key));
}

/** `target` with each of `fields` defined lazily, typed as the finished object. */
export function withLazy<A extends object, F extends Record<string, () => unknown>>(target: A, fields: F): A & { readonly [K in keyof F]: ReturnType<F[K]> } {
  for (const key of Object.keys(fields)) defineLazy(target, key, fields[key]!);
  return target as A & { readonly [K in keyof F]: ReturnType<F[K]> };
}
