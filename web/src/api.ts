/** The HTTP API as the pages use it: typed GETs and POST /extract, errors as readable messages. */
import type { DocumentRecord } from '../../src/core/doc.js';
import type { DyadSeries, EventFilters, EventPage, Network, StoredEntity } from '../../src/store/types.js';

export type { DocumentRecord, EventRecord, EventType } from '../../src/core/doc.js';
export type {
  DyadSeries,
  EventFilters,
  EventPage,
  Network,
  StoredEntity,
  StoredEvent,
} from '../../src/store/types.js';

/** The API is served by the same server as the UI, from the root. */
export class ApiError extends Error {}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError('the dyad server does not answer; is `dyad serve` still running?');
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { detail?: string };
      if (body.detail) detail = body.detail;
    } catch {
      // Not problem+json: the status line is all there is.
    }
    throw new ApiError(detail);
  }
  return (await response.json()) as T;
}

/** Query string of the non-empty values. */
export function queryString(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const FILTER_KEYS = ['actor', 'country', 'type', 'since', 'until', 'q'] as const;
export type FilterValues = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function pickFilters(values: Record<string, string | undefined>): FilterValues {
  const out: FilterValues = {};
  for (const key of FILTER_KEYS) if (values[key]) out[key] = values[key];
  return out;
}

export const api = {
  events: (filters: FilterValues, cursor: string | null, limit: number) =>
    request<EventPage>(`/events${queryString({ ...filters, cursor, limit })}`),
  exportUrl: (filters: FilterValues, format: 'csv' | 'jsonl') =>
    `/events/export${queryString({ ...filters, format })}`,
  entities: (q = '', limit = 300) =>
    request<{ entities: StoredEntity[] }>(`/entities${queryString({ q, limit })}`),
  document: (id: string) => request<DocumentRecord>(`/documents/${encodeURIComponent(id)}`),
  dyad: (a: string, b: string, filters: FilterValues = {}) =>
    request<DyadSeries>(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}${queryString(filters)}`),
  network: (filters: FilterValues, limit: number) =>
    request<Network>(`/network${queryString({ ...filters, limit })}`),
  actor: (actor: string) => request<ActorInfo>(`/actors/${encodeURIComponent(actor)}`),
  extract: (body: { text: string; lang?: string; published?: string; title?: string }) =>
    request<DocumentRecord>('/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
};

export interface ActorInfo {
  actor: StoredEntity | null;
  kb: {
    id: string;
    kind: string;
    names: Record<string, string>;
    country: string | null;
    wikidata: string | null;
    roles: { role: string; where: string | null; from: string | null; to: string | null; current: boolean }[];
    officeHolders: { role: string; name: string; id: string; from: string | null }[];
  } | null;
  rolesInText: { role: string; country: string | null; first: string; last: string; events: number }[];
  asSource: EventPage;
  asTarget: EventPage;
}

export type { EventFilters as StoreFilters };
