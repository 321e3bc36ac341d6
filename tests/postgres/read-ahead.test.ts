// The loader's read-ahead (src/store/postgres/read-ahead.ts): while a statement runs it makes
// chunks ahead, bounded in bytes, then hands over every chunk once, in order; a failing
// statement or a failing row is reported only after the statement has ended.
import { describe, expect, it } from "vitest";
import { readAhead } from "../../src/store/postgres/read-ahead.ts";

function* numbered(count: number, fail = -1): Generator<string> {
  for (let index = 0; index < count; index++) {
    if (index === fail) throw new Error(`row ${index} is bad`);
    yield `chunk ${index}\n`;
  }
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const text = (chunks: Iterable<string | Buffer>) => [...chunks].map(String).join("");

describe("readAhead", () => {
  it("makes chunks while the statement runs and hands over all of them in order", async () => {
    const { chunks, ahead } = await readAhead(numbered(1000), later(50));
    expect(ahead).toBeGreaterThan(0);
    expect(text(chunks)).toBe([...numbered(1000)].join(""));
  });

  it("stops at the byte limit and leaves the rest to be made as sent", async () => {
    const { chunks, ahead } = await readAhead(numbered(1000), later(50), 30);
    expect(ahead).toBe(4); // "chunk 0\n" is 8 bytes: 32 >= 30 after four
    expect(text(chunks)).toBe([...numbered(1000)].join(""));
  });

  it("makes nothing ahead once the statement has ended", async () => {
    const busy = Promise.resolve();
    await busy;
    const { ahead } = await readAhead(numbered(10), busy);
    expect(ahead).toBeLessThanOrEqual(1);
  });

  it("reports the statement's failure", async () => {
    const busy = later(10).then(() => {
      throw new Error("index build failed");
    });
    await expect(readAhead(numbered(1000), busy)).rejects.toThrow("index build failed");
  });

  it("reports a bad row only after the statement has ended", async () => {
    let ended = false;
    const busy = later(30).then(() => {
      ended = true;
    });
    await expect(readAhead(numbered(1000, 2), busy)).rejects.toThrow("row 2 is bad");
    expect(ended).toBe(true);
  });
});
