/** factRuEval Meeting facts: the parser on a tiny fixture in the corpus format, and scoring. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActorRecord } from '../src/core/doc.js';
import { parseCoref, parseMeetings, readFactruDir } from '../src/eval/factru.js';
import type { PredictedEvent } from '../src/eval/match.js';
import { meetingMatches, scoreMeetings } from '../src/eval/meetings.js';
import { emptyCounts } from '../src/eval/score.js';

const TEXT =
  'В понедельник канцлер Германии Олаф Шольц встретился в Берлине с президентом Франции Эмманюэлем Макроном.';

const COREF = `7 100 103
firstname Олаф
lastname Шольц

8 101 104
firstname Эмманюэль
lastname Макрон

9 102
name Германия
name ФРГ
`;

const FACTS = `12-0 Occupation
Who obj7 Шольц Олаф
Position span9 канцлер
Where obj9 Германия | ФРГ

12-1 Meeting
Participant obj7 Шольц Олаф
Participant obj8 Макрон Эмманюэль
Place obj10 Берлин

12-2 Meeting
Participant obj9 Германия | ФРГ
Participant obj11 Франция
Модальность будущее
`;

const person = (name: string): ActorRecord => ({ entity: null, name, country: null, role: null });
const consult = (
  source: string,
  target: string | null,
  modality: PredictedEvent['modality'] = 'asserted',
  start = 0,
): PredictedEvent => ({
  type: 'CONSULT',
  source: person(source),
  target: target ? person(target) : null,
  date: null,
  modality,
  negated: false,
  evidence: { start, end: start + 5, text: 'встретился' },
});

describe('factRuEval parser', () => {
  const meetings = parseMeetings(FACTS, parseCoref(COREF));

  it('reads Meeting blocks only, resolving participants through the coreference groups', () => {
    expect(meetings).toHaveLength(2);
    expect(meetings[0]).toEqual({
      id: '12-1',
      negated: false,
      participants: [
        { name: 'Олаф Шольц', surname: 'Шольц' },
        { name: 'Эмманюэль Макрон', surname: 'Макрон' },
      ],
    });
  });

  it('takes names of places from the group, the fact text when the group is missing, and marks modality', () => {
    expect(meetings[1]?.participants).toEqual([
      { name: 'Германия', surname: null },
      { name: 'Франция', surname: null },
    ]);
    expect(meetings[1]?.negated).toBe(true);
  });

  it('reads a folder of texts with .facts files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-factru-'));
    try {
      writeFileSync(join(dir, 'book_12.txt'), TEXT);
      writeFileSync(join(dir, 'book_12.facts'), FACTS);
      writeFileSync(join(dir, 'book_12.coref'), COREF);
      writeFileSync(join(dir, 'book_3.txt'), 'Текст без фактов.');
      writeFileSync(join(dir, 'book_3.facts'), '');
      writeFileSync(join(dir, 'book_9.txt'), 'Нет файла фактов.');
      const docs = readFactruDir(dir);
      expect(docs.map((d) => d.id)).toEqual(['book_3', 'book_12']);
      expect(docs[1]?.meetings).toHaveLength(2);
      expect(docs[1]?.text).toBe(TEXT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => readFactruDir(join(tmpdir(), 'no-such-factru-dir'))).toThrow(/no such folder/);
  });
});

describe('meetings as CONSULT events', () => {
  const [scholzMacron, futureMeeting] = parseMeetings(FACTS, parseCoref(COREF));
  if (!scholzMacron || !futureMeeting) throw new Error('fixture');

  it.each<[string, PredictedEvent, boolean]>([
    ['English names', consult('Olaf Scholz', 'Emmanuel Macron'), true],
    ['swapped', consult('Emmanuel Macron', 'Olaf Scholz'), true],
    ['Russian names', consult('Эмманюэль Макрон', 'Олаф Шольц'), true],
    ['one participant twice', consult('Olaf Scholz', 'Olaf Scholz'), false],
    ['no target', consult('Olaf Scholz', null), false],
    ['a stranger', consult('Olaf Scholz', 'Donald Tusk'), false],
    ['planned, but the fact is asserted', consult('Olaf Scholz', 'Emmanuel Macron', 'planned'), false],
  ])('%s', (_, event, expected) => {
    expect(meetingMatches(scholzMacron, event)).toBe(expected);
  });

  it('pairs planned predictions with facts that carry a modality', () => {
    const germanyFrance = consult('Germany', 'France', 'planned');
    expect(meetingMatches(futureMeeting, germanyFrance)).toBe(true);
    expect(meetingMatches(futureMeeting, { ...germanyFrance, modality: 'asserted' })).toBe(false);
  });

  it('matches one to one and counts the rest', () => {
    const counts = emptyCounts();
    const errors = scoreMeetings(
      { id: 'book_12', text: TEXT, meetings: [scholzMacron, futureMeeting] },
      [
        consult('Olaf Scholz', 'Emmanuel Macron', 'asserted', 0),
        consult('Macron', 'Scholz', 'asserted', 50),
        { ...consult('Scholz', 'Macron'), type: 'SUPPORT' },
      ],
      counts,
    );
    expect(counts).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(errors.map((e) => `${e.error} ${e.participants}`)).toEqual([
      'fp Macron → Scholz',
      'fn Германия, Франция [modality]',
    ]);
  });
});
