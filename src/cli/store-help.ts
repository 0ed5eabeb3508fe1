/** Help texts of the store commands (ingest, events, export, serve, worker). */

const STORE_NOTE = `The store: --db PATH names a SQLite file; without it, DATABASE_URL (postgres://...) selects
PostgreSQL; otherwise $XDG_DATA_HOME/dyad/dyad.db (~/.local/share/dyad/dyad.db).`;

export const STORE_USAGE = `  dyad ingest PATH|-... [options]  extract and store texts, HTML, RSS/Atom, Telegram exports, JSONL
  dyad events [filters]            list stored events (newest first)
  dyad export --format F           stream all stored events as jsonl, csv, plover or gdelt
  dyad serve [options]             web UI and HTTP API over the store (UI at /ui/, OpenAPI at /openapi.json)
  dyad worker                      extract and store documents queued with ingest --queue
`;

export const INGEST_HELP = `Usage: dyad ingest PATH|-... [options]

Reads each PATH (a file, a folder searched recursively, or - for standard input), extracts
events and stores the records. Kinds, by file name (or by content for stdin):
  .txt                 plain text (UTF-8, UTF-16 with BOM, windows-1251, KOI8-R)
  .html .htm           an article page: text by Readability; title, date, language from meta tags / JSON-LD
  .xml .rss .atom      RSS or Atom feed: each item a document with its date and link
  .json                Telegram Desktop channel export (result.json): each post a document
  .jsonl .ndjson       one {"text", "url", "published", "title", "lang"} per line
A document already stored (same text) is counted as a duplicate and not extracted again.
Bad inputs are reported one line each; the rest is stored.

Options:
  --db PATH                 SQLite store file (see below)
  --published YYYY-MM-DD    publication date for documents that carry none
  --lang auto|ru|uk|en      language for documents that declare none (default: auto)
  --kb FILE                 extra knowledge-base file (may be repeated)
  --queue                   only enqueue the documents (PostgreSQL: DATABASE_URL); run 'dyad worker'
  -h, --help                show this help

${STORE_NOTE}
Exit status: 0 all stored, 1 some inputs failed, 2 usage error.
`;

export const EVENTS_HELP = `Usage: dyad events [options]

Lists stored events, newest first; an event reported by several articles is listed once with
its article and outlet counts.

Options:
  --db PATH                 SQLite store file
  --actor NAME|ID           source or target: a name, lemma, knowledge-base id (Q7747) or key
  --country CODE            source or target country, ISO 3166 alpha-3 (UKR)
  --type TYPE               event type (CONSULT, SANCTION, ...)
  --since YYYY-MM-DD        from this day
  --until YYYY-MM-DD        to this day (inclusive)
  --q WORDS                 the article contains these words, in any inflected form
  --limit N                 at most N events (default: all)
  --format table|jsonl      output (default: table on a terminal, jsonl otherwise)
  -h, --help                show this help

${STORE_NOTE}
`;

export const EXPORT_HELP = `Usage: dyad export --format jsonl|csv|plover|gdelt [filters] [--db PATH]

Streams every stored event (one per reported event, with its source counts) to standard
output in constant memory:
  jsonl    dyad's stored event records, one per line
  csv      one row per event with a header
  plover   PLOVER JSON records, one per line
  gdelt    the 61 tab-separated columns of the GDELT 2.0 event table, filled where dyad knows
           the value (no header, as GDELT ships it)
Takes the filters of 'dyad events' (--actor, --country, --type, --since, --until, --q).

${STORE_NOTE}
`;

export const SERVE_HELP = `Usage: dyad serve [--db PATH] [--host 127.0.0.1] [--port 8787] [--processes N]

Serves the store over HTTP: the web UI at /ui/ (a browser opening / is sent there) and the
JSON API (OpenAPI description at /openapi.json):
  POST /documents     extract and store {"text", "url"?, "title"?, "published"?, "lang"?}
  POST /extract       extract without storing (same body)
  GET  /documents/:id one stored record
  GET  /events        filters actor, country, type, since, until, q; cursor pagination
  GET  /entities      stored actors (q, label, country)
  GET  /dyads/:a/:b   events between two actors over time, with Goldstein sums
  GET  /events/export the filtered events as one CSV or JSONL download (format=csv|jsonl)
  GET  /actors/:actor an actor: knowledge-base entry and offices, its events as source and target
  GET  /network       actor pairs with event counts and Goldstein sums (event filters, limit)
Writes (POST /documents) need 'Authorization: Bearer <token>' with the token in DYAD_TOKEN,
e.g. DYAD_TOKEN=$(openssl rand -hex 16) dyad serve; without DYAD_TOKEN writes are refused.
Listens on 127.0.0.1 unless --host says otherwise. --processes N runs N server processes on the
same port (one per core answers N requests at once; default 1).

${STORE_NOTE}
`;

export const WORKER_HELP = `Usage: dyad worker [--threads N] [--concurrency N] [--batch N] [--once]

Takes documents queued by 'dyad ingest --queue' from PostgreSQL (DATABASE_URL), extracts and
stores them. Run any number, on any machine that reaches the database. A worker stopped or
killed mid-batch loses nothing: its documents are retried, and storing is idempotent.

Options:
  --threads N               extraction threads, each using up to one core (default: 1); the
                            main thread only talks to the database, so it never waits behind
                            an article being analysed
  --concurrency N           batches in flight in this process (default: threads + 1)
  --batch N                 documents taken, extracted and committed together (default: 8);
                            a batch whose commit fails is retried as a whole
  --once                    stop when the queue is empty
  -h, --help                show this help
`;
