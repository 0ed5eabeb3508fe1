/** When an event of a sentence happens: planned acts dated forward, scheduled acts dated later. */
import type { DateRecord, Modality } from '../../core/doc.js';

const WEEKDAY =
  /понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|понеділ|вівтор|середу|четвер|п'ятниц|субот|неділ|monday|tuesday|wednesday|thursday|friday|saturday|sunday/iu;

/**
 * "в пятницу встретится с Трампом": a weekday or a month resolved to the past for a planned
 * event is the coming one.
 */
export function plannedForward(date: DateRecord, modality: Modality, published: string | null): string {
  if (modality !== 'planned' || !published) return date.value;
  // "посетит Китай в апреле", said in November: next April.
  if (date.value.length === 7 && date.value < published.slice(0, 7) && !/\d{4}/.test(date.text))
    return `${Number(date.value.slice(0, 4)) + 1}${date.value.slice(4)}`;
  if (date.value.length !== 10 || date.value >= published) return date.value;
  if (!WEEKDAY.test(date.text)) return date.value;
  const next = new Date(`${date.value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  return next.toISOString().slice(0, 10);
}

/** Acts done on a day, unlike statements, requests or agreements made now about later acts. */
export const SCHEDULED = new Set([
  'CONSULT',
  'AID',
  'MOBILIZE',
  'COOPERATE',
  'RETREAT',
  'SANCTION',
  'COERCE',
  'ASSAULT',
]);

/** A day or month later than the publication date (a bare year is too coarse to tell). */
export function after(value: string, published: string | null): boolean {
  if (!published || value.length < 7) return false;
  return value.length === 7 ? value > published.slice(0, 7) : value > published;
}
