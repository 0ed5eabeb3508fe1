/**
 * People in the knowledge base, looked up by the nominative name the entities stage built: the
 * full name first, then the surname when only one person has it.
 */
import { fold } from '../core/token-pattern.js';
import type { KbEntry, KnowledgeBase } from './types.js';

interface PersonIndex {
  byName: Map<string, KbEntry>;
  bySurname: Map<string, KbEntry | null>;
}

const indexes = new WeakMap<KnowledgeBase, PersonIndex>();

function build(kb: KnowledgeBase): PersonIndex {
  const byName = new Map<string, KbEntry>();
  const bySurname = new Map<string, KbEntry | null>();
  for (const entry of kb.entries()) {
    if (entry.kind !== 'person') continue;
    const names = new Set([...Object.values(entry.names), ...(entry.variants ?? []).map((v) => v.text)]);
    for (const name of names) {
      if (!name) continue;
      byName.set(fold(name), entry);
      const surname = fold(name.split(' ').at(-1) ?? '');
      const known = bySurname.get(surname);
      bySurname.set(surname, known === undefined || known === entry ? entry : null);
    }
  }
  return { byName, bySurname };
}

export function findPerson(kb: KnowledgeBase, lemma: string, surname: string | null): KbEntry | undefined {
  let index = indexes.get(kb);
  if (!index) {
    index = build(kb);
    indexes.set(kb, index);
  }
  return (
    index.byName.get(fold(lemma)) ?? (surname ? (index.bySurname.get(fold(surname)) ?? undefined) : undefined)
  );
}
