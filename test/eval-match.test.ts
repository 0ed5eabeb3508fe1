/** The event matcher on hand-made predicted/gold pairs, independent of the extractor. */
import { describe, expect, it } from 'vitest';
import type { ActorRecord, EventType, Modality } from '../src/core/doc.js';
import type { GoldActor, GoldEvent, GoldType } from '../src/eval/gold.js';
import {
  actorMatches,
  dateMatches,
  eventsMatch,
  matchDocument,
  type PredictedEvent,
} from '../src/eval/match.js';

const actor = (name: string | null, country: string | null = null): ActorRecord => ({
  entity: null,
  name,
  country,
  role: null,
});

function pred(
  type: EventType,
  source: ActorRecord | null,
  target: ActorRecord | null,
  extra: { modality?: Modality; date?: string | null; at?: number } = {},
): PredictedEvent {
  const at = extra.at ?? 0;
  return {
    type,
    source,
    target,
    date: extra.date ?? null,
    modality: extra.modality ?? 'asserted',
    negated: extra.modality === 'denied',
    evidence: { start: at, end: at + 10, text: 'x' },
  };
}

function gold(
  type: GoldType,
  source: GoldActor | null,
  target: GoldActor | null,
  extra: Partial<GoldEvent> = {},
): GoldEvent {
  return { type, source, target, date: null, evidence: 'x', negated: false, ...extra };
}

const UKR = { country: 'UKR' };
const RUS = { country: 'RUS' };
const JPN = { country: 'JPN' };
const ZELENSKY = { name: 'Volodymyr Zelensky' };

describe('actorMatches (rule 2)', () => {
  it.each<[string, GoldActor | null, ActorRecord | null, boolean]>([
    ['same country', UKR, actor('Ukraine', 'UKR'), true],
    ['country case-insensitive', { country: 'ukr' }, actor('Ukraine', 'UKR'), true],
    ['other country', UKR, actor('Russia', 'RUS'), false],
    ['name only, transliteration variant', ZELENSKY, actor('Volodymyr Zelenskyy', null), true],
    ['name only, Cyrillic prediction', ZELENSKY, actor('Владимир Зеленский', 'UKR'), true],
    [
      'country or name: name saves a wrong country',
      { country: 'UKR', name: 'Andrii Sybiha' },
      actor('Andriy Sybiha', 'RUS'),
      true,
    ],
    [
      'country or name: country saves a wrong name',
      { country: 'UKR', name: 'Andrii Sybiha' },
      actor('Denys Shmyhal', 'UKR'),
      true,
    ],
    ['neither', { country: 'UKR', name: 'Andrii Sybiha' }, actor('Sergey Lavrov', 'RUS'), false],
    ['gold has a name, prediction none', ZELENSKY, actor(null, null), false],
    ['no predicted actor', UKR, null, false],
    ['null gold constrains nothing', null, null, true],
    ['gold with only a role constrains nothing', { role: 'protesters' }, actor('Russia', 'RUS'), true],
  ])('%s', (_, g, p, expected) => {
    expect(actorMatches(g, p)).toBe(expected);
  });
});

describe('eventsMatch (rules 1, 3, 4 and modality)', () => {
  const ukrJpn = pred('CONSULT', actor('Ukraine', 'UKR'), actor('Japan', 'JPN'));
  it.each<[string, GoldEvent, PredictedEvent, boolean]>([
    ['same type and actors', gold('CONSULT', UKR, JPN), ukrJpn, true],
    ['other type', gold('SUPPORT', UKR, JPN), ukrJpn, false],
    [
      'gold INVITE counts as AGREE',
      gold('INVITE', UKR, JPN),
      pred('AGREE', actor('Ukraine', 'UKR'), actor('Japan', 'JPN')),
      true,
    ],
    ['gold AGREE is not INVITE-only', gold('INVITE', UKR, JPN), ukrJpn, false],
    ['wrong target', gold('CONSULT', UKR, RUS), ukrJpn, false],
    ['gold without target matches any target', gold('CONSULT', UKR, null), ukrJpn, true],
    [
      'gold without target matches a missing target',
      gold('CONSULT', UKR, null),
      pred('CONSULT', actor('Ukraine', 'UKR'), null),
      true,
    ],
    [
      'gold target, prediction has none',
      gold('CONSULT', UKR, JPN),
      pred('CONSULT', actor('Ukraine', 'UKR'), null),
      false,
    ],
    ['CONSULT may swap', gold('CONSULT', JPN, UKR), ukrJpn, true],
    [
      'COOPERATE may swap',
      gold('COOPERATE', JPN, UKR),
      pred('COOPERATE', actor('Ukraine', 'UKR'), actor('Japan', 'JPN')),
      true,
    ],
    [
      'AGREE may swap',
      gold('AGREE', JPN, UKR),
      pred('AGREE', actor('Ukraine', 'UKR'), actor('Japan', 'JPN')),
      true,
    ],
    [
      'SANCTION may not swap',
      gold('SANCTION', RUS, JPN),
      pred('SANCTION', actor('Japan', 'JPN'), actor('Russia', 'RUS')),
      false,
    ],
    [
      'ACCUSE may not swap',
      gold('ACCUSE', RUS, UKR),
      pred('ACCUSE', actor('Ukraine', 'UKR'), actor('Russia', 'RUS')),
      false,
    ],
    [
      'planned prediction pairs with negated gold',
      gold('CONSULT', UKR, JPN, { negated: true }),
      pred('CONSULT', actor('Ukraine', 'UKR'), actor('Japan', 'JPN'), { modality: 'planned' }),
      true,
    ],
    [
      'denied prediction pairs with negated gold',
      gold('CONSULT', UKR, JPN, { negated: true }),
      pred('CONSULT', actor('Ukraine', 'UKR'), actor('Japan', 'JPN'), { modality: 'denied' }),
      true,
    ],
    [
      'hypothetical prediction vs asserted gold',
      gold('CONSULT', UKR, JPN),
      pred('CONSULT', actor('Ukraine', 'UKR'), actor('Japan', 'JPN'), { modality: 'hypothetical' }),
      false,
    ],
    ['asserted prediction vs negated gold', gold('CONSULT', UKR, JPN, { negated: true }), ukrJpn, false],
  ])('%s', (_, g, p, expected) => {
    expect(eventsMatch(g, p)).toBe(expected);
  });

  it('treats a negated prediction with asserted modality as not asserted', () => {
    const p = { ...ukrJpn, negated: true };
    expect(eventsMatch(gold('CONSULT', UKR, JPN), p)).toBe(false);
    expect(eventsMatch(gold('CONSULT', UKR, JPN, { negated: true }), p)).toBe(true);
  });
});

describe('dates (strict score)', () => {
  it.each<[string | null, string | null, boolean]>([
    [null, null, true],
    [null, '2025-10-24', true],
    ['2025-10-24', '2025-10-24', true],
    ['2025-10-24', '2025-10-23', false],
    ['2025-10-24', '2025-10', false],
    ['2025-10-24', null, false],
    ['2025-10', '2025-10-24', true],
    ['2025-10', '2025-10', true],
    ['2025-10', '2025-11-01', false],
  ])('gold %s, predicted %s → %s', (g, p, expected) => {
    expect(dateMatches(g, p)).toBe(expected);
  });

  it('is only required in strict mode', () => {
    const g = gold('CONSULT', UKR, JPN, { date: '2025-10-24' });
    const p = pred('CONSULT', actor('Ukraine', 'UKR'), actor('Japan', 'JPN'), { date: '2025-10-23' });
    expect(eventsMatch(g, p)).toBe(true);
    expect(eventsMatch(g, p, { strict: true })).toBe(false);
  });
});

describe('matchDocument: one-to-one, greedy in document order', () => {
  it('counts a repeated event once and the repeat as a false positive', () => {
    const g = [gold('SANCTION', JPN, RUS)];
    const p = [
      pred('SANCTION', actor('Japan', 'JPN'), actor('Russia', 'RUS'), { at: 0 }),
      pred('SANCTION', actor('Japan', 'JPN'), actor('Russia', 'RUS'), { at: 50 }),
    ];
    const m = matchDocument(g, p);
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.falsePositives).toEqual([1]);
    expect(m.falseNegatives).toEqual([]);
  });

  it('lets the earlier prediction take the earlier gold event', () => {
    const text = 'Japan imposed sanctions on Russia. Later Japan imposed sanctions again.';
    const g = [
      gold('SANCTION', JPN, null, { evidence: 'Later Japan imposed sanctions again.' }),
      gold('SANCTION', JPN, RUS, { evidence: 'Japan imposed sanctions on Russia.' }),
    ];
    // Predictions listed out of order: the first in the text is at offset 0.
    const p = [
      pred('SANCTION', actor('Japan', 'JPN'), null, { at: 40 }),
      pred('SANCTION', actor('Japan', 'JPN'), actor('Russia', 'RUS'), { at: 0 }),
    ];
    const m = matchDocument(g, p, text);
    // The prediction at 0 takes the gold event whose evidence comes first (index 1), the other
    // prediction takes what is left.
    expect(m.pairs).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(m.falseNegatives).toEqual([]);
  });

  it('is greedy, not optimal: an early loose prediction can take a gold event another needed', () => {
    const text = 'A. B.';
    const g = [gold('CONSULT', UKR, null, { evidence: 'A.' }), gold('CONSULT', UKR, JPN, { evidence: 'B.' })];
    const p = [
      pred('CONSULT', actor('Ukraine', 'UKR'), actor('Japan', 'JPN'), { at: 0 }),
      pred('CONSULT', actor('Ukraine', 'UKR'), actor('Poland', 'POL'), { at: 3 }),
    ];
    const m = matchDocument(g, p, text);
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.falsePositives).toEqual([1]);
    expect(m.falseNegatives).toEqual([1]);
  });

  it('scores a negated gold event predicted as asserted as one FP and one FN', () => {
    const m = matchDocument(
      [gold('CONSULT', UKR, RUS, { negated: true })],
      [pred('CONSULT', actor('Ukraine', 'UKR'), actor('Russia', 'RUS'))],
    );
    expect(m.pairs).toEqual([]);
    expect(m.falsePositives).toEqual([0]);
    expect(m.falseNegatives).toEqual([0]);
  });

  it('gives one gold event per source of a compound actor', () => {
    const g = [gold('SANCTION', JPN, RUS), gold('SANCTION', { country: 'NZL' }, RUS)];
    const both = [
      pred('SANCTION', actor('Japan', 'JPN'), actor('Russia', 'RUS')),
      pred('SANCTION', actor('New Zealand', 'NZL'), actor('Russia', 'RUS')),
    ];
    expect(matchDocument(g, both).pairs).toHaveLength(2);
    const one = matchDocument(g, both.slice(0, 1));
    expect(one.pairs).toHaveLength(1);
    expect(one.falseNegatives).toEqual([1]);
  });

  it('handles empty sides', () => {
    expect(matchDocument([], [])).toEqual({ pairs: [], falsePositives: [], falseNegatives: [] });
    expect(matchDocument([gold('AID', UKR, null)], []).falseNegatives).toEqual([0]);
    expect(matchDocument([], [pred('AID', null, null)]).falsePositives).toEqual([0]);
  });
});
