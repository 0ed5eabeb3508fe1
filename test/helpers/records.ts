/** Shared by the end-to-end tests: the schema validator and the shipped samples. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Sample {
  file: string;
  lang: 'ru' | 'uk' | 'en';
  published: string;
  title: string;
}

export function loadSamples(): Sample[] {
  const index = JSON.parse(readFileSync(`${ROOT}samples/index.json`, 'utf8')) as { samples: Sample[] };
  return index.samples;
}

export function readSample(sample: Sample): string {
  return readFileSync(`${ROOT}samples/${sample.file}`, 'utf8');
}

export function createValidator() {
  const schema = JSON.parse(readFileSync(`${ROOT}schema/document.schema.json`, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(schema);
  return (record: unknown): string[] =>
    validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
