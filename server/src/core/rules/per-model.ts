// Work that several rules need from the same document, done once per document model. The cache is keyed
// by the model itself, so it goes when the model does: nothing outlives the version of the text it read.

import type { DocumentModel } from "../model";

/** `build`, run at most once for each model and remembered while the model lives. */
export function perModel<T>(build: (model: DocumentModel) => T): (model: DocumentModel) => T {
  const cache = new WeakMap<DocumentModel, { value: T }>();
  return (model) => {
    let entry = cache.get(model);
    if (!entry) {
      entry = { value: build(model) };
      cache.set(model, entry);
    }
    return entry.value;
  };
}

/** `build`, run at most once for each model and key (a node of that model, say) and remembered while the model lives. */
export function perModelAndKey<K, T>(build: (model: DocumentModel, key: K) => T): (model: DocumentModel, key: K) => T {
  const maps = perModel(() => new Map<K, T>());
  return (model, key) => {
    const known = maps(model);
    if (known.has(key)) return known.get(key)!;
    const value = build(model, key);
    known.set(key, value);
    return value;
  };
}
