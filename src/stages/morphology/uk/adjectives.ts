/**
 * Adjective and passive participle endings: every hard and soft ending with the gender, number
 * and cases it can carry. Unambiguous endings (-ого, -ому, -ої, -их, -ими) mark an adjective
 * on any stem; ambiguous ones (-а, -у, -і, -е, -ою, -ій, -им, -ім) only on adjectival stems.
 */
import type { Case, Reading } from '../../../core/layers.js';
import { type Gender, type GrammaticalNumber, reading } from './build.js';

type Cell = [string, Gender, GrammaticalNumber, Case[]];

const HARD: Cell[] = [
  ['ими', null, 'plur', ['ablt']],
  ['ого', 'masc', 'sing', ['gent', 'accs']],
  ['ого', 'neut', 'sing', ['gent']],
  ['ому', 'masc', 'sing', ['datv', 'loct']],
  ['ому', 'neut', 'sing', ['datv', 'loct']],
  ['ої', 'femn', 'sing', ['gent']],
  ['их', null, 'plur', ['gent', 'loct', 'accs']],
  ['ий', 'masc', 'sing', ['nomn', 'accs']],
  ['им', 'masc', 'sing', ['ablt']],
  ['им', 'neut', 'sing', ['ablt']],
  ['им', null, 'plur', ['datv']],
  ['ім', 'masc', 'sing', ['loct']],
  ['ім', 'neut', 'sing', ['loct']],
  ['ою', 'femn', 'sing', ['ablt']],
  ['ій', 'femn', 'sing', ['datv', 'loct']],
  ['а', 'femn', 'sing', ['nomn']],
  ['у', 'femn', 'sing', ['accs']],
  ['е', 'neut', 'sing', ['nomn', 'accs']],
  ['і', null, 'plur', ['nomn', 'accs']],
];

const SOFT: Cell[] = [
  ['іми', null, 'plur', ['ablt']],
  ['ього', 'masc', 'sing', ['gent', 'accs']],
  ['ього', 'neut', 'sing', ['gent']],
  ['ьому', 'masc', 'sing', ['datv', 'loct']],
  ['ьому', 'neut', 'sing', ['datv', 'loct']],
  ['ьої', 'femn', 'sing', ['gent']],
  ['ьою', 'femn', 'sing', ['ablt']],
  ['іх', null, 'plur', ['gent', 'loct', 'accs']],
  ['ій', 'masc', 'sing', ['nomn', 'accs']],
  ['ій', 'femn', 'sing', ['datv', 'loct']],
  ['ім', 'masc', 'sing', ['ablt', 'loct']],
  ['ім', null, 'plur', ['datv']],
  ['я', 'femn', 'sing', ['nomn']],
  ['ю', 'femn', 'sing', ['accs']],
  ['є', 'neut', 'sing', ['nomn', 'accs']],
  ['і', null, 'plur', ['nomn', 'accs']],
];

const UNAMBIGUOUS = /(ого|ому|ої|их|ими|ього|ьому|ьої|ьою)$/;
/** Stems that make an ambiguous ending adjectival: українськ-, нов-, державн-, перш-. */
const ADJ_STEM = /(ськ|цьк|зьк|[^н]н|нн|ов|ев|єв|ив|ин|ач|яч|уч|юч|лив|ист|ш|жн|ч|[^аеиіоуяюєї]к)$/;
/** The few soft adjectives news use (останній, зовнішній, майбутній): a closed list. */
const SOFT_STEM =
  /(останн|зовнішн|внутрішн|колишн|нинішн|середн|пізн|давн|сусідн|літн|торішн|тутешн|справжн|^син|майбутн|вечірн|ранн|осінн|крайн|верхн|нижн|домашн|сьогоднішн|вчорашн|завтрашн)ь?$/;
/** Participle stems: запроваджен-, підписан-, спрямован-, закрит-. */
const PARTICIPLE_STEM = /([^аеиіоуяюєїн'][аяеє]н|ован|уван|юван|крит|нят|зят|бит|лит|шит|мит|гнут|дерт)$/;
/** Adjectives that look like participles. */
const NOT_PARTICIPLE =
  /(повітрян|дерев'ян|скляні?|зелен|шален|скажен|поган|кохан|олов'ян|полум'ян|рум'ян|свят|золот|багат|крут)$/;

export function adjectiveReadings(word: string, requireStem: boolean): Reading[] {
  const out: Reading[] = [];
  const unambiguous = UNAMBIGUOUS.test(word);
  for (const [table, soft] of [
    [SOFT, true],
    [HARD, false],
  ] as const) {
    for (const [ending, gender, number, cases] of table) {
      if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
      const stem = word.slice(0, -ending.length);
      if (soft !== SOFT_STEM.test(stem)) continue;
      if (!unambiguous && requireStem && !ADJ_STEM.test(stem)) continue;
      const participle = PARTICIPLE_STEM.test(stem) && !NOT_PARTICIPLE.test(stem);
      const lemma = soft ? `${stem.replace(/ь$/, '')}ій` : `${stem}ий`;
      for (const kase of cases) {
        const r = reading(lemma, participle ? 'PRTF' : 'ADJF', kase, number, gender);
        if (participle) r.passive = true;
        out.push(r);
      }
    }
    if (out.length > 0) break;
  }
  return out;
}

/** Impersonal passive forms: запроваджено, підписано, внесено, закрито. */
const SHORT_PASSIVE = /([^аеиіоуяюєїн][аяеє]но|ито|ято|уто)$/;

export function shortPassive(word: string): Reading[] {
  if (!SHORT_PASSIVE.test(word) || word.length < 6) return [];
  const r = reading(word, 'PRTS', null, 'sing', 'neut', 'past');
  r.passive = true;
  return [r];
}
