/** Quad classes shared by the PLOVER and GDELT exports. */
import type { EventType } from '../core/doc.js';

/** PLOVER's quad of each event type: 1 verbal cooperation .. 4 material conflict; null for dyad's own. */
export const PLOVER_QUAD: Record<EventType, 1 | 2 | 3 | 4 | null> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
  APPOINT: null,
  STATEMENT: null,
};

/** GDELT's QuadClass from the CAMEO root code: 01-05, 06-08, 09-13, 14-20. */
export function cameoQuad(cameo: string): 1 | 2 | 3 | 4 | null {
  const root = Number(cameo.slice(0, 2));
  if (!Number.isFinite(root) || root < 1) return null;
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}
