import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeView, encodeView, type ViewContext } from "../../src/state/url-codec.ts";
import { DEFAULT_VIEW, MAX_DEPTH, type ViewState } from "../../src/state/view-state.ts";

const NODES = ["china", "undp", "new-security-concept", "a,b", "côte d’ivoire", "x&y=z", "50%"];
const EDGES = ["china~proposed~new-security-concept"];
const KINDS = ["actor", "document", "principle", "threat", "two words"];
const RELATIONS = ["proposed", "reiterated", "addresses", "contrasts-with"];

const context: ViewContext = {
  hasNode: (key) => NODES.includes(key),
  hasEdge: (key) => EDGES.includes(key),
  kinds: KINDS,
  relations: RELATIONS,
  sources: ["new-security-concept"],
};

const decode = (query: string) => decodeView(query, context);

describe("encoding a view into the URL", () => {
  it("writes nothing for the default view", () => {
    expect(encodeView(DEFAULT_VIEW)).toBe("");
  });

  it("writes only what differs from the default, in a stable order", () => {
    const state: ViewState = { ...DEFAULT_VIEW, hiddenKinds: ["threat"], depth: 2, focus: "china" };
    expect(encodeView(state)).toBe("focus=china&depth=2&hideKinds=threat");
  });

  it("escapes commas, ampersands and non-ASCII characters inside values", () => {
    const state: ViewState = { ...DEFAULT_VIEW, selection: ["a,b", "x&y=z"], search: "sécu rité" };
    const query = encodeView(state);
    expect(query).toBe("q=s%C3%A9cu%20rit%C3%A9&select=a%2Cb,x%26y%3Dz");
    expect(decode(query)).toEqual({ state, ignored: [] });
  });
});

describe("decoding a link", () => {
  it("round-trips every field of the view state", () => {
    const state: ViewState = {
      focus: "china",
      depth: 3,
      hideOthers: true,
      hiddenKinds: ["document", "two words"],
      hiddenRelations: ["contrasts-with"],
      search: "new security",
      selectedEdge: "china~proposed~new-security-concept",
      selection: ["undp", "côte d’ivoire"],
      readingOpen: true,
      sourceDoc: "new-security-concept",
      sentence: "new-security-concept:s12",
      path: { from: "china", to: "undp" },
      year: 1997,
      showUndated: false,
      appearance: {
        nodeColour: "attr:modularity_class",
        colourScale: "range",
        nodeSize: "attr:a, b",
        edgeColour: "source",
      },
    };
    expect(decode(encodeView(state))).toEqual({ state, ignored: [] });
  });

  it("round-trips any valid view (property)", () => {
    const subset = (values: string[]) => fc.uniqueArray(fc.constantFrom(...values));
    const node = fc.constantFrom(...NODES);
    const view = fc.record({
      focus: fc.option(node, { nil: null }),
      depth: fc.integer({ min: 1, max: MAX_DEPTH }),
      hideOthers: fc.boolean(),
      hiddenKinds: subset(KINDS),
      hiddenRelations: subset(RELATIONS),
      search: fc.string(),
      selectedEdge: fc.option(fc.constantFrom(...EDGES), { nil: null }),
      selection: subset(NODES),
      readingOpen: fc.boolean(),
      sourceDoc: fc.option(fc.constant("new-security-concept"), { nil: null }),
      sentence: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      path: fc.option(fc.record({ from: node, to: node }), { nil: null }),
      year: fc.option(fc.integer({ min: -9999, max: 9999 }), { nil: null }),
      showUndated: fc.boolean(),
      appearance: fc.record(
        {
          nodeColour: fc.oneof(
            fc.constantFrom("file" as const, "kind" as const),
            fc.string({ minLength: 1 }).map((name) => `attr:${name}` as const),
          ),
          colourScale: fc.constantFrom("categories" as const, "range" as const),
          nodeSize: fc.constantFrom("file" as const, "degree" as const, "attr:weight" as const),
          edgeColour: fc.constantFrom("file" as const, "relation" as const, "source" as const),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(view, (state) => {
        expect(decode(encodeView(state))).toEqual({ state, ignored: [] });
      }),
    );
  });

  it("ignores an appearance it does not know, saying what it expects", () => {
    expect(decode("nodeColour=red&edgeColour=rainbow")).toEqual({
      state: DEFAULT_VIEW,
      ignored: [
        'nodeColour "red" (expected file, kind or attr:NAME)',
        'edgeColour "rainbow" (expected file, relation or source)',
      ],
    });
  });

  it("accepts a leading question mark and + for spaces", () => {
    expect(decode("?q=new+security").state.search).toBe("new security");
  });

  it("drops a focus on an unknown node and says so", () => {
    expect(decode("focus=atlantis")).toEqual({
      state: DEFAULT_VIEW,
      ignored: ['focus "atlantis" (no such node)'],
    });
  });

  it.each([
    ["depth=-3", 'depth "-3" (expected a whole number from 1 to 6)'],
    ["depth=abc", 'depth "abc" (expected a whole number from 1 to 6)'],
    ["depth=0", 'depth "0" (expected a whole number from 1 to 6)'],
    ["depth=2.5", 'depth "2.5" (expected a whole number from 1 to 6)'],
    ["depth=99", 'depth "99" (expected a whole number from 1 to 6)'],
    ["hideKinds=nonsense", 'hideKinds "nonsense" (no such node kind)'],
    ["hideRelations=loves", 'hideRelations "loves" (no such relation)'],
    ["hideOthers=maybe", 'hideOthers "maybe" (expected 1 or 0)'],
    ["year=nineteen", 'year "nineteen" (expected a year such as 1997)'],
    ["edge=china~loves~undp", 'edge "china~loves~undp" (no such edge)'],
    ["path=china", 'path "china" (expected two node keys: path=from,to)'],
    ["doc=elsewhere", 'doc "elsewhere" (no such source document)'],
    ["colour=red", 'unknown parameter "colour"'],
    ["focus=%E0%A4%A", "focus (badly encoded)"],
    ["hideKinds=actor,%ZZ", "hideKinds (badly encoded)"],
  ])("ignores %s and opens the default view", (query, message) => {
    expect(decode(query)).toEqual({ state: DEFAULT_VIEW, ignored: [message] });
  });

  it("keeps the valid parameters of a partly bad link", () => {
    const { state, ignored } = decode("focus=china&depth=abc&hideKinds=threat,nonsense&zoom=3");
    expect(state).toEqual({ ...DEFAULT_VIEW, focus: "china", hiddenKinds: ["threat"] });
    expect(ignored).toEqual([
      'depth "abc" (expected a whole number from 1 to 6)',
      'hideKinds "nonsense" (no such node kind)',
      'unknown parameter "zoom"',
    ]);
  });

  it("uses the first of a duplicated parameter", () => {
    const { state, ignored } = decode("focus=china&focus=undp");
    expect(state.focus).toBe("china");
    expect(ignored).toEqual(["focus (given more than once; the first one is used)"]);
  });

  it("shortens a very long garbage value in the message", () => {
    const { ignored } = decode(`focus=${"x".repeat(500)}`);
    expect(ignored[0].length).toBeLessThan(80);
  });

  it("never throws on random input", () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const { state } = decode(query);
        expect(state.depth).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
