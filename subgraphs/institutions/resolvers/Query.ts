import { auditLogQuery } from '../../kit/audit/auditLogQuery';
import { whereRegionCovered } from '../../kit/data/whereRegionCovered';
import { badUserInput } from '../../kit/errors';
import { regionScope, requireRole } from '../../kit/identity/authorize';
import { findPage, toPage } from '../../kit/pagination';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { InstitutionContactEntity, type ContactKind } from '../entities/InstitutionContactEntity';
import { InstitutionEntity } from '../entities/InstitutionEntity';
import type { QueryResolvers } from '../generated/resolversTypes';
import { normalizedPhone } from '../inputs/normalizedPhone';
import { normalizedWebsite } from '../inputs/normalizedWebsite';
import { marketEntities } from './queries/marketEntities';

/** `e.uscc IN (the institutions with a contact of `kind` in the searchable form `normalized`)`, on the (kind, normalized) index. */
function withContact(query: SelectQueryBuilder<InstitutionEntity>, kind: ContactKind, parameter: string): string {
  const contacts = query.subQuery().select('c.uscc').from(InstitutionContactEntity, 'c')
    .where(`c.kind = :${parameter}Kind AND c.normalized = :${parameter}`).getQuery();
  query.setParameter(`${parameter}Kind`, kind);
  return `e.uscc IN ${contacts}`;
}

/** Part of the name, the full USCC, a website or a phone number, whichever the text can be. */
function matching(query: SelectQueryBuilder<InstitutionEntity>, text: string) {
  const trimmed = text.trim();
  if (trimmed.length > 100) throw badUserInput('query', 'must be at most 100 characters');
  // `!` escapes LIKE's wildcards the same way on SQLite and MySQL (a backslash would not).
  const literal = trimmed.replace(/[!%_]/g, (c) => `!${c}`);
  const website = normalizedWebsite(trimmed);
  const phone = normalizedPhone(trimmed);
  query.andWhere(new Brackets((where) => {
    where.where("e.name LIKE :name ESCAPE '!'", { name: `%${literal}%` }).orWhere('e.uscc = :uscc', { uscc: trimmed.toUpperCase() });
    if (website) where.orWhere(withContact(query, 'WEBSITE', 'website'), { website });
    if (phone) where.orWhere(withContact(query, 'PHONE', 'phone'), { phone });
  }));
}

export const Query: QueryResolvers = {
  institutionsAuditLog: auditLogQuery,
  marketEntity: (_parent, { uscc }) => ({ uscc }),
  marketEntities,
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
