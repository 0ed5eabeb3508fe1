/**
 * `dyad eval roles`: scores the roles dyad extracts (`entities[].roles` with a span) against
 * factRuEval's Occupation facts, as (person, position) and (person, position, where) pairs.
 * Matching rules: match.ts.
 */
import type { DocumentRecord } from '../../core/doc.js';
import { fold } from '../../core/token-pattern.js';
import { findActors } from '../../kb/find-actors.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { RolesDocument } from './gold.js';
import {
  type ErrorKind,
  extraKind,
  type GoldItem,
  matchDocument,
  missKind,
  type PredictedRole,
} from './match.js';

export { type GoldOccupation, parseOccupations, type RolesDocument, readRolesDir } from './gold.js';
export { formatRolesTable, rolesJson } from './report.js';

export interface RolesExtractor {
  extract(text: string, options: { lang: 'ru' }): Promise<DocumentRecord>;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface RoleError {
  kind: ErrorKind;
  doc: string;
  /** "Лужков: мэра (Москва)" for a gold fact, "Лужков: мэр [mayor, RUS]" for a prediction. */
  detail: string;
}

export interface RolesReport {
  documents: number;
  gold: number;
  predicted: number;
  pair: PRF;
  triple: PRF;
  errors: RoleError[];
}

export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp: predicted - tp, fn: gold - tp, precision, recall, f1 };
}

/** The role items of a record: text-stated roles (with a span) of PER entities, once each. */
export function predictedRoles(record: DocumentRecord): PredictedRole[] {
  const out: PredictedRole[] = [];
  for (const entity of record.entities) {
    if (entity.label !== 'PER') continue;
    const words = fold(entity.lemma).split(/\s+/).filter(Boolean);
    for (const role of entity.roles) {
      if (!role.span) continue;
      out.push({ words, lemma: entity.lemma, role: { ...role, span: role.span } });
    }
  }
  return out;
}

async function whereCountry(kb: KnowledgeBase, where: string | null, cache: Map<string, string | null>) {
  if (where === null) return null;
  let country = cache.get(where);
  if (country === undefined) {
    const hits = await findActors(kb, where);
    country = hits.find((hit) => hit.entry.country !== null)?.entry.country ?? null;
    cache.set(where, country);
  }
  return country;
}

export async function evaluateRoles(
  docs: readonly RolesDocument[],
  extractor: RolesExtractor,
  kb: KnowledgeBase,
): Promise<RolesReport> {
  let gold = 0;
  let predicted = 0;
  let pairTp = 0;
  let tripleTp = 0;
  const errors: RoleError[] = [];
  const cache = new Map<string, string | null>();
  for (const doc of docs) {
    const record = await extractor.extract(doc.text, { lang: 'ru' });
    const items = predictedRoles(record);
    const golds: GoldItem[] = [];
    for (const occupation of doc.occupations) {
      golds.push({ ...occupation, whereCountry: await whereCountry(kb, occupation.where, cache) });
    }
    gold += golds.length;
    predicted += items.length;
    const pairs = matchDocument(golds, items, false);
    pairTp += pairs.pairs.length;
    tripleTp += matchDocument(golds, items, true).pairs.length;
    const surnames = record.entities
      .filter((e) => e.label === 'PER')
      .flatMap((e) => fold(e.lemma).split(/\s+/));
    for (const gi of pairs.unmatchedGold) {
      const g = golds[gi] as GoldItem;
      const detail = `${g.who}: ${g.positions.map((p) => p.text).join(' | ')}${g.where ? ` (${g.where})` : ''}`;
      errors.push({ kind: missKind(g, items, surnames), doc: doc.id, detail });
    }
    for (const pi of pairs.unmatchedPredicted) {
      const p = items[pi] as PredictedRole;
      const detail = `${p.lemma}: ${p.role.span.text} [${p.role.role}, ${p.role.country ?? '-'}]`;
      errors.push({ kind: extraKind(p, golds), doc: doc.id, detail });
    }
  }
  return {
    documents: docs.length,
    gold,
    predicted,
    pair: prf(pairTp, predicted, gold),
    triple: prf(tripleTp, predicted, gold),
    errors,
  };
}
