/**
 * Own, enumerable properties computed on first read (the model's plain-text fields).
 *
 * Not object-literal getters: in V8, objects built with `{ get x() {...} }`, and through their
 * getter closures the whole parse of a brief, survived young-generation collections, and lint
 * spent much of its time in GC. Here each key
 * has one shared getter defined with defineProperty, and parsed briefs die young
 * (tests/unit/memory.test.ts); the per-object state sits under a non-enumerable symbol.
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

/** How a reader finishes an object whose fields cost work: lazily (withLazy) or now (withValues). */
export type Fill = <A extends object, F extends Record<string, () => unknown>>(target: A, fields: F) => A & { readonly [K in keyof F]: ReturnType<F[K]> };

/** `target` with each of `fields` defined lazily, typed as the finished object. */
export const withLazy: Fill = (target, fields) => {
  // `fields` itself holds the thunks, then their values: one object, no copies.
  Object.defineProperty(target, THUNKS, { value: fields });
  for (const key in fields) Object.defineProperty(target, key, descriptor(key));
  return target as never;
};

/**
 * `target` with each of `fields` computed now, as plain data properties, in the same order as
 * withLazy defines them. For callers that read every field (export): a getter defined per key
 * costs more than the field's work would when it is read anyway.
 */
export const withValues: Fill = (target, fields) => {
  for (const key in fields) (target as Record<string, unknown>)[key] = fields[key]!();
  return target as never;
};
