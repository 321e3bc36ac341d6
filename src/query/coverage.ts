// Shows what the graph leaves out of its document: the sentences no edge quotes, which a curator
// reads to find missing knowledge and a reader uses to see how much of the text the graph covers.
import type { EvidenceIndex } from "../model/evidence-index.ts";
import type { Sentence, SourceDocumentText } from "../model/sentences.ts";

export interface Coverage {
  sourceId: string;
  sentences: number;
  covered: number;
  /** covered / sentences, 0 for a document without sentences. */
  ratio: number;
}

/** Sentences that support no edge, document by document, in reading order. */
export function uncoveredSentences(docs: SourceDocumentText[], index: EvidenceIndex): Sentence[] {
  return docs.flatMap((doc) => doc.sentences.filter((sentence) => !isCovered(index, sentence)));
}

/** How many sentences of each document support at least one edge. */
export function coverage(docs: SourceDocumentText[], index: EvidenceIndex): Coverage[] {
  return docs.map((doc) => {
    const covered = doc.sentences.filter((sentence) => isCovered(index, sentence)).length;
    const sentences = doc.sentences.length;
    return {
      sourceId: doc.sourceId,
      sentences,
      covered,
      ratio: sentences ? covered / sentences : 0,
    };
  });
}

function isCovered(index: EvidenceIndex, sentence: Sentence): boolean {
  return (index.edgesBySentence.get(sentence.id)?.length ?? 0) > 0;
}
