/**
 * People in the knowledge base, looked up by the nominative name the entities stage built: the
 * full name first, then the surname when only one person has it.
 */
import type { Lang } from '../core/doc.js';
import { fold } from '../core/token-pattern.js';
import { personLemma } from '../names/index.js';
import type { KbEntry, KnowledgeBase } from './types.js';

interface PersonIndex {
  byName: Map<string, KbEntry>;
  bySurname: Map<string, KbEntry | null>;
  /** The same by spelling-neutral keys (looseKey), consulted when the exact spelling fails. */
  byLooseName: Map<string, KbEntry | null>;
  byLooseSurname: Map<string, KbEntry | null>;
}

/**
 * A key that two Cyrillic transcriptions of one foreign name share: "э" and "е" (Абэ / Абе,
 * Мотэги / Мотеги), and the Japanese syllables the Polivanov system and the English-based spelling
 * write differently (Такаити / Такаичи, Исиба / Ишиба, Коидзуми / Коизуми).
 */
export function looseKey(name: string): string {
  return fold(name)
    .replaceAll('э', 'е')
    .replaceAll('чи', 'ти')
    .replaceAll('ши', 'си')
    .replaceAll('дз', 'з')
    .replaceAll('ї', 'і');
}

function addUnique(map: Map<string, KbEntry | null>, key: string, entry: KbEntry): void {
  const known = map.get(key);
  map.set(key, known === undefined || known === entry ? entry : null);
}

/** Countries whose people the press names family name first ("Си Цзиньпин", "Ли Цян"). */
const FAMILY_FIRST = new Set(['CHN', 'KOR', 'PRK', 'VNM', 'TWN']);
const PARTICLE = /^(фон|дер|ван|де|ди|да|ле|ла|von|der|van|de|di|da|le|la)$/i;

/** The words a mention of the person by surname alone may consist of. */
function surnames(name: string, country: string | null): string[] {
  const words = name.split(' ').filter((w) => w !== '');
  const out = [words.at(-1) ?? ''];
  const particle = words.findIndex((w, i) => i > 0 && PARTICLE.test(w));
  if (particle > 0) out.push(words.slice(particle).join(' '));
  if (words.length > 1 && country !== null && FAMILY_FIRST.has(country)) out.push(words[0] ?? '');
  return out;
}

const indexes = new WeakMap<KnowledgeBase, PersonIndex>();

function build(kb: KnowledgeBase): PersonIndex {
  const byName = new Map<string, KbEntry>();
  const bySurname = new Map<string, KbEntry | null>();
  const byLooseName = new Map<string, KbEntry | null>();
  const byLooseSurname = new Map<string, KbEntry | null>();
  for (const entry of kb.entries()) {
    if (entry.kind !== 'person') continue;
    const names = new Set([...Object.values(entry.names), ...(entry.variants ?? []).map((v) => v.text)]);
    for (const name of names) {
      if (!name) continue;
      byName.set(fold(name), entry);
      addUnique(byLooseName, looseKey(name), entry);
      for (const word of surnames(name, entry.country)) {
        addUnique(bySurname, fold(word), entry);
        addUnique(byLooseSurname, looseKey(word), entry);
      }
    }
  }
  return { byName, bySurname, byLooseName, byLooseSurname };
}

export function findPerson(kb: KnowledgeBase, lemma: string, surname: string | null): KbEntry | undefined {
  let index = indexes.get(kb);
  if (!index) {
    index = build(kb);
    indexes.set(kb, index);
  }
  return (
    index.byName.get(fold(lemma)) ??
    index.byLooseName.get(looseKey(lemma)) ??
    (surname
      ? (index.bySurname.get(fold(surname)) ?? index.byLooseSurname.get(looseKey(surname)) ?? undefined)
      : undefined)
  );
}

/**
 * A person named in any case form and language ("Владимира Зеленского", "Зеленському",
 * "Keir Starmer"): the name is lemmatised with the name tools, then looked up.
 */
export function lookupPerson(kb: KnowledgeBase, text: string, lang?: Lang): KbEntry | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const direct = findPerson(kb, words.join(' '), words.length === 1 ? (words[0] ?? null) : null);
  if (direct) return direct;
  const langs: Lang[] = lang ? [lang] : /[а-яёіїєґ]/i.test(text) ? ['ru', 'uk'] : ['en'];
  for (const l of langs) {
    const name = personLemma(words, l);
    const found = findPerson(kb, name.lemma, name.last);
    if (found) return found;
  }
  return undefined;
}
