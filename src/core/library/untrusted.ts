/**
 * Field readers for untrusted plain data (share links, stored records,
 * backups). Each reads one own property: a missing one gets its default and a
 * note in `repaired`; a present but wrong one stops the read with its path, so
 * a tampered value is never shown half-right.
 */

export type PlainObject = Record<string, unknown>;

/** Thrown inside a read, caught by its entry point and turned into a typed error. */
export class InvalidData extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path || 'the data'} ${problem}`);
    this.name = 'InvalidData';
    this.path = path;
  }
}

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key`, or undefined: never an inherited (or polluted prototype) value. */
export function ownValue(obj: PlainObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const HYPHEN = 45;

/** The number the ASCII digits text[from..to) spell, or -1 if any is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * "YYYY-MM-DD" naming a real calendar day (no 2023-02-30). Character arithmetic, not a regular
 * expression or Date: called for every distinct stored date while the library opens, before the
 * engine has optimised anything.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export class FieldReader {
  readonly repaired: string[] = [];

  object(value: unknown, path: string): PlainObject {
    if (!isPlainObject(value))
      throw new InvalidData(path, `should be an object, found ${describeType(value)}`);
    return value;
  }

  /** Own, defined property: inherited or polluted prototype values are never read. */
  has(obj: PlainObject, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(obj, key) && obj[key] !== undefined;
  }

  noteDefault(path: string, defaultText: string): void {
    this.repaired.push(`${path} was missing: set to ${defaultText}`);
  }

  text(obj: PlainObject, key: string, path: string, maxLength: number, fallback?: string): string {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) {
      if (fallback === undefined) throw new InvalidData(at, 'is missing');
      this.noteDefault(at, JSON.stringify(fallback));
      return fallback;
    }
    return this.checkText(obj[key], at, maxLength);
  }

  nullableText(obj: PlainObject, key: string, path: string, maxLength: number): string | null {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) return this.defaultNull(at);
    const value = obj[key];
    return value === null ? null : this.checkText(value, at, maxLength);
  }

  /** A string matching `pattern` (enums, codes), or null. */
  nullablePattern(
    obj: PlainObject,
    key: string,
    path: string,
    pattern: RegExp,
    expected: string,
  ): string | null {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) return this.defaultNull(at);
    const value = obj[key];
    if (value === null) return null;
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new InvalidData(at, `should be ${expected} or null, found ${this.show(value)}`);
    }
    return value;
  }

  nullableEnum<T extends string>(
    obj: PlainObject,
    key: string,
    path: string,
    allowed: readonly T[],
  ): T | null {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) return this.defaultNull(at);
    const value = obj[key];
    if (value === null) return null;
    const known = allowed.find((option) => option === value);
    if (known === undefined) {
      const expected = allowed.map((option) => JSON.stringify(option)).join(', ');
      throw new InvalidData(at, `should be one of ${expected} or null, found ${this.show(value)}`);
    }
    return known;
  }

  nullableDate(obj: PlainObject, key: string, path: string): string | null {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) return this.defaultNull(at);
    const value = obj[key];
    if (value === null) return null;
    if (typeof value !== 'string' || !isIsoDate(value)) {
      throw new InvalidData(at, `should be a date written YYYY-MM-DD or null, found ${this.show(value)}`);
    }
    return value;
  }

  nullableNumber(obj: PlainObject, key: string, path: string): number | null {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) return this.defaultNull(at);
    const value = obj[key];
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new InvalidData(at, `should be a finite number or null, found ${describeType(value)}`);
    }
    return value;
  }

  boolean(obj: PlainObject, key: string, path: string, fallback: boolean): boolean {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) {
      this.noteDefault(at, String(fallback));
      return fallback;
    }
    const value = obj[key];
    if (typeof value !== 'boolean')
      throw new InvalidData(at, `should be true or false, found ${describeType(value)}`);
    return value;
  }

  nullableBoolean(obj: PlainObject, key: string, path: string): boolean | null {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) return this.defaultNull(at);
    const value = obj[key];
    if (value === null || typeof value === 'boolean') return value;
    throw new InvalidData(at, `should be true, false or null, found ${describeType(value)}`);
  }

  /** A list of at most `maxItems`, each read by `readItem`; missing means empty. */
  list<T>(
    obj: PlainObject,
    key: string,
    path: string,
    maxItems: number,
    readItem: (item: unknown, itemPath: string) => T,
  ): T[] {
    const at = joinPath(path, key);
    if (!this.has(obj, key)) {
      this.noteDefault(at, 'an empty list');
      return [];
    }
    const value = obj[key];
    if (!Array.isArray(value)) throw new InvalidData(at, `should be a list, found ${describeType(value)}`);
    if (value.length > maxItems) {
      throw new InvalidData(at, `has ${value.length} entries, more than the ${maxItems} this app accepts`);
    }
    const items: T[] = [];
    for (let i = 0; i < value.length; i++) items.push(readItem(value[i], joinPath(at, i)));
    return items;
  }

  checkText(value: unknown, at: string, maxLength: number): string {
    if (typeof value !== 'string') throw new InvalidData(at, `should be text, found ${describeType(value)}`);
    if (value.length > maxLength) {
      throw new InvalidData(
        at,
        `is ${value.length} characters long, more than the ${maxLength} this app accepts`,
      );
    }
    return value;
  }

  private defaultNull(at: string): null {
    this.noteDefault(at, 'null');
    return null;
  }

  /** A short, safe rendering of a bad value for a message. */
  private show(value: unknown): string {
    if (typeof value === 'string')
      return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
    return describeType(value);
  }
}
