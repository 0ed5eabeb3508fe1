/** Small display helpers shared by the pages. */
import type { StoredEvent } from './api.js';

export function actorName(actor: { name: string | null; country: string | null } | null): string {
  if (!actor) return '—';
  const name = actor.name ?? actor.country ?? '?';
  return actor.country && actor.name ? `${name} (${actor.country})` : name;
}

export function eventDay(event: StoredEvent): string {
  return event.date ?? event.document.published ?? '';
}

export function goldsteinClass(value: number): 'coop' | 'conflict' | 'neutral' {
  if (value > 0) return 'coop';
  return value < 0 ? 'conflict' : 'neutral';
}

export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

export function typeLabel(event: { type: string; mode: string | null }): string {
  return event.mode ? `${event.type}/${event.mode}` : event.type;
}

export function documentLabel(event: StoredEvent): string {
  return event.document.title ?? event.document.source;
}
