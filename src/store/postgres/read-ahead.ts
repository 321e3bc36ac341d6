// Makes COPY text ahead while the load's one connection is busy building the previous table's
// indexes. A load runs in one transaction on one connection (that is what makes it atomic), so
// PostgreSQL builds indexes and takes rows one after the other; Node would sit idle during every
// index build and PostgreSQL during most of the row making. Reading ahead, bounded in size,
// overlaps the two: Node makes the next table's first chunks while the server sorts.
import { setImmediate as nextTurn } from "node:timers/promises";

/** How much COPY text one read-ahead may hold, in bytes (UTF-8, outside the JS heap). */
export const READ_AHEAD_BYTES = 128 * 1024 * 1024;

/**
 * Pulls chunks from `chunks` while `busy` is pending (yielding to the event loop between chunks,
 * so the server's answer is seen) and at most `maxBytes` of text; then waits for `busy`. Returns
 * the chunks made ahead followed by the rest, and how many chunks were made ahead.
 */
export async function readAhead(
  chunks: Iterator<string>,
  busy: Promise<unknown>,
  maxBytes = READ_AHEAD_BYTES,
): Promise<{ chunks: Iterable<string | Buffer>; ahead: number }> {
  let settled = false;
  const done = busy.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  // Kept as UTF-8 buffers: a chunk's string is a rope of thousands of pieces, several times the
  // size of its text, and would count against Node's heap.
  const made: Buffer[] = [];
  let size = 0;
  let finished = false;
  try {
    while (!settled && size < maxBytes) {
      const next = chunks.next();
      if (next.done) {
        finished = true;
        break;
      }
      const bytes = Buffer.from(next.value);
      made.push(bytes);
      size += bytes.length;
      await nextTurn();
    }
  } finally {
    // A row that cannot be made (bad input) is reported once the statement running ends.
    await done;
  }
  await busy;
  return { chunks: rest(made, finished ? null : chunks), ahead: made.length };
}

const EMPTY = Buffer.alloc(0);

function* rest(made: Buffer[], chunks: Iterator<string> | null): Generator<string | Buffer> {
  // Handed over one by one, so each chunk can be collected once sent.
  for (let index = 0; index < made.length; index++) {
    const chunk = made[index];
    made[index] = EMPTY;
    yield chunk;
  }
  if (!chunks) return;
  for (let next = chunks.next(); !next.done; next = chunks.next()) yield next.value;
}
