/**
 * Reads Meeting facts of the factRuEval-2016 corpus: `.facts` blocks (`N-K Meeting`, then
 * `Participant objNNN text` lines) whose object ids are entity groups of the `.coref` layer; a
 * participant's name comes from that group's attributes (lastname + firstname, or name).
 */
import { factruFiles } from './factru-folder.js';

export interface Participant {
  /** Full name for comparison, e.g. "Виктор Янукович" or "Украина". */
  name: string;
  /** The surname when the corpus gives one (persons). */
  surname: string | null;
}

export interface Meeting {
  id: string;
  participants: Participant[];
  /** True when the fact carries a modality (future, possible, denied). */
  negated: boolean;
}

export interface FactruDocument {
  id: string;
  text: string;
  meetings: Meeting[];
}

interface CorefEntity {
  name: string | null;
  firstname: string | null;
  lastname: string | null;
}

/** `.coref`: blocks of a header `id obj obj ...` and `attribute value` lines. */
export function parseCoref(text: string): Map<string, CorefEntity> {
  const out = new Map<string, CorefEntity>();
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const id = lines[0]?.split(/\s+/)[0];
    if (!id) continue;
    const entity: CorefEntity = { name: null, firstname: null, lastname: null };
    for (const line of lines.slice(1)) {
      const space = line.indexOf(' ');
      if (space < 0) continue;
      const key = line.slice(0, space);
      const value = line.slice(space + 1).trim();
      // The first of repeated attributes is the fullest form ("firstname1" is a second name).
      if (key === 'name' || key === 'firstname' || key === 'lastname') entity[key] ??= value;
    }
    out.set(id, entity);
  }
  return out;
}

function participant(objectId: string, fallback: string, coref: Map<string, CorefEntity>): Participant {
  const entity = coref.get(objectId.replace(/^obj/, ''));
  if (entity?.lastname) {
    return { name: [entity.firstname, entity.lastname].filter(Boolean).join(' '), surname: entity.lastname };
  }
  if (entity?.firstname) return { name: entity.firstname, surname: entity.firstname };
  if (entity?.name) return { name: entity.name, surname: null };
  return { name: fallback, surname: null };
}

/** `.facts`: the Meeting blocks, with participants resolved through the coreference groups. */
export function parseMeetings(facts: string, coref: Map<string, CorefEntity>): Meeting[] {
  const meetings: Meeting[] = [];
  for (const block of facts.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const head = /^(\S+)\s+Meeting$/.exec(lines[0] ?? '');
    if (!head?.[1]) continue;
    const meeting: Meeting = { id: head[1], participants: [], negated: false };
    for (const line of lines.slice(1)) {
      const role = /^Participant\s+(obj\d+)\s*(.*)$/.exec(line);
      if (role?.[1]) {
        // "obj1 Name | Other form": the text after the first bar is an alternative spelling.
        const fallback = (role[2] ?? '').split('|')[0]?.trim() ?? '';
        meeting.participants.push(participant(role[1], fallback, coref));
      } else if (/^Модальность(\s|$)/.test(line)) {
        meeting.negated = true;
      }
    }
    meetings.push(meeting);
  }
  return meetings;
}

/** Every text of a factRuEval folder that has a `.facts` file, in sorted order. */
export function readFactruDir(dir: string): FactruDocument[] {
  return factruFiles(dir).map(({ id, read }) => ({
    id,
    text: read('txt'),
    meetings: parseMeetings(read('facts'), parseCoref(read('coref'))),
  }));
}
