import type { RoleEntry } from '../shared/roles.js';

/** Offices and occupations stated next to a name, longest phrases first. */
export const ROLES: readonly RoleEntry[] = [
  { words: ['міністр*|міністерк*', 'закордонн*', 'справ'], role: 'foreign minister' },
  { words: ['глав*|голов*|очільник*', 'МЗС'], role: 'foreign minister' },
  { words: ['міністр*|міністерк*', 'оборон*'], role: 'defence minister' },
  { words: ['глав*|голов*|очільник*', 'Міноборони|Пентагону'], role: 'defence minister' },
  { words: ['глав*|голов*|очільник*', 'держав*'], role: 'head of state' },
  { words: ['глав*|голов*|очільник*', 'уряд*'], role: 'head of government' },
  { words: ['керівник*|голов*|глав*', 'офіс*', 'президент*'], role: 'head of the presidential office' },
  { words: ['генеральн*', 'секретар*'], role: 'secretary general' },
  { words: ['державн*', 'секретар*'], role: 'secretary of state' },
  { words: ['верховн*', 'представник*|представниц*'], role: 'high representative' },
  { words: ['офіційн*', 'представник*|представниц*'], role: 'spokesperson' },
  { words: ['спеціальн*', 'посланц*|посланець|представник*|представниц*'], role: 'special envoy' },
  { words: ['віцепрезидент*|віце-президент*'], role: 'vice president' },
  { words: ['віцепрем*|віце-прем*'], role: 'deputy prime minister' },
  { words: ["прем'єр-міністр*"], role: 'prime minister' },
  {
    words: ["прем'єр|прем'єра|прем'єру|прем'єром|прем'єрові|прем'єрка|прем'єрки|прем'єрку|прем'єркою"],
    role: 'prime minister',
  },
  { words: ['президент*'], role: 'president' },
  { words: ['канцлер*'], role: 'chancellor' },
  { words: ['держсекретар*'], role: 'secretary of state' },
  { words: ['генсек*'], role: 'secretary general' },
  { words: ['речник*|речниц*|пресс-секретар*|прес-секретар*'], role: 'spokesperson' },
  { words: ['спецпосланц*|спецпосланець|спецпредставник*'], role: 'special envoy' },
  { words: ['міністр*|міністерк*'], role: 'minister' },
  { words: ['посол|посла|послу|послом|послові'], role: 'ambassador' },
  { words: ['король|короля|королю|королем'], role: 'king' },
  { words: ['королев*'], role: 'queen' },
  { words: ['спікер*'], role: 'speaker' },
  { words: ['лідер*|лідерк*'], role: 'leader' },
  { words: ['головнокомандувач*'], role: 'commander-in-chief' },
  { words: ['командувач*'], role: 'commander' },
  { words: ['мер|мера|меру|мером|мерові'], role: 'mayor' },
  { words: ['губернатор*'], role: 'governor' },
  { words: ['депутат*'], role: 'member of parliament' },
  { words: ['сенатор*'], role: 'senator' },
  { words: ['директор*'], role: 'director' },
  { words: ['голов*|глав*|очільник*', 'ОВА|ОДА|адміністрац*'], role: 'head of administration' },
];

/** Words before a role in the genitive that make it an acting post: "виконувач обов'язків". */
export const ACTING: readonly (readonly string[])[] = [['виконувач*|виконуюч*', "обов'язк*"], ['в.о.']];
