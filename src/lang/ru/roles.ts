import type { RoleEntry } from '../shared/roles.js';

/** Offices and occupations stated next to a name, longest phrases first. */
export const ROLES: readonly RoleEntry[] = [
  { words: ['министр*', 'иностранн*', 'дел'], role: 'foreign minister' },
  { words: ['глава', 'МИД|МИДа'], role: 'foreign minister' },
  { words: ['глава', 'внешнеполитическ*', 'ведомств*'], role: 'foreign minister' },
  { words: ['министр*', 'оборон*'], role: 'defence minister' },
  { words: ['глава', 'Минобороны|Пентагона'], role: 'defence minister' },
  { words: ['глава', 'государств*'], role: 'head of state' },
  { words: ['глава', 'правительств*|кабмин*'], role: 'head of government' },
  { words: ['председател*', 'правительств*'], role: 'head of government' },
  { words: ['глава', 'офис*', 'президент*'], role: 'head of the presidential office' },
  { words: ['генеральн*', 'секретар*'], role: 'secretary general' },
  { words: ['государственн*', 'секретар*'], role: 'secretary of state' },
  { words: ['верховн*', 'представител*'], role: 'high representative' },
  { words: ['официальн*', 'представител*'], role: 'spokesperson' },
  { words: ['специальн*', 'посланник*|представител*'], role: 'special envoy' },
  { words: ['вице-президент*'], role: 'vice president' },
  { words: ['вице-премьер*'], role: 'deputy prime minister' },
  { words: ['премьер-министр*'], role: 'prime minister' },
  { words: ['премьер|премьера|премьеру|премьером|премьере'], role: 'prime minister' },
  { words: ['президент*'], role: 'president' },
  { words: ['канцлер*'], role: 'chancellor' },
  { words: ['госсекретар*'], role: 'secretary of state' },
  { words: ['генсек*'], role: 'secretary general' },
  { words: ['пресс-секретар*'], role: 'spokesperson' },
  { words: ['спецпосланник*|спецпредставител*|посланник*'], role: 'special envoy' },
  { words: ['министр*'], role: 'minister' },
  { words: ['=посол|=посла|=послу|=послом|=послы|=послов|=послам|=послами'], role: 'ambassador' },
  { words: ['король|короля|королю|королем'], role: 'king' },
  { words: ['королев*'], role: 'queen' },
  { words: ['спикер*'], role: 'speaker' },
  { words: ['лидер*'], role: 'leader' },
  { words: ['председател*'], role: 'chairman' },
  { words: ['главнокомандующ*'], role: 'commander-in-chief' },
  { words: ['командующ*'], role: 'commander' },
  { words: ['мэр|мэра|мэру|мэром|мэре'], role: 'mayor' },
  { words: ['губернатор*'], role: 'governor' },
  { words: ['депутат*'], role: 'member of parliament' },
  { words: ['сенатор*'], role: 'senator' },
  { words: ['директор*'], role: 'director' },
  { words: ['глава', 'ОВА|ОГА|администраци*'], role: 'head of administration' },
  // "Глава Либерально-демократической партии": the head of a body named after it.
  { words: ['глава|главы|главе|главу|главой'], role: 'leader' },
  // "российский коллега": whoever holds the matching office in that country.
  { words: ['коллег*'], role: 'counterpart' },
];

/** Words before a role in the genitive that make it an acting post: "исполняющий обязанности". */
export const ACTING: readonly (readonly string[])[] = [['исполняющ*', 'обязанност*'], ['врио']];
