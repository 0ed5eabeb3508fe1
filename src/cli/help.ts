/** Help texts and the version; kept apart so every command prints the same wording. */
import { readFileSync } from 'node:fs';
import { EVENTS_HELP, EXPORT_HELP, INGEST_HELP, SERVE_HELP, STORE_USAGE, WORKER_HELP } from './store-help.js';

export function version(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

export const MAIN_HELP = `dyad: who did what to whom, and when, in news about international relations
(Russian, Ukrainian, English), every fact pointing at the characters that state it.

Usage:
  dyad extract PATH... [options]   extract event records from files, folders or - (stdin)
  dyad demo [--serve]              run on the shipped sample articles and print the events
  dyad eval events|meetings ...    score the extractor against gold annotations
  dyad actors QUERY [options]      what the knowledge base knows about a name (any language, any case)
${STORE_USAGE}  dyad help [COMMAND]              show help for a command
  dyad --version                   print the version

Run 'dyad help extract' for the options of extract.
`;

export const EXTRACT_HELP = `Usage: dyad extract PATH... [options]

Reads each PATH: a file, a folder (searched recursively for .txt files, in sorted order;
hidden files are skipped) or - for standard input. Text must be UTF-8; windows-1251 is
accepted with a warning. Files that cannot be used (empty, binary, over 10 MB, unreadable,
not in ru/uk/en) are skipped with one line on stderr each, and the rest are processed.

Options:
  --lang auto|ru|uk|en      language of the texts (default: auto, detected per text)
  --published YYYY-MM-DD    publication date, the reference for "on Monday", "yesterday"
  --format json|jsonl|table output format (default: json when the arguments name one file
                            or -, jsonl otherwise)
                              json   one pretty record, or an array of them for several inputs
                              jsonl  one record per line, in input order
                              table  a summary for people: events, then entity/quote/date counts
  --kb FILE                 extra knowledge-base file (may be repeated)
  -h, --help                show this help

Exit status: 0 all inputs processed, 1 some inputs skipped, 2 usage error.
The record format: README.md (What it prints); its JSON Schema: schema/document.schema.json.

Examples:
  dyad extract article.txt --published 2025-10-24
  dyad extract news/ --format jsonl > records.jsonl
  cat article.txt | dyad extract - --format table
`;

export const DEMO_HELP = `Usage: dyad demo [--serve [--host 127.0.0.1] [--port 8787]]

Runs the extractor over the sample articles shipped in samples/ (invented news reports in
Russian, Ukrainian and English) and prints the events found in each. The records are also
stored in a fresh SQLite file in a temporary folder, named on stderr; with --serve, the web UI
and the HTTP API are served over it (the URLs are printed; open the first in a browser) until
Ctrl-C.
Exit status: 0 when events were found, 1 otherwise.
`;

export const EVAL_HELP = `Usage: dyad eval events --gold GOLD.jsonl --texts DIR [options]
       dyad eval meetings --factru DIR [options]

events    scores extracted events against gold events (one article a line in GOLD.jsonl,
          texts in DIR/<id>.txt). index.jsonl next to GOLD.jsonl, or --index FILE, gives each
          article's lang and published date. A predicted event matches a gold one of the same
          type whose source and target match by country or by surname (transliteration-
          insensitive); CONSULT, COOPERATE and AGREE may swap them. Matching is one-to-one.
          Prints precision, recall and F1 overall, per language and per type, and a strict
          score that also requires the date.
meetings  scores CONSULT events against the Meeting facts of a factRuEval-2016 folder
          (.txt, .facts, .coref): source and target must be two of the participants.

Options:
  --gold FILE          gold events, one article per line (events)
  --texts DIR          folder of <id>.txt article texts (events)
  --index FILE         per-article lang and published date (default: index.jsonl beside --gold)
  --factru DIR         factRuEval folder (meetings)
  --format table|json  table for people (default), json for programs
  --errors             list every false positive and false negative with its evidence
  -h, --help           show this help

Examples:
  dyad eval events --gold test/gold/ru/gold.jsonl --texts test/gold/ru
  dyad eval meetings --factru factRuEval-2016/devset --format json
`;

export const ACTORS_HELP = `Usage: dyad actors QUERY [options]

Shows what the knowledge base knows about a name written in Russian, Ukrainian or English, in
any case form: "Японии", "Зеленского", "Kremlin", "японского", "Сибіги". For each entry found:
id, kind, country, Wikidata id, names in the three languages, and for people their offices
with terms (the tables hold up to November 2025; see data/kb/README.md).

Options:
  --date YYYY-MM-DD    mark the offices held on that date (default: the current ones)
  --format table|json  table for people (default), json for programs
  --kb FILE            extra knowledge-base file (may be repeated)
  -h, --help           show this help

Exit status: 0 when something was found, 1 when nothing was, 2 usage error.

Examples:
  dyad actors Зеленского
  dyad actors "премьер-министра Японии" --date 2025-10-01
  dyad actors Kremlin --format json
`;

export const COMMAND_HELP: Record<string, string> = {
  ingest: INGEST_HELP,
  events: EVENTS_HELP,
  export: EXPORT_HELP,
  serve: SERVE_HELP,
  worker: WORKER_HELP,
  actors: ACTORS_HELP,
  extract: EXTRACT_HELP,
  demo: DEMO_HELP,
  eval: EVAL_HELP,
  help: MAIN_HELP,
};
