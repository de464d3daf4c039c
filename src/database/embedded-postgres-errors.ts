/** The embedded PostgreSQL cannot run here; the message is one sentence that says what to do instead. */
export class EmbeddedDatabaseError extends Error {
  override readonly name = 'EmbeddedDatabaseError';
}
