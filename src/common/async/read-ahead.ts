/**
 * Iterates `source` one item ahead: while the caller works on an item (awaiting the database, say), the next one is
 * already being produced, so a CPU-bound producer and an I/O-bound consumer overlap instead of taking turns.
 * A failure of the item read ahead surfaces when the caller asks for it, in order; stopping early closes `source`.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const step = await next;
      if (step.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      // Awaited on the next turn; until then its rejection must not count as unhandled.
      next.catch(() => undefined);
      yield step.value;
    }
  } catch (error) {
    finished = true;
    throw error;
  } finally {
    if (!finished) await iterator.return?.();
  }
}
