import { recordAudit } from '../../../kit/audit/recordAudit';
import { inTransaction } from '../../../kit/data/transaction';
import { requireRole } from '../../../kit/identity/authorize';
import { isItselfOrNational } from '../../access/actors';
import { institutionToActOn } from '../../access/institutionToActOn';
import { requireStatus } from '../../access/requireStatus';
import { DisclosureEntity } from '../../entities/DisclosureEntity';
import type { MutationResolvers } from '../../generated/resolversTypes';
import { validateDisclosure } from '../../inputs/validateDisclosure';

/** The institution (or the national regulator) publishes a new version; every earlier version is kept. */
export const publishDisclosure: MutationResolvers = {
  publishDisclosure: (_parent, { uscc, input }, { dataSource, identity, now }) => {
    requireRole(identity, ['NATIONAL_REGULATOR', 'INSTITUTION'], 'publish a disclosure');
    return inTransaction(dataSource, async (manager) => {
      const institution = await institutionToActOn(manager, uscc, isItselfOrNational(identity));
      const disclosure = validateDisclosure(input);
      requireStatus(institution, ['OPERATING'], 'publish a disclosure');
      const latest = await manager.findOne(DisclosureEntity, { where: { uscc }, order: { version: 'DESC' } });
      const at = now();
      const published = await manager.save(
        manager.create(DisclosureEntity, { ...disclosure, uscc, version: (latest?.version ?? 0) + 1, publishedAt: at }),
      );
      await recordAudit(manager, identity, {
        operation: 'publishDisclosure',
        objectType: 'Disclosure',
        objectId: published.id,
        summary: `published version ${published.version} of the disclosure of ${uscc} (${published.products.length} products)`,
      }, at);
      return published;
    });
  },
};
