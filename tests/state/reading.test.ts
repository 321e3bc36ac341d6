// The reading pane's producers: open or closed, the document shown, the selected sentence.
import { describe, expect, it } from "vitest";
import { setReadingOpen, showDocument, toggleSentence } from "../../src/state/reading.ts";
import { DEFAULT_VIEW } from "../../src/state/view-state.ts";

describe("the reading pane's view", () => {
  it("opens, closes and changes the document, returning the same view when nothing changes", () => {
    expect(setReadingOpen(false)(DEFAULT_VIEW)).toBe(DEFAULT_VIEW);
    const open = setReadingOpen(true)(DEFAULT_VIEW);
    expect(open.readingOpen).toBe(true);
    const shown = showDocument("annex")(open);
    expect(shown.sourceDoc).toBe("annex");
    expect(showDocument("annex")(shown)).toBe(shown);
  });

  it("a second click on the selected sentence deselects it", () => {
    const selected = toggleSentence("doc:1.0")(DEFAULT_VIEW);
    expect(selected.sentence).toBe("doc:1.0");
    expect(toggleSentence("doc:1.1")(selected).sentence).toBe("doc:1.1");
    expect(toggleSentence("doc:1.0")(selected).sentence).toBeNull();
  });
});
