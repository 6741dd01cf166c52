// The document storage's errors, in their own module so that the adapters and the interface can both import them.

/** The storage holds nothing under this key (deleted, or never written). */
export class StoredObjectMissingError extends Error {
  constructor(readonly key: string) {
    super(`the document storage holds nothing under key ${key}`);
    this.name = 'StoredObjectMissingError';
  }
}
