import type { EventGrammar } from '../shared/events.js';

const PERFECT = new Set(['has', 'have', 'had']);
const RELATIVE = new Set(['that', 'which', 'who']);
const SUMMING_UP = /^(?:repeated|repeatedly|regularly|routinely)$/u;

/** "has provided ... since 2022", "has long opposed", "has said", "repeated attacks in recent weeks". */
function background(words: readonly string[]): boolean {
  const perfect = words.some((w) => PERFECT.has(w));
  // "the initiative that has supplied Ukraine with shells": a relative clause in the perfect.
  if (RELATIVE.has(words[0] ?? '') && PERFECT.has(words[1] ?? '')) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (SUMMING_UP.test(w)) return true;
    if (w === 'recent' && /^(?:weeks|months|years)$/u.test(next)) return true;
    if (perfect && w === 'since') return true;
    if (PERFECT.has(w) && next === 'long') return true;
    // "Babis has said he wants ... and has ruled out ...": a position stated before, not news.
    if (
      PERFECT.has(w) &&
      (next === 'said' || (/^(?:also|previously|publicly)$/u.test(next) && words[i + 2] === 'said'))
    )
      return true;
  }
  return false;
}

export const GRAMMAR: EventGrammar = {
  background,
  clauseOpeners: new Set([
    'that',
    'which',
    'who',
    'whom',
    'whose',
    'when',
    'if',
    'although',
    'though',
    'because',
    'since',
    'but',
    'while',
    'where',
    'after',
    'before',
    'as',
  ]),
  negation: new Set(['not', "n't", 'never', 'no']),
  planned: new Set([
    'due',
    'set',
    'scheduled',
    'will',
    'would',
    'plans',
    'planned',
    'plan',
    'intends',
    'intend',
    'going',
    'expected',
    'ready',
    'wants',
    'promised',
    'pledged',
    'agreed',
    'agree',
    'shall',
    'could',
    'may',
    'might',
    'should',
    'must',
    'hopes',
    'proposed',
    'possible',
    'potential',
    'next',
    'upcoming',
  ]),
  cueWindow: 4,
  hypothetical: new Set(['if', 'would', 'could', 'might', 'may', 'possibly']),
  complementisers: new Set(['that']),
  denial: new Set(['denied', 'denies', 'refuted', 'dismissed']),
  participants: 'sides|ministers|leaders|presidents|delegations|parties|partners',
  framing: 'during|on|at|after',
  personalPronouns: new Set(['he', 'she']),
  actNouns: [
    ['sanctions|sanction|restrictions|embargo', ['sanction.impose', 'sanction.agree']],
    ['expulsion|expulsions', ['sanction.expel']],
    ['strike|strikes|attack|attacks|shelling|bombardment|bombing', ['assault.']],
    ['exercises|drills|manoeuvres|maneuvers', ['cooperate.exercise', 'mobilize.']],
    ['arrest|arrests|detention|seizure', ['coerce.']],
    ['visit', ['consult.visit']],
  ],
  objectPronouns: new Set(['him', 'her']),
  determiners: new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']),
  honorifics: 'mr|mrs|ms|madam|mister|madame',
  protesters: [['protesters|demonstrators|rioters|marchers|protester|demonstrator']],
  people: [['protesters|demonstrators|residents|citizens|farmers|supporters|voters|strikers']],
  government: 'government|cabinet|authorities',
  weapons: new Map([
    ['iskander', 'RUS'],
    ['kalibr', 'RUS'],
    ['kinzhal', 'RUS'],
    ['shahed', 'RUS'],
    ['shaheds', 'RUS'],
    ['geran', 'RUS'],
    ['zircon', 'RUS'],
    ['oreshnik', 'RUS'],
  ]),
};
