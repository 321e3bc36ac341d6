// The Coverage disclosure of the reading pane: how much of the document the graph backs with
// edges ("36 of 49 sentences back an edge") and the sentences it leaves out, each a way to jump
// to it in the text: where a curator looks for missing knowledge.
import type { EvidenceIndex } from "../model/evidence-index.ts";
import type { SourceDocumentText } from "../model/sentences.ts";
import { coverage, uncoveredSentences } from "../query/coverage.ts";
import { element } from "./dom.ts";

export function coverageSummary(covered: number, sentences: number): string {
  return `${covered} of ${sentences} ${sentences === 1 ? "sentence backs" : "sentences back"} an edge`;
}

/** A closed <details>; `onPick` receives the id of the sentence the reader chose. */
export function coverageView(
  doc: SourceDocumentText,
  evidence: EvidenceIndex,
  onPick: (sentenceId: string) => void,
): HTMLDetailsElement {
  const [counts] = coverage([doc], evidence);
  const left = uncoveredSentences([doc], evidence);
  const items = left.map((sentence) => {
    const button = element("button", {
      className: "coverage-sentence",
      text: sentence.text,
      attributes: { type: "button" },
    });
    button.addEventListener("click", () => onPick(sentence.id));
    return element("li", {}, [button]);
  });
  return element("details", { className: "coverage" }, [
    element("summary", { text: `Coverage: ${coverageSummary(counts.covered, counts.sentences)}` }),
    left.length === 0
      ? element("p", { text: "Every sentence backs at least one edge." })
      : element("p", { text: "Sentences that back no edge (select one to find it in the text):" }),
    element("ol", { className: "coverage-list" }, items),
  ]);
}
