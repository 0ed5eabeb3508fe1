/** `dyad eval roles --factru DIR`: extracted roles against factRuEval's Occupation facts. */
import { parseArgs } from 'node:util';
import { createExtractor } from '../extract/index.js';
import { usageError, withUsageErrors } from './args.js';

export const EVAL_ROLES_HELP = `Usage: dyad eval roles --factru DIR [options]

Scores the roles dyad extracts for people (entities[].roles with a span) against the Occupation
facts (Who / Position / Where) of a factRuEval-2016 folder (.txt, .facts, .coref, .spans).
A role matches a fact when the person's surname is one of the words of the entity's lemma and
the role's span overlaps the fact's Position span (or their first words share a stem); for the
triple, the fact's Where must also resolve to the role's country (or neither names a country).
Matching is one-to-one per document. Prints precision, recall and F1 and the error kinds.

Options:
  --factru DIR         factRuEval folder
  --format table|json  table for people (default), json for programs
  --errors             list every miss and every extra role
  -h, --help           show this help
`;

const OPTIONS = {
  factru: { type: 'string' },
  format: { type: 'string' },
  errors: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function evalRolesCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('eval', () => parseArgs({ args, options: OPTIONS, strict: true }));
  if (values.help) {
    process.stdout.write(EVAL_ROLES_HELP);
    return 0;
  }
  if (!values.factru) throw usageError('eval roles needs --factru DIR', 'eval');
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw usageError(`--format must be table or json (got '${format}')`, 'eval');
  }
  const { evaluateRoles, formatRolesTable, readRolesDir, rolesJson } = await import('../eval/roles/index.js');
  const docs = readRolesDir(values.factru);
  const extractor = await createExtractor();
  const report = await evaluateRoles(docs, extractor, extractor.pipeline.context.kb);
  const errors = values.errors ?? false;
  process.stdout.write(format === 'json' ? rolesJson(report, errors) : formatRolesTable(report, errors));
  return 0;
}
