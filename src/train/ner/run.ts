/**
 * Trains the Russian NER model on a factRuEval-2016 folder:
 *   node dist/train/ner/run.js DIR [--folds K] [--epochs N] [--bits B] [--org-bias X] [--out FILE]
 * Cross-validates first (k folds, default 5), then trains on all documents and writes the
 * weights and a JSON record of how they were made next to them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFactru } from '../../eval/ner/factru.js';
import { formatScore, NER_LABELS, prf, type Score } from '../../eval/ner/score.js';
import { FEATURE_VERSION } from '../../stages/ner/features.js';
import { encodeModels, NER_MODEL_URL } from '../../stages/ner/index.js';
import { analyseCorpus } from './corpus.js';
import { crossValidate } from './cv.js';
import { DEFAULT_TRAIN, type TrainOptions } from './perceptron.js';
import { INNER_FOLDS, trainStacked } from './stacked.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function summary(score: Score): Record<string, { precision: number; recall: number; f1: number }> {
  const out: Record<string, { precision: number; recall: number; f1: number }> = {};
  for (const label of NER_LABELS) {
    const { precision, recall, f1 } = prf(score[label]);
    out[label] = { precision: +precision.toFixed(4), recall: +recall.toFixed(4), f1: +f1.toFixed(4) };
  }
  return out;
}

export async function trainNer(args: string[]): Promise<void> {
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir)
    throw new Error('usage: train-ner DIR [--folds K] [--epochs N] [--bits B] [--org-bias X] [--out FILE]');
  const folds = Number(option(args, '--folds') ?? 5);
  const options: TrainOptions = {
    ...DEFAULT_TRAIN,
    epochs: Number(option(args, '--epochs') ?? DEFAULT_TRAIN.epochs),
    bits: Number(option(args, '--bits') ?? DEFAULT_TRAIN.bits),
    orgBias: Number(option(args, '--org-bias') ?? DEFAULT_TRAIN.orgBias),
  };
  const stack = option(args, '--stack') !== '0';
  const out = option(args, '--out') ?? fileURLToPath(NER_MODEL_URL);
  const docs = readFactru(dir);
  const { pipeline, analysed } = await analyseCorpus(docs);
  process.stderr.write(`${docs.length} documents analysed\n`);
  let cv: ReturnType<typeof crossValidate> | null = null;
  if (folds > 1) {
    cv = crossValidate(
      pipeline,
      analysed,
      folds,
      options,
      (f) => process.stderr.write(`fold ${f + 1}/${folds}\n`),
      stack,
    );
    process.stdout.write(formatScore(cv.rules, 'rules'));
    process.stdout.write(formatScore(cv.tagger, 'tagger'));
    process.stdout.write(formatScore(cv.mentions, 'mentions'));
  }
  const models = trainStacked(analysed, options, stack);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, encodeModels(models));
  const meta = {
    model: path.basename(out),
    trained: new Date().toISOString().slice(0, 10),
    data: `factRuEval-2016 development set (${docs.length} texts, ${analysed.reduce((s, d) => s + d.gold.length, 0)} dyad tokens)`,
    method: `structured averaged perceptron, BIO tags, first-order Viterbi${stack ? `, stacked second pass (inner ${INNER_FOLDS}-fold)` : ''}`,
    features: FEATURE_VERSION,
    options: {
      epochs: options.epochs,
      bits: options.bits,
      seed: options.seed,
      orgBias: options.orgBias,
      stack,
    },
    crossValidation: cv
      ? { folds, tagger: summary(cv.tagger), mentions: summary(cv.mentions), rules: summary(cv.rules) }
      : null,
  };
  writeFileSync(out.replace(/\.bin$/, '.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stderr.write(`wrote ${out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  trainNer(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
