// Work that several rules need from the same document, done once per document model. The cache is held
// by the model itself (`DocumentModel.derived`), so it goes when the model does: nothing outlives the
// version of the text it read.
// Each value remembers the kinds of clause it was built from, and every rule that uses it counts as
// reading them (`DocumentModel.recordReads`), whichever rule happened to build it.

import type { DocumentModel } from "../model";

interface Built<T> {
  value: T;
  kinds: Set<string>;
}

function build<T>(model: DocumentModel, make: () => T): Built<T> {
  return model.recordReads(make);
}

/** `build`, run at most once for each model and remembered while the model lives. */
export function perModel<T>(make: (model: DocumentModel) => T): (model: DocumentModel) => T {
  const helper = {};
  return (model) => {
    let entry = model.derived.get(helper) as Built<T> | undefined;
    if (!entry) {
      entry = build(model, () => make(model));
      model.derived.set(helper, entry);
    } else model.noteReads(entry.kinds);
    return entry.value;
  };
}

/** `build`, run at most once for each model and key (a node of that model, say) and remembered while the model lives. */
export function perModelAndKey<K, T>(make: (model: DocumentModel, key: K) => T): (model: DocumentModel, key: K) => T {
  const helper = {};
  return (model, key) => {
    let known = model.derived.get(helper) as Map<K, Built<T>> | undefined;
    if (!known) model.derived.set(helper, (known = new Map()));
    let entry = known.get(key);
    if (!entry) {
      entry = build(model, () => make(model, key));
      known.set(key, entry);
    } else model.noteReads(entry.kinds);
    return entry.value;
  };
}
