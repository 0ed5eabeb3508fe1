/**
 * Verb forms by suffix: past tense (-в, -ла, -ло, -ли), present and future third person
 * (-є, -ить, -ють, -уть, -ять, -тиме), infinitives (-ти) and reflexives (-ся, -сь). Aspect is
 * guessed: a prefixed verb without an imperfective suffix (-ува-, -ва-, -ля-, -ага-: "вимагає",
 * "закликає") reads as future.
 */
import type { Reading } from '../../../core/layers.js';
import { reading } from './build.js';

const VOWEL_V_PAST = /([аяиуїе])в$/;
const PAST_L = /([аяиіуїе]|[гкзсб])(ла|ло|ли)$/;
const PRES_SING = /([аяуюіїо]є|[^аеиіоуяюєї'](?:ить|іть)|їть)$/;
const PRES_PLUR = /([аяуюі]ють|[^аеиіоуяюєї'](?:ять|уть|ать)|[аеиіоуяюєї']ять)$/;
const FUTURE_ANALYTIC = /тиме(?:ться)?$|тимуть(?:ся)?$/;
const CONSONANT_E = /[^аеиіоуяюєї'ь]е$/;
const INFINITIVE = /([аяиіуїе]|[сз])ти$/;
const PREFIX = /^(пере|роз|під|від|над|при|про|по|за|на|ви|до|об|зі|с)(?=[^аеиіоуяюєї])/;
const IMPERFECTIVE = /(ува|юва|ва|ля|ча|жа|ша|ща|ся|ага|яга|ика)(є|ють)$|ує$|ують$|юють$|ює$/;

function pastLemma(stem: string): string {
  return `${stem}ти`;
}

function presentTense(word: string): 'pres' | 'futr' {
  return PREFIX.test(word) && !IMPERFECTIVE.test(word) && !/(ить|ять)$/.test(word) ? 'futr' : 'pres';
}

function bare(word: string): Reading[] {
  if (FUTURE_ANALYTIC.test(word)) {
    const stem = word.replace(FUTURE_ANALYTIC, '');
    return [reading(`${stem}ти`, 'VERB', null, word.includes('муть') ? 'plur' : 'sing', null, 'futr')];
  }
  let m = VOWEL_V_PAST.exec(word);
  if (m && word.length > 3)
    return [reading(pastLemma(word.slice(0, -1)), 'VERB', null, 'sing', 'masc', 'past')];
  m = PAST_L.exec(word);
  if (m && word.length > 4) {
    const ending = m[2] as string;
    const stem = word.slice(0, -2);
    const lemma = /[гкзсб]$/.test(stem) ? `${stem}ти` : pastLemma(stem);
    if (ending === 'ли') return [reading(lemma, 'VERB', null, 'plur', null, 'past')];
    return [reading(lemma, 'VERB', null, 'sing', ending === 'ла' ? 'femn' : 'neut', 'past')];
  }
  if (INFINITIVE.test(word) && word.length > 4) return [reading(word, 'INFN', null, null, null)];
  if (PRES_PLUR.test(word) && word.length > 4) {
    return [reading(presentLemma(word), 'VERB', null, 'plur', null, presentTense(word))];
  }
  if ((PRES_SING.test(word) || CONSONANT_E.test(word)) && word.length > 3) {
    return [reading(presentLemma(word), 'VERB', null, 'sing', null, presentTense(word))];
  }
  return [];
}

/** A rough infinitive for present forms: подякує → подякувати, вважає → вважати. */
function presentLemma(word: string): string {
  const w = word.replace(/(ють|уть|ять|ать|ить|іть|їть|є|е)$/, '');
  if (/у$/.test(w) && /(ує|ують)$/.test(word)) return `${w.slice(0, -1)}увати`;
  if (/ю$/.test(w) && /(ює|юють)$/.test(word)) return `${w.slice(0, -1)}ювати`;
  if (/(ить|ять|іть)$/.test(word)) return `${w}ити`;
  return `${w}ти`;
}

/** Verb readings of a lower-case word, or [] when no verb ending fits. */
export function verbReadings(word: string): Reading[] {
  const reflexive = /(ся|сь)$/.exec(word);
  if (reflexive && word.length > 5) {
    const inner = bare(word.slice(0, -2));
    for (const r of inner) r.lemma = `${r.lemma}ся`;
    if (inner.length > 0) return inner;
  }
  return bare(word);
}
