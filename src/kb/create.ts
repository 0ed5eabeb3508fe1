/**
 * The in-memory knowledge base: entries by id, and one gazetteer trie per language built on
 * first use (a pipeline that reads only English never pays for the Russian forms).
 */
import type { Lang } from '../core/doc.js';
import { buildTrie } from './trie.js';
import type { KbEntry, KbTrieNode, KnowledgeBase } from './types.js';

export function createKnowledgeBase(entries: KbEntry[] = []): KnowledgeBase {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const tries = new Map<Lang, KbTrieNode>();
  return {
    get: (id) => byId.get(id),
    entries: () => byId.values(),
    index(lang) {
      let trie = tries.get(lang);
      if (!trie) {
        trie = buildTrie(byId.values(), lang);
        tries.set(lang, trie);
      }
      return trie;
    },
  };
}

/** Canonical (nominative) name of an entry in a language; null for an unknown id. */
export function entryName(kb: KnowledgeBase, id: string, lang: Lang): string | null {
  return kb.get(id)?.names[lang] ?? null;
}
