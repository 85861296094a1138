import type { Logger } from 'typeorm';

/** A TypeORM logger that counts the SQL statements a data source runs (transactions excluded). */
export interface StatementCounter extends Logger {
  readonly count: number;
  readonly statements: string[];
  reset(): void;
}

const BOOKKEEPING = /^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE|PRAGMA|SELECT VERSION\(\))/i;

export function createStatementCounter(): StatementCounter {
  const statements: string[] = [];
  return {
    get count() {
      return statements.length;
    },
    statements,
    reset: () => {
      statements.length = 0;
    },
    logQuery: (query: string) => {
      if (!BOOKKEEPING.test(query.trim())) statements.push(query);
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}
