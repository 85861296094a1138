import type DataLoader from 'dataloader';
import type { Repository } from 'typeorm';
import { createConnectionLoader } from '../../kit/loaders/createConnectionLoader';
import { toPage, type Connection } from '../../kit/pagination/connection';
import type { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { MarketEntityDishonestyRecordsArgs } from '../generated/resolversTypes';
import { applyRecordFilter } from '../store/recordFilter';

type RecordConnectionLoader = DataLoader<string, Connection<DishonestyRecordEntity>>;

/**
 * `MarketEntity.dishonestyRecords`, newest first: a connection loader's page and filter are fixed,
 * so there is one loader per distinct set of arguments, each one windowed query per batch.
 */
export function createRecordConnections(repository: Repository<DishonestyRecordEntity>) {
  const byArgs = new Map<string, RecordConnectionLoader>();
  return {
    forArgs({ kind, status, first, after }: MarketEntityDishonestyRecordsArgs): RecordConnectionLoader {
      const page = toPage({ first, after });
      const filter = { kind: [...(kind ?? [])].sort(), status: [...(status ?? [])].sort() };
      const key = JSON.stringify([page, filter]);
      let loader = byArgs.get(key);
      if (!loader) {
        loader = createConnectionLoader({
          repository,
          column: 'uscc',
          page,
          order: 'DESC',
          filter: (query) => applyRecordFilter(query, filter),
        });
        byArgs.set(key, loader);
      }
      return loader;
    },
  };
}
