import { describe, expect, it } from "vitest";
import { didYouMean, didYouMeanPhrase, editDistance } from "../../src/model/did-you-mean.ts";

describe("did you mean", () => {
  it("measures edit distance, giving up beyond the limit", () => {
    expect(editDistance("undp2", "undp")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("gefx", "gexf")).toBe(1);
    expect(editDistance("porposed", "proposed")).toBe(1);
    // Each letter is edited at most once: no swap and then an insertion between the two.
    expect(editDistance("ca", "abc")).toBe(3);
    expect(editDistance("abcdef", "badcfe", 2)).toBe(3);
    expect(didYouMean("gefx", ["json", "gexf", "graphml", "csv"])).toEqual(["gexf"]);
  });

  it("suggests close spellings, closest first, ignoring case and accents", () => {
    expect(didYouMean("undp2", ["unep", "undp", "who"])).toEqual(["undp"]);
    expect(didYouMean("stat", ["states", "state"])).toEqual(["state", "states"]);
    expect(didYouMean("COTE-DIVOIRE", ["côte-divoire"])).toEqual(["côte-divoire"]);
  });

  it("suggests a value by one of its other names", () => {
    const candidates = [{ value: "china", names: ["China", "People’s Republic of China"] }];
    expect(didYouMean("people's republic of china", candidates)).toEqual(["china"]);
    expect(didYouMean("republic", candidates)).toEqual(["china"]);
  });

  it("suggests nothing when nothing is close", () => {
    expect(didYouMean("terrorism", ["china", "undp"])).toEqual([]);
  });

  it("phrases one or several suggestions", () => {
    expect(didYouMeanPhrase([])).toBe("");
    expect(didYouMeanPhrase(["undp"])).toBe(' (did you mean "undp"?)');
    expect(didYouMeanPhrase(["a", "b", "c"])).toBe(' (did you mean "a", "b" or "c"?)');
  });
});
