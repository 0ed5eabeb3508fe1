/**
 * `dyad eval meetings`: factRuEval Meeting facts scored as CONSULT events. A predicted CONSULT
 * matches a meeting when its source and target name two different participants; matching is
 * one-to-one, greedy in document order, with the same modality pairing as event scoring.
 */
import type { ActorRecord } from '../core/doc.js';
import type { FactruDocument, Meeting, Participant } from './factru.js';
import { isAsserted, type PredictedEvent } from './match.js';
import { namesMatch } from './names.js';
import type { ExtractLike } from './run-events.js';
import { type Counts, emptyCounts, type Score, score } from './score.js';

export interface MeetingError {
  id: string;
  error: 'fp' | 'fn';
  participants: string;
  evidence: string;
}

export interface MeetingsReport {
  documents: number;
  meetings: number;
  predicted: number;
  score: Score;
  errors: MeetingError[];
}

function participantMatches(participant: Participant, actor: ActorRecord | null): boolean {
  if (!actor?.name) return false;
  return namesMatch(participant.name, actor.name, participant.surname ?? undefined);
}

export function meetingMatches(meeting: Meeting, event: PredictedEvent): boolean {
  if (event.type !== 'CONSULT' || meeting.negated === isAsserted(event)) return false;
  const { participants } = meeting;
  return participants.some(
    (a) =>
      participantMatches(a, event.source) &&
      participants.some((b) => b !== a && participantMatches(b, event.target)),
  );
}

const actorName = (a: ActorRecord | null) => a?.name ?? a?.country ?? '?';

export function scoreMeetings(
  doc: FactruDocument,
  predicted: readonly PredictedEvent[],
  counts: Counts,
): MeetingError[] {
  const consults = predicted
    .filter((e) => e.type === 'CONSULT')
    .sort((a, b) => (a.evidence?.start ?? 0) - (b.evidence?.start ?? 0));
  const taken = new Array<boolean>(doc.meetings.length).fill(false);
  const errors: MeetingError[] = [];
  for (const event of consults) {
    const m = doc.meetings.findIndex((meeting, i) => !taken[i] && meetingMatches(meeting, event));
    if (m >= 0) {
      taken[m] = true;
      counts.tp++;
      continue;
    }
    counts.fp++;
    errors.push({
      id: doc.id,
      error: 'fp',
      participants: `${actorName(event.source)} → ${actorName(event.target)}${isAsserted(event) ? '' : ' [not asserted]'}`,
      evidence: event.evidence?.text ?? '',
    });
  }
  doc.meetings.forEach((meeting, i) => {
    if (taken[i]) return;
    counts.fn++;
    errors.push({
      id: doc.id,
      error: 'fn',
      participants:
        meeting.participants.map((p) => p.name).join(', ') + (meeting.negated ? ' [modality]' : ''),
      evidence: '',
    });
  });
  return errors;
}

export async function evaluateMeetings(
  docs: readonly FactruDocument[],
  extractor: ExtractLike,
): Promise<MeetingsReport> {
  const counts = emptyCounts();
  const errors: MeetingError[] = [];
  let predicted = 0;
  for (const doc of docs) {
    const record = await extractor.extract(doc.text, {
      lang: 'ru',
      published: null,
      source: `${doc.id}.txt`,
    });
    predicted += record.events.filter((e) => e.type === 'CONSULT').length;
    errors.push(...scoreMeetings(doc, record.events, counts));
  }
  return {
    documents: docs.length,
    meetings: docs.reduce((n, d) => n + d.meetings.length, 0),
    predicted,
    score: score(counts),
    errors,
  };
}
