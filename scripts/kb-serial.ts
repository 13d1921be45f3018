/**
 * Serialises the output of compileKb() (src/core/compile-kb.ts) at build time, in the format that
 * src/background/precompiled-kb.ts revives. Anything the format cannot carry faithfully fails the build with the
 * path to it and what it is, rather than shipping a knowledge base that analyses differently.
 */
import { KB_CLASSES } from '../src/background/precompiled-kb.ts';

export class KbSerialError extends Error {}

const classNameOf = (proto: object): string | undefined => Object.keys(KB_CLASSES).find((name) => KB_CLASSES[name]!.prototype === proto);

export function serializeCompiledKb(kb: unknown, entries: readonly object[]): string {
  const entryIndex = new Map<object, number>(entries.map((e, i) => [e, i]));
  // First pass: how often each object is reached (shared objects become $def/$ref), and cycles.
  const count = new Map<object, number>();
  const onPath = new Set<object>();
  const visit = (v: unknown, path: string): void => {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new KbSerialError(`${path}: a ${typeof v} cannot be serialised`);
    if (typeof v === 'number' && !Number.isFinite(v)) throw new KbSerialError(`${path}: the number ${v} has no JSON form`);
    if (typeof v === 'number' && Object.is(v, -0)) throw new KbSerialError(`${path}: -0 has no JSON form`);
    if (v === null || typeof v !== 'object' || entryIndex.has(v)) return;
    if (onPath.has(v)) throw new KbSerialError(`${path}: a cycle (the object refers back to itself)`);
    const seen = (count.get(v) ?? 0) + 1;
    count.set(v, seen);
    if (seen > 1 || ArrayBuffer.isView(v)) return;
    onPath.add(v);
    if (v instanceof Set) [...v].forEach((x, i) => visit(x, `${path}[set ${i}]`));
    else if (v instanceof Map) [...v].forEach(([k, x], i) => (visit(k, `${path}[map key ${i}]`), visit(x, `${path}[map value ${i}]`)));
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else {
      const proto = Object.getPrototypeOf(v) as object | null;
      if (proto !== Object.prototype && proto !== null && !classNameOf(proto)) {
        throw new KbSerialError(`${path}: an instance of ${(proto as { constructor?: { name?: string } }).constructor?.name ?? 'an unknown class'}, which the reviver does not know (add it to KB_CLASSES in src/background/precompiled-kb.ts)`);
      }
      if (Object.getOwnPropertySymbols(v).length) throw new KbSerialError(`${path}: symbol-keyed properties cannot be serialised`);
      if (Object.getOwnPropertyNames(v).length !== Object.keys(v).length) throw new KbSerialError(`${path}: non-enumerable properties cannot be serialised`);
      for (const key of Object.keys(v)) {
        if (key.startsWith('$')) throw new KbSerialError(`${path}.${key}: keys starting with "$" are reserved by the format`);
        const value = (v as Record<string, unknown>)[key];
        if (value === undefined) throw new KbSerialError(`${path}.${key}: undefined has no JSON form`);
        visit(value, `${path}.${key}`);
      }
    }
    onPath.delete(v);
  };
  visit(kb, 'kb');

  const ids = new Map<object, number>();
  const encode = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const entry = entryIndex.get(v);
    if (entry !== undefined) return { $entry: entry };
    const id = ids.get(v);
    if (id !== undefined) return { $ref: id };
    if ((count.get(v) ?? 0) > 1) {
      const next = ids.size;
      ids.set(v, next);
      return { $def: next, v: encodeValue(v) };
    }
    return encodeValue(v);
  };
  const encodeValue = (v: object): unknown => {
    if (ArrayBuffer.isView(v)) return encodeTypedArray(v);
    if (v instanceof Set) return { $set: [...v].map(encode) };
    if (v instanceof Map) return { $map: [...v].map(([k, x]) => [encode(k), encode(x)]) };
    if (Array.isArray(v)) return v.map(encode);
    const fields: Record<string, unknown> = {};
    for (const key of Object.keys(v)) fields[key] = encode((v as Record<string, unknown>)[key]);
    const proto = Object.getPrototypeOf(v) as object | null;
    const className = proto && proto !== Object.prototype ? classNameOf(proto) : undefined;
    return className ? { $class: className, fields } : fields;
  };
  return JSON.stringify(encode(kb));
}

/** Narrower storage where the values allow it (the reviver widens them back); mostly-zero arrays as pairs. */
function encodeTypedArray(v: ArrayBufferView): unknown {
  const type = v.constructor.name;
  const values = v as unknown as ArrayLike<number>;
  if (!/^(Int|Uint)(8|16|32)Array$/.test(type)) return { $ta: type, b64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  let min = 0;
  let max = 0;
  let nonZero = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x < min) min = x;
    if (x > max) max = x;
    if (x !== 0) nonZero++;
  }
  if (nonZero * 8 < values.length) {
    const pairs: number[] = [];
    for (let i = 0; i < values.length; i++) if (values[i] !== 0) pairs.push(i, values[i]!);
    return { $ta: type, length: values.length, sparse: pairs };
  }
  const Narrow = min >= -128 && max <= 127 ? Int8Array : min >= -32768 && max <= 32767 ? Int16Array : min >= 0 && max <= 65535 ? Uint16Array : null;
  const stored = Narrow && Narrow.BYTES_PER_ELEMENT * 8 < Number(/\d+/.exec(type)![0]) ? Narrow.from(values) : v;
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  return stored === v ? { $ta: type, b64: bytes.toString('base64') } : { $ta: type, as: stored.constructor.name, b64: bytes.toString('base64') };
}
