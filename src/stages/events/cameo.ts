/** CAMEO codes and Goldstein scores, read once from data/events/cameo.tsv. */
import { readFileSync } from 'node:fs';

const table = new Map<string, { goldstein: number; name: string }>();
const file = new URL('../../../data/events/cameo.tsv', import.meta.url);
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const [code, goldstein, name] = line.split('\t');
  if (code && goldstein) table.set(code, { goldstein: Number(goldstein), name: name ?? '' });
}

export function goldstein(code: string): number {
  const entry = table.get(code) ?? table.get(code.slice(0, 3)) ?? table.get(code.slice(0, 2));
  if (!entry) throw new Error(`unknown CAMEO code ${code}: add it to data/events/cameo.tsv`);
  return entry.goldstein;
}

export function cameoName(code: string): string | undefined {
  return table.get(code)?.name;
}
