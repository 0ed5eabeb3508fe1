/**
 * The little SQL surface the repository needs, so one implementation of the store runs on both
 * engines. Statements use `?` placeholders and SQL common to SQLite 3.35+ and PostgreSQL 12+
 * (ON CONFLICT, row-value comparisons); the PostgreSQL adapter renumbers them to $1, $2, ...
 */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Inserts rows in as few round trips as the engine allows; `tail` is e.g. ON CONFLICT DO NOTHING. */
  insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    tail?: string,
  ): Promise<void>;
  /** Runs `fn` in one transaction on one connection; `lock` serialises writers touching the same key. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Tx extends Omit<Db, 'transaction' | 'close'> {
  /**
   * Holds locks on `keys` until the transaction ends (PostgreSQL advisory locks, taken in the
   * order given: pass them sorted; SQLite is serial). Call once per transaction.
   */
  lock(keys: readonly string[]): Promise<void>;
}

/** `?, ?, ?` for an IN list or a VALUES row of `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** `?` to `$n`, for PostgreSQL. Our statements never contain `?` inside string literals. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
