/**
 * `dyad eval ner --factru DIR [--folds K] [--errors] [--system S]`: token-level PER / LOC / ORG
 * scores on a factRuEval-2016 folder. Without --folds it scores one system's output on every
 * text: `mentions` (the record's mentions, default), `ner` (the committed tagger; it was trained
 * on the dev set, so dev scores of it are not held-out) or `combined`. With --folds K it trains
 * the tagger k times on the other folds and scores the held-out texts.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DyadError } from '../core/errors.js';
import {
  countErrorKinds,
  formatError,
  formatErrorKinds,
  listErrors,
  type NerError,
} from '../eval/ner/errors.js';
import { type FactruDoc, type LabelledSpan, readFactru } from '../eval/ner/factru.js';
import { addScores, emptyScore, formatScore, scoreDoc } from '../eval/ner/score.js';
import { createExtractor } from '../extract/index.js';
import { combineNames } from '../stages/ner/combine.js';
import { defaultNerModel, tagNames } from '../stages/ner/index.js';
import { usageError, withUsageErrors } from './args.js';

export const EVAL_NER_HELP = `Usage: dyad eval ner --factru DIR [options]

Token-level precision, recall and F1 for PER, LOC and ORG on factRuEval-2016 texts (PER: whole
Person objects; ORG: org_name spans of Org; LOC: loc_name spans of Location and LocOrg).

Options:
  --factru DIR      folder of book_N.txt / .tokens / .spans / .objects files
  --system S        mentions (default), ner or combined, when not cross-validating
  --folds K         cross-validate the tagger: train on k-1 folds, score the held-out one
                    (rules alone, the tagger, and the mentions built from its names)
  --errors          list false positives and negatives with their context, and count the
                    span errors by kind (boundary, type, missed, spurious)
`;

const SYSTEMS = ['mentions', 'ner', 'combined'] as const;
type System = (typeof SYSTEMS)[number];

export async function evalNerCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('eval ner', () =>
    parseArgs({
      args,
      options: {
        factru: { type: 'string' },
        folds: { type: 'string' },
        system: { type: 'string', default: 'mentions' },
        errors: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (values.help) {
    process.stdout.write(EVAL_NER_HELP);
    return 0;
  }
  const dir = values.factru;
  if (!dir) throw usageError('eval ner needs --factru DIR', 'eval');
  if (!existsSync(dir))
    throw new DyadError('E_INPUT_NOT_FOUND', `no such folder: ${dir}`, 'pass the factRuEval folder');
  const system = values.system as System;
  if (!SYSTEMS.includes(system)) throw usageError(`--system must be one of ${SYSTEMS.join(', ')}`, 'eval');
  const docs = readFactru(dir);
  if (values.folds !== undefined) return crossValidated(docs, Number(values.folds), values.errors);
  const predictions = await predictAll(docs, system);
  report(docs, predictions, system, values.errors);
  return 0;
}

async function predictAll(docs: readonly FactruDoc[], system: System): Promise<LabelledSpan[][]> {
  const extractor = await createExtractor();
  const model = system === 'mentions' ? null : defaultNerModel();
  return docs.map((doc) => {
    const analysed = extractor.pipeline.run({ text: doc.text, lang: 'ru', published: null });
    const mentions = analysed.layers.mentions ?? [];
    if (!model) return mentions;
    const ner = tagNames(
      {
        lang: 'ru',
        tokens: analysed.layers.tokens ?? [],
        morphology: analysed.layers.morphology ?? [],
        gazetteer: analysed.layers.gazetteer ?? [],
      },
      model,
    );
    return system === 'ner' ? ner : combineNames(ner, mentions);
  });
}

function report(
  docs: readonly FactruDoc[],
  predictions: LabelledSpan[][],
  title: string,
  errors: boolean,
): void {
  const score = emptyScore();
  const found: NerError[] = [];
  const kinds = countErrorKinds([], []);
  docs.forEach((doc, i) => {
    const predicted = predictions[i] ?? [];
    addScores(score, scoreDoc(doc.tokens, doc.gold, predicted));
    if (errors) {
      found.push(...listErrors(doc, doc.gold, predicted));
      countErrorKinds(doc.gold, predicted, kinds);
    }
  });
  if (errors) {
    for (const e of found) process.stdout.write(`${formatError(e)}\n`);
    process.stdout.write(formatErrorKinds(kinds));
  }
  process.stdout.write(`${docs.length} texts, ${docs.reduce((s, d) => s + d.tokens.length, 0)} tokens\n`);
  process.stdout.write(formatScore(score, title));
}

async function crossValidated(docs: readonly FactruDoc[], folds: number, errors: boolean): Promise<number> {
  if (!Number.isInteger(folds) || folds < 2)
    throw usageError('--folds needs a whole number of at least 2', 'eval');
  // Training code loads only here: plain scoring does not need it.
  const { analyseCorpus } = await import('../train/ner/corpus.js');
  const { crossValidate } = await import('../train/ner/cv.js');
  const { pipeline, analysed } = await analyseCorpus(docs);
  const result = crossValidate(pipeline, analysed, folds);
  const order = result.predictions.map((p) => p.doc.source);
  if (errors)
    report(
      order,
      result.predictions.map((p) => p.mentions),
      'mentions',
      true,
    );
  process.stdout.write(`${folds}-fold cross-validation over ${docs.length} texts\n`);
  process.stdout.write(formatScore(result.rules, 'rules'));
  process.stdout.write(formatScore(result.tagger, 'ner'));
  process.stdout.write(formatScore(result.mentions, 'mentions'));
  return 0;
}
