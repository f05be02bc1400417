/**
 * Fault injection for the chaos test: wraps the server's real database so chosen queries fail the
 * way a dropped PostgreSQL connection does (SQLSTATE 08006). A mock of the failure only — every
 * query that is let through runs on the real database. (On PostgreSQL the chaos test also cuts the
 * real connections with pg_terminate_backend.)
 */
import type { Db, Queryable } from '../src/db/types';

export class ChaosSwitch {
  /** fail queries whose SQL matches, `count` times */
  private armed: { match: RegExp; count: number } | null = null;
  /** fail this fraction of all queries (seeded) */
  rate = 0;
  failures = 0;
  private seed = 20261201;

  failNext(match: RegExp, count = 1) {
    this.armed = { match, count };
  }
  off() {
    this.armed = null;
    this.rate = 0;
  }
  private random() {
    this.seed = (this.seed * 1664525 + 1013904223) >>> 0;
    return this.seed / 2 ** 32;
  }
  check(sql: string) {
    let fail = false;
    if (this.armed && this.armed.match.test(sql)) {
      fail = true;
      if (--this.armed.count <= 0) this.armed = null;
    } else if (this.rate && this.random() < this.rate) fail = true;
    if (fail) {
      this.failures++;
      throw Object.assign(new Error('chaos: connection to the database was lost'), { code: '08006' });
    }
  }
}

export function chaosDb(db: Db, sw: ChaosSwitch): Db {
  const wrap = (q: Queryable): Queryable => ({
    query: async (sql, params) => {
      sw.check(sql);
      return q.query(sql, params);
    },
  });
  return { kind: db.kind, query: wrap(db).query, tx: (fn) => db.tx((q) => fn(wrap(q))), close: () => db.close() };
}
