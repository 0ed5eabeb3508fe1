/**
 * Scores predicted events against gold over a set of articles: overall, per language, per type,
 * and strict (dates too), with every false positive and false negative listed for `--errors`.
 */
import type { ActorRecord } from '../core/doc.js';
import { diagnose, type ErrorKind } from './diagnose.js';
import type { GoldActor, GoldEvent } from './gold.js';
import { goldType, isAsserted, matchDocument, type PredictedEvent } from './match.js';
import { type Counts, CountTable, emptyCounts, type Score, score } from './score.js';

export interface ScoredArticle {
  id: string;
  lang: string;
  text: string;
  gold: readonly GoldEvent[];
  predicted: readonly PredictedEvent[];
}

export interface EventError {
  id: string;
  lang: string;
  /** fp: predicted, not in gold; fn: in gold, not predicted. */
  error: 'fp' | 'fn';
  kind: ErrorKind;
  type: string;
  mode: string | null;
  source: string;
  target: string;
  date: string | null;
  negated: boolean;
  evidence: string;
  /** For a false positive: the gold event it came closest to, as "TYPE source → target". */
  near: string | null;
  rule: string | null;
}

export interface EventsReport {
  articles: number;
  gold: number;
  predicted: number;
  overall: Score;
  strict: Score;
  byLang: Record<string, Score>;
  strictByLang: Record<string, Score>;
  byType: Record<string, Score>;
  errorKinds: Record<string, number>;
  errors: EventError[];
}

export function describeActor(actor: GoldActor | ActorRecord | null): string {
  if (!actor) return '-';
  const name = actor.name ?? null;
  const country = actor.country ?? null;
  if (name && country) return `${name} (${country})`;
  return name ?? country ?? '?';
}

function goldError(article: ScoredArticle, event: GoldEvent, kind: ErrorKind): EventError {
  return {
    id: article.id,
    lang: article.lang,
    error: 'fn',
    kind,
    type: goldType(event),
    mode: event.mode ?? null,
    source: describeActor(event.source),
    target: describeActor(event.target),
    date: event.date ?? null,
    negated: Boolean(event.negated),
    evidence: event.evidence,
    near: null,
    rule: null,
  };
}

function predictedError(
  article: ScoredArticle,
  event: PredictedEvent,
  kind: ErrorKind,
  g: GoldEvent | undefined,
): EventError {
  return {
    id: article.id,
    lang: article.lang,
    error: 'fp',
    kind,
    type: event.type,
    mode: event.mode ?? null,
    source: describeActor(event.source),
    target: describeActor(event.target),
    date: event.date,
    negated: !isAsserted(event),
    evidence: event.evidence?.text ?? event.trigger?.text ?? '',
    near: g
      ? `${goldType(g)}${g.negated ? ' [negated]' : ''} ${describeActor(g.source)} → ${describeActor(g.target)}`
      : null,
    rule: event.rule ?? null,
  };
}

export function scoreArticles(articles: readonly ScoredArticle[]): EventsReport {
  const overall = emptyCounts();
  const strict = emptyCounts();
  const byLang = new CountTable();
  const strictByLang = new CountTable();
  const byType = new CountTable();
  const errors: EventError[] = [];
  let gold = 0;
  let predicted = 0;
  for (const article of articles) {
    gold += article.gold.length;
    predicted += article.predicted.length;
    const lenient = matchDocument(article.gold, article.predicted, article.text);
    const tight = matchDocument(article.gold, article.predicted, article.text, { strict: true });
    const add = (into: Counts, m: typeof lenient) => {
      into.tp += m.pairs.length;
      into.fp += m.falsePositives.length;
      into.fn += m.falseNegatives.length;
    };
    for (const into of [overall, byLang.row(article.lang)]) add(into, lenient);
    for (const into of [strict, strictByLang.row(article.lang)]) add(into, tight);
    const goldAt = (indexes: readonly number[]) => indexes.flatMap((g) => article.gold[g] ?? []);
    const predictedAt = (indexes: readonly number[]) => indexes.flatMap((p) => article.predicted[p] ?? []);
    const taken = lenient.pairs.map(([g]) => g);
    for (const event of goldAt(taken)) byType.row(goldType(event)).tp++;
    for (const event of predictedAt(lenient.falsePositives)) byType.row(event.type).fp++;
    for (const event of goldAt(lenient.falseNegatives)) byType.row(goldType(event)).fn++;

    // A false negative takes the kind of the first false positive that came close to it.
    const explained = new Map<number, ErrorKind>();
    for (const event of predictedAt(lenient.falsePositives)) {
      const d = diagnose(event, article.gold, lenient.falseNegatives, taken, article.text);
      if (d.gold !== null && d.kind !== 'duplicate' && !explained.has(d.gold)) explained.set(d.gold, d.kind);
      errors.push(predictedError(article, event, d.kind, d.gold === null ? undefined : article.gold[d.gold]));
    }
    for (const g of lenient.falseNegatives) {
      const event = article.gold[g];
      if (event) errors.push(goldError(article, event, explained.get(g) ?? 'missed'));
    }
  }
  const errorKinds: Record<string, number> = {};
  for (const e of errors) {
    const key = `${e.error}:${e.kind}`;
    errorKinds[key] = (errorKinds[key] ?? 0) + 1;
  }
  const sortedKinds = Object.fromEntries(Object.entries(errorKinds).sort(([a], [b]) => a.localeCompare(b)));
  return {
    articles: articles.length,
    gold,
    predicted,
    overall: score(overall),
    strict: score(strict),
    byLang: byLang.scores(),
    strictByLang: strictByLang.scores(),
    byType: byType.scores(),
    errorKinds: sortedKinds,
    errors,
  };
}
