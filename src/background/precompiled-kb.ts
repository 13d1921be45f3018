/**
 * The knowledge base compiled at build time (scripts/vite-plugin-kb.ts runs src/core/compile-kb.ts and serialises
 * its output), so a freshly started service worker reads tables instead of compiling them: JSON for the object
 * graph, base64 for the typed arrays (the automaton's tables), and references to the shipped knowledge-base
 * entries instead of copies.
 *
 * The format (one JSON value), besides plain JSON:
 *   {"$ta": "Int32Array", "b64": "..."}      a typed array (little-endian bytes); with "as": "Int16Array" the
 *                                            bytes are of that narrower type; {"$ta", "length", "sparse": [i, v, …]}
 *                                            an array of zeros but for the listed places
 *   {"$set": [...]}, {"$map": [[k, v], ...]}  a Set, a Map
 *   {"$entry": i}                            the i-th knowledge-base entry (the object itself)
 *   {"$class": "AhoCorasick", "fields": {…}}  an instance of a known class, its own fields restored
 *   {"$def": n, "v": …}, {"$ref": n}          an object that is referenced more than once
 * Plain objects never have keys starting with "$" (the encoder refuses them).
 */
import { AhoCorasick } from '../core/aho-corasick.ts';

/** Classes whose instances may appear in the compiled knowledge base. */
export const KB_CLASSES: Record<string, { prototype: object }> = { AhoCorasick };

const TYPED_ARRAYS: Record<string, { new (buffer: ArrayBuffer): ArrayBufferView; BYTES_PER_ELEMENT: number }> = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
};

function fromBase64(b64: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(b64);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Rebuilds the compiled knowledge base from its serialised form. `entries` are the shipped entries. */
export function reviveCompiledKb<T>(json: string, entries: readonly unknown[]): T {
  const defs = new Map<number, unknown>();
  const revive = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    if ('$ta' in o) {
      const Ctor = TYPED_ARRAYS[o.$ta as string]!;
      if ('sparse' in o) {
        const out = new Ctor(new ArrayBuffer((o.length as number) * Ctor.BYTES_PER_ELEMENT)) as unknown as number[];
        const pairs = o.sparse as number[];
        for (let i = 0; i < pairs.length; i += 2) out[pairs[i]!] = pairs[i + 1]!;
        return out;
      }
      const bytes = fromBase64(o.b64 as string);
      // A fresh, aligned buffer of exactly the stored bytes, widened back where a narrower type stored it.
      const buffer = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
      if (!('as' in o)) return new Ctor(buffer);
      const stored = new TYPED_ARRAYS[o.as as string]!(buffer) as unknown as ArrayLike<number>;
      const out = new Ctor(new ArrayBuffer(stored.length * Ctor.BYTES_PER_ELEMENT)) as unknown as number[];
      for (let i = 0; i < stored.length; i++) out[i] = stored[i]!;
      return out;
    }
    if ('$set' in o) return new Set((o.$set as unknown[]).map(revive));
    if ('$map' in o) return new Map((o.$map as [unknown, unknown][]).map(([k, val]) => [revive(k), revive(val)]));
    if ('$entry' in o) return entries[o.$entry as number];
    if ('$ref' in o) return defs.get(o.$ref as number);
    if ('$def' in o) {
      const value = revive(o.v);
      defs.set(o.$def as number, value);
      return value;
    }
    if ('$class' in o) {
      const instance = Object.create(KB_CLASSES[o.$class as string]!.prototype) as Record<string, unknown>;
      const fields = o.fields as Record<string, unknown>;
      for (const key of Object.keys(fields)) instance[key] = revive(fields[key]);
      return instance;
    }
    for (const key of Object.keys(o)) o[key] = revive(o[key]);
    return o;
  };
  return revive(JSON.parse(json)) as T;
}
