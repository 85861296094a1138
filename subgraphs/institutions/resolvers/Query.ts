import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { badUserInput } from '../../kit/errors';
import { regionScope, requireRole } from '../../kit/identity/authorize';
import { findPage, toPage } from '../../kit/pagination';
import type { SelectQueryBuilder } from 'typeorm';
import { InstitutionEntity } from '../entities/InstitutionEntity';
import type { QueryResolvers } from '../generated/resolversTypes';

function matching(query: SelectQueryBuilder<InstitutionEntity>, text: string) {
  const trimmed = text.trim();
  if (trimmed.length > 100) throw badUserInput('query', 'must be at most 100 characters');
  // `!` escapes LIKE's wildcards the same way on SQLite and MySQL (a backslash would not).
  const literal = trimmed.replace(/[!%_]/g, (c) => `!${c}`);
  query.andWhere("(e.name LIKE :name ESCAPE '!' OR e.uscc = :uscc)", { name: `%${literal}%`, uscc: trimmed.toUpperCase() });
}

export const Query: QueryResolvers = {
  institutionsAuditLog: auditLogQuery,
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  institution: (_parent, { uscc }, { loaders }) => loaders.institutionByUscc.load(uscc),
  /** The registry for regulators: a lead unit sees only the institutions in its region. */
  institutions: (_parent, { filter, first, after }, { dataSource, identity }) => {
    requireRole(identity, ['NATIONAL_REGULATOR', 'LEAD_UNIT'], 'list the registry');
    const scope = regionScope(identity);
    return findPage(dataSource.getRepository(InstitutionEntity), toPage({ first, after }), 'ASC', (query) => {
      if (scope !== null) whereRegionCovered(query, 'region', scope, 'scope');
      if (filter?.region) whereRegionCovered(query, 'region', filter.region);
      if (filter?.businessStatus?.length) query.andWhere('e.businessStatus IN (:...statuses)', { statuses: filter.businessStatus });
      if (filter?.query) matching(query, filter.query);
    });
  },
  directory: (_parent, { query: text, region, first, after }, { dataSource }) =>
    findPage(dataSource.getRepository(InstitutionEntity), toPage({ first, after }), 'ASC', (query) => {
      query.andWhere('e.businessStatus = :operating', { operating: 'OPERATING' });
      if (region) whereRegionCovered(query, 'region', region);
      if (text) matching(query, text);
    }),
};
