// A read-only Set of keys held as a sorted list of item numbers, with no per-item flags: the set a
// hover builds around a node. A KeySet (indexed-graph.ts) carries a byte per item of the graph,
// 600 kB at 100k nodes / 500k edges, which is too much to allocate on every pointer move and to
// cache per hovered node; this one costs 4 bytes per member. Writers that know item numbers
// (the item states, KeySet.with) read `members` instead of looking each key up in a Map.

/** A set whose members are item numbers over `keyList`: a KeySet or a SortedKeySet. */
export interface NumberedKeys extends ReadonlySet<string> {
  readonly keyList: readonly string[];
  /** The members' numbers; only the first `size` count. */
  readonly members: Uint32Array;
}

/**
 * What KeySet and SortedKeySet share: a ReadonlySet's iteration, over the members' keys in
 * `members` order. Each says how it holds and tests its members.
 */
export abstract class NumberedKeySet implements NumberedKeys {
  abstract readonly size: number;
  abstract readonly keyList: readonly string[];
  abstract readonly members: Uint32Array;
  abstract has(key: string): boolean;

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.keyList[this.members[i]];
  }

  keys(): IterableIterator<string> {
    return this[Symbol.iterator]();
  }

  values(): IterableIterator<string> {
    return this[Symbol.iterator]();
  }

  *entries(): IterableIterator<[string, string]> {
    for (const key of this) yield [key, key];
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const key of this) callback(key, key, this);
  }
}

export function isNumbered(keys: Iterable<string>): keys is NumberedKeys {
  const candidate = keys as Partial<NumberedKeys>;
  return candidate.members instanceof Uint32Array && Array.isArray(candidate.keyList);
}

/** The numbers in ascending order, each once (sorts `numbers` in place). */
export function sortedUnique(numbers: Uint32Array): Uint32Array {
  numbers.sort();
  let kept = 0;
  for (let i = 0; i < numbers.length; i++) {
    if (i === 0 || numbers[i] !== numbers[kept - 1]) numbers[kept++] = numbers[i];
  }
  return numbers.subarray(0, kept);
}

export class SortedKeySet extends NumberedKeySet {
  readonly size: number;

  /** `members` must be ascending and without repeats (see sortedUnique). */
  constructor(
    readonly keyList: readonly string[],
    private readonly indexOf: ReadonlyMap<string, number>,
    readonly members: Uint32Array,
  ) {
    super();
    this.size = members.length;
  }

  /** Whether item number `index` is a member (a binary search). */
  hasIndex(index: number): boolean {
    const { members } = this;
    let low = 0;
    let high = members.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = members[middle];
      if (value === index) return true;
      if (value < index) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  has(key: string): boolean {
    const index = this.indexOf.get(key);
    return index !== undefined && this.hasIndex(index);
  }
}
