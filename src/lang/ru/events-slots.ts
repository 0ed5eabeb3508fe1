/** Argument slots and word lists shared by the Russian event patterns. */
import type { Slot } from '../shared/events.js';

export const WITH: Slot = { prep: 'с|со', cases: ['ablt'] };
export const OBJECT: Slot = { cases: ['accs'] };
export const RECIPIENT: Slot = { cases: ['datv'] };
export const AGAINST: Slot[] = [
  { prep: 'против', cases: ['gent'], adjective: true },
  { prep: 'отношении', cases: ['gent'], adjective: true },
  { prep: 'адрес', cases: ['gent'], adjective: true },
];
export const INTO: Slot = { prep: 'в|во|на', cases: ['accs'] };
export const ALONG: Slot = { prep: 'по', cases: ['datv'] };

export const IMPOSE =
  'ввел*|ввела|ввели|ввести|вводит*|введ*|внес|внесла|внесли|внесет|готовит|готовят|подготовил*|разрабатывает|повысил*|повысит|повысят|повышени*|объяв*|расшир*|налож*|продл*|утверд*|утвержд*|принял*|приня*|одобр*|присоедин*|включ*';
/** Verbs that let a noun such as "переговоры" or "встреча" take the clause's subject. */
export const TALK_VERBS =
  'провел*|провела|провели|провести|провод*|начал*|начались|возобнов*|состоял*|состоится|прошл*|пройдут|пройдет|ведут|вели|ведет|завершил*|продолжил*|организова*|прове*';
export const STRIKE =
  'удар|удара|удару|ударом|ударе|удары|ударов|ударам|ударами|ударах|ударил*|ударит*|ударя*';
