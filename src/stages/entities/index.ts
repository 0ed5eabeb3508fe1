/**
 * Entities: named mentions grouped per real-world entity within the document. Where the
 * statistical tagger (the `ner` layer, Russian) found a name it decides the span and label;
 * rules fill in the rest: PER from names and roles, LOC and ORG from the knowledge-base
 * gazetteer, which also links a mention to its entry whenever the spans coincide.
 */
import type { AnalyzedDoc, Case, GazetteerMatch, NerSpan, Token } from '../../core/layers.js';
import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { textSpan } from '../../core/span.js';
import { type GazetteerIndex, indexGazetteer } from './gazetteer-index.js';
import { groupMentions, type PendingMention } from './group.js';
import { casesOf, findPersons } from './person-mentions.js';
import { roleEndingAt } from './roles.js';

/** Adjectives and demonyms point at a country but do not name it. */
const NAMING_KINDS = new Set(['country', 'capital', 'seat', 'region', 'city', 'organisation']);

function fromGazetteer(doc: AnalyzedDoc, match: GazetteerMatch): PendingMention {
  return {
    mention: {
      ...textSpan(doc.text, match.start, match.end),
      label: match.label,
      tokenStart: match.tokenStart,
      tokenEnd: match.tokenEnd,
      cases: match.cases,
      entry: match.entry,
    },
  };
}

function fromTagger(doc: AnalyzedDoc, span: NerSpan, gazetteer: GazetteerIndex): PendingMention {
  const starting = gazetteer.byStart.get(span.tokenStart);
  const same = starting?.tokenEnd === span.tokenEnd ? starting : undefined;
  if (same && NAMING_KINDS.has(same.kind)) return fromGazetteer(doc, same);
  const cases = casesOf(doc, span.tokenStart, span.tokenEnd);
  const mention = {
    ...textSpan(doc.text, span.start, span.end),
    label: span.label,
    tokenStart: span.tokenStart,
    tokenEnd: span.tokenEnd,
    cases,
    entry: null,
  };
  if (span.label !== 'PER') return { mention };
  const role = roleEndingAt(doc, span.tokenStart, gazetteer);
  const roleCases =
    role && role.cases.length > 0 && (cases.length === 0 || cases.length >= 6) ? role.cases : cases;
  return {
    mention: { ...mention, cases: roleCases },
    person: { tokenStart: span.tokenStart, tokenEnd: span.tokenEnd, role, cases: roleCases },
  };
}

/** The cases of the first noun of a name: the head of «Совета управляющих МАГАТЭ». */
function headCases(doc: AnalyzedDoc, start: number, end: number): Case[] {
  for (let i = start; i < end; i++) {
    const nouns = (doc.layers.morphology?.[i] ?? []).filter((r) => r.pos === 'NOUN' && r.case);
    if (nouns.length > 0) return [...new Set(nouns.map((r) => r.case as Case))];
  }
  return casesOf(doc, start, end);
}

/** Lower-case particles inside names: "Урсула фон дер Ляйен", "Мухаммед бин Заид". */
const PARTICLES = new Set([
  'фон',
  'дер',
  'де',
  'ван',
  'дель',
  'аль',
  'эль',
  'бин',
  'бен',
  'ибн',
  'ди',
  'да',
  'ле',
  'ла',
  'von',
  'der',
  'van',
  'de',
  'del',
  'al',
  'bin',
  'ibn',
  'di',
  'da',
  'le',
  'la',
]);

/** The tagger splits a name at its particles; the parts are one name. */
function joinParticles(doc: AnalyzedDoc, spans: readonly NerSpan[]): NerSpan[] {
  const tokens = doc.layers.tokens ?? [];
  const joined: NerSpan[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && span.tokenEnd <= last.tokenEnd) continue;
    if (last && last.label === 'PER' && span.label === 'PER' && span.tokenStart > last.tokenEnd) {
      let k = last.tokenEnd;
      while (k < span.tokenStart && PARTICLES.has(tokens[k]?.text ?? '')) k++;
      if (k === span.tokenStart) {
        joined[joined.length - 1] = {
          ...last,
          end: span.end,
          tokenEnd: span.tokenEnd,
          score: Math.min(last.score, span.score),
        };
        continue;
      }
    }
    joined.push(extendOverParticles(tokens, span));
  }
  return joined;
}

/** "Урсулой фон дер Ляйен" where the tagger saw only "Урсулой". */
function extendOverParticles(tokens: readonly Token[], span: NerSpan): NerSpan {
  if (span.label !== 'PER') return span;
  let k = span.tokenEnd;
  while (PARTICLES.has(tokens[k]?.text ?? '')) k++;
  const next = tokens[k];
  if (k === span.tokenEnd || !next || next.kind !== 'word' || next.text[0] === next.text[0]?.toLowerCase())
    return span;
  return { ...span, end: next.end, tokenEnd: k + 1 };
}

/** A multi-word organisation name of the knowledge base that strictly contains the span. */
function enclosingName(matches: readonly GazetteerMatch[], span: NerSpan): GazetteerMatch | undefined {
  return matches.find(
    (m) =>
      m.kind === 'organisation' &&
      m.tokenStart <= span.tokenStart &&
      span.tokenEnd <= m.tokenEnd &&
      m.tokenEnd - m.tokenStart > span.tokenEnd - span.tokenStart,
  );
}

/**
 * Where the tagger cut a person the name rules found whole («Урсулой» taken for a place before
 * «фон дер Ляйен»), or ran a person over a known place («Из Анкары Зеленский»), the rules' span
 * replaces the tagger's spans there.
 */
function preferRulePersons(
  tokens: readonly Token[],
  tagged: readonly NerSpan[],
  ruled: readonly PendingMention[],
  gazetteer: GazetteerIndex,
): NerSpan[] {
  let out = [...tagged];
  for (const rule of ruled) {
    if (!rule.person) continue;
    const { tokenStart, tokenEnd, start, end } = rule.mention;
    const touching = out.filter((s) => s.tokenStart < tokenEnd && tokenStart < s.tokenEnd);
    if (touching.length === 0) continue;
    if (touching.length === 1 && touching[0]?.tokenStart === tokenStart && touching[0]?.tokenEnd === tokenEnd)
      continue;
    const fits = touching.every((s) => {
      // Another label inside counts only before a particle («Урсулой фон дер Ляйен»); a place
      // before a name is a place («губернатора Приморья Сергея Дарькина»).
      if (s.tokenStart >= tokenStart && s.tokenEnd <= tokenEnd)
        return s.label === 'PER' || PARTICLES.has(tokens[s.tokenEnd]?.text ?? '');
      if (s.label !== 'PER' || s.tokenStart > tokenStart || s.tokenEnd < tokenEnd) return false;
      for (let i = s.tokenStart; i < s.tokenEnd; i++)
        if ((i < tokenStart || i >= tokenEnd) && !gazetteer.covered[i]) return false;
      return true;
    });
    if (!fits) continue;
    out = out.filter((s) => !touching.includes(s));
    out.push({ start, end, tokenStart, tokenEnd, label: 'PER', score: 1 });
    for (const s of touching) {
      // The known place the tagger ran into the person stays a name of its own.
      if (s.label === 'PER' && s.tokenStart < tokenStart) {
        const place = gazetteer.byStart.get(s.tokenStart);
        if (place && place.tokenEnd <= tokenStart)
          out.push({ ...s, end: place.end, tokenEnd: place.tokenEnd, label: place.label });
      }
    }
    out.sort((a, b) => a.tokenStart - b.tokenStart);
  }
  return out;
}

export const entitiesStage: Stage<'mentions' | 'entities'> = {
  name: 'entities',
  requires: ['sentences', 'tokens', 'morphology', 'gazetteer', 'ner'],
  provides: ['mentions', 'entities'],
  run(doc, { kb }) {
    const tokens = layer(doc, 'tokens');
    const matches = layer(doc, 'gazetteer');
    const tagged = layer(doc, 'ner');
    const gazetteer = indexGazetteer(matches, tokens.length);
    const ruled: PendingMention[] = matches
      .filter((m) => NAMING_KINDS.has(m.kind))
      .map((m) => fromGazetteer(doc, m));
    for (const person of findPersons(doc, gazetteer)) {
      const first = tokens[person.tokenStart];
      const last = tokens[person.tokenEnd - 1];
      if (!first || !last) continue;
      ruled.push({
        mention: {
          ...textSpan(doc.text, first.start, last.end),
          label: 'PER',
          tokenStart: person.tokenStart,
          tokenEnd: person.tokenEnd,
          cases: person.cases,
          entry: null,
        },
        person,
      });
    }
    // The tagger takes a known surname for a place now and then ("с Зеленским"); where the rules
    // found exactly that span as a person and no gazetteer name stands there, it is a person.
    const rulePeople = new Set(
      ruled.filter((r) => r.person).map((r) => `${r.mention.tokenStart}:${r.mention.tokenEnd}`),
    );
    const relabelled = joinParticles(
      doc,
      preferRulePersons(tokens, tagged, ruled, gazetteer).map((span) =>
        span.label !== 'PER' &&
        !gazetteer.byStart.has(span.tokenStart) &&
        rulePeople.has(`${span.tokenStart}:${span.tokenEnd}`)
          ? { ...span, label: 'PER' as const }
          : span,
      ),
    );
    const pending: PendingMention[] = [];
    const taggedTokens = new Uint8Array(tokens.length);
    for (const span of relabelled) {
      // "Вооруженные силы Украины", «Парламент Японии»: the knowledge base knows a longer name
      // around the tagger's "Украины"; the longer name is the mention.
      const around = enclosingName(matches, span);
      if (around) {
        if (!taggedTokens[around.tokenStart]) pending.push(fromGazetteer(doc, around));
        taggedTokens.fill(1, around.tokenStart, around.tokenEnd);
        continue;
      }
      pending.push(fromTagger(doc, span, gazetteer));
    }
    for (const span of tagged) taggedTokens.fill(1, span.tokenStart, span.tokenEnd);
    for (const rule of ruled) {
      if (!taggedTokens.subarray(rule.mention.tokenStart, rule.mention.tokenEnd).includes(1))
        pending.push(rule);
    }
    // «Совет управляющих МАГАТЭ»: the tagger names the whole body; a known organisation named at
    // its end (in the genitive) is whose body it is, so the mention stands for that organisation.
    // A place inside a body's name («Национальный центр кибербезопасности Польши») stays a
    // mention of its own as well.
    const inner: PendingMention[] = [];
    for (const item of pending) {
      const m = item.mention;
      if (m.label !== 'ORG' || m.entry !== null) continue;
      for (const g of matches) {
        if (!NAMING_KINDS.has(g.kind) || g.tokenStart <= m.tokenStart || g.tokenEnd > m.tokenEnd) continue;
        // The body's case is its head's («Советом управляющих МАГАТЭ»: instrumental).
        if (g.kind === 'organisation' && g.tokenEnd === m.tokenEnd)
          item.mention = { ...m, entry: g.entry, cases: headCases(doc, m.tokenStart, g.tokenStart) };
        else inner.push(fromGazetteer(doc, g));
      }
    }
    pending.push(...inner);
    return groupMentions(doc, pending, kb);
  },
};
