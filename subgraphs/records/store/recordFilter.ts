import type { SelectQueryBuilder } from 'typeorm';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import type { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { RecordKind, RecordStatus } from '../generated/resolversTypes';
import { whereStatusIn } from './recordStatus';

export interface RecordFilter {
  region?: string | null;
  kind?: readonly RecordKind[] | null;
  status?: readonly RecordStatus[] | null;
  uscc?: string | null;
}

/** Narrows a query on records (alias `e`); an empty list filters nothing. Statuses are read as of `today` (recordStatusOn). */
export function applyRecordFilter(query: SelectQueryBuilder<DishonestyRecordEntity>, filter: RecordFilter, today: string): void {
  if (filter.region) whereRegionCovered(query, 'region', filter.region, 'recordRegion');
  if (filter.kind?.length) query.andWhere('e.kind IN (:...recordKinds)', { recordKinds: [...filter.kind] });
  if (filter.status?.length) whereStatusIn(query, filter.status, today);
  if (filter.uscc) query.andWhere('e.uscc = :recordUscc', { recordUscc: filter.uscc });
}
