import type { KbEntry, KnowledgeBase } from './types.js';

// PLACEHOLDER: replaced by the loader of data/kb/.
export function createKnowledgeBase(entries: KbEntry[] = []): KnowledgeBase {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    get: (id) => byId.get(id),
    entries: () => byId.values(),
  };
}

export async function loadKnowledgeBase(_extraFiles: string[] = []): Promise<KnowledgeBase> {
  return createKnowledgeBase();
}
