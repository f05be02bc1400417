/** The one database interface the stores use; PGlite and PostgreSQL both implement it (same SQL dialect). */
export type Row = Record<string, unknown>;
export interface Queryable {
  /**
   * `name`: a statement run often with the same text (the credit lookup). PostgreSQL parses it once
   * per connection and keeps it prepared; PGlite (and test wrappers) may ignore it.
   */
  query<T extends Row = Row>(sql: string, params?: unknown[], name?: string): Promise<T[]>;
  /** PostgreSQL only, inside tx(): `COPY … FROM STDIN` fed with text-format lines (pg-copy-streams) */
  copyFrom?(sql: string, lines: Iterable<string>): Promise<void>;
}
export interface Db extends Queryable {
  kind: 'pglite' | 'postgres';
  /** runs fn in one transaction on one connection */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
