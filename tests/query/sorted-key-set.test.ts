import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeySet } from "../../src/query/indexed-graph.ts";
import { isNumbered, SortedKeySet, sortedUnique } from "../../src/query/sorted-key-set.ts";

const KEYS = Array.from({ length: 40 }, (_, i) => `k${i}`);
const INDEX = new Map(KEYS.map((key, i) => [key, i]));

describe("sortedUnique", () => {
  it("sorts and drops repeats, for any numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(39), { maxLength: 60 }), (numbers) => {
        const expected = [...new Set(numbers)].sort((a, b) => a - b);
        expect([...sortedUnique(Uint32Array.from(numbers))]).toEqual(expected);
      }),
    );
  });
});

describe("SortedKeySet", () => {
  it("holds exactly its members, found by key or number, iterated in item order", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(39), { maxLength: 60 }), (numbers) => {
        const set = new SortedKeySet(KEYS, INDEX, sortedUnique(Uint32Array.from(numbers)));
        const members = new Set(numbers);
        expect(set.size).toBe(members.size);
        for (let i = 0; i < KEYS.length; i++) {
          expect(set.has(KEYS[i])).toBe(members.has(i));
          expect(set.hasIndex(i)).toBe(members.has(i));
        }
        expect([...set]).toEqual([...members].sort((a, b) => a - b).map((i) => KEYS[i]));
      }),
    );
    const set = new SortedKeySet(KEYS, INDEX, Uint32Array.of(2, 5));
    expect(set.has("nowhere")).toBe(false);
    expect([...set.entries()]).toEqual([
      ["k2", "k2"],
      ["k5", "k5"],
    ]);
  });

  it("is numbered, as a KeySet is; a plain Set is not", () => {
    expect(isNumbered(new SortedKeySet(KEYS, INDEX, Uint32Array.of(1)))).toBe(true);
    const flags = new Uint8Array(KEYS.length);
    flags[3] = 1;
    expect(isNumbered(new KeySet(KEYS, INDEX, flags, Uint32Array.of(3), 1))).toBe(true);
    expect(isNumbered(new Set(["k1"]))).toBe(false);
  });

  it("joins a KeySet by number: KeySet.with gives the same set as with its keys", () => {
    const flags = new Uint8Array(KEYS.length);
    flags[7] = 1;
    flags[3] = 1;
    const base = new KeySet(KEYS, INDEX, flags, Uint32Array.of(7, 3), 2);
    const more = new SortedKeySet(KEYS, INDEX, Uint32Array.of(1, 3, 9));
    const joined = base.with(more);
    expect([...joined]).toEqual(["k7", "k3", "k1", "k9"]);
    expect([...joined]).toEqual([...base.with([...more])]);
    expect([...base]).toEqual(["k7", "k3"]);
  });
});
