import { shownAccount } from '../access/shownAccount';
import { shownLegalRepresentative } from '../access/shownLegalRepresentative';
import { visibleCommitment } from '../access/visibleCommitment';
import type { InstitutionResolvers } from '../generated/resolversTypes';

/** Public registry facts, for every caller; personal data and accounts only to those docs/authorization.md names. */
export const Institution: InstitutionResolvers = {
  __resolveReference: ({ uscc }, { loaders }) => loaders.institutionByUscc.load(uscc),
  legalRepresentative: (institution, _args, context) =>
    shownLegalRepresentative(context, institution, `Institution:${institution.uscc}`, institution.legalRepresentative),
  websites: async ({ uscc }, _args, { loaders }) =>
    (await loaders.contactsByUscc.load(uscc)).filter((contact) => contact.kind === 'WEBSITE').map((contact) => contact.value),
  phones: async ({ uscc }, _args, { loaders }) =>
    (await loaders.contactsByUscc.load(uscc)).filter((contact) => contact.kind === 'PHONE').map((contact) => contact.value),
  businessStatusHistory: ({ uscc }, _args, { loaders }) => loaders.statusChangesByUscc.load(uscc),
  registeredBy: (institution, _args, { identity }) => shownAccount(identity, institution, institution.registeredBy),
  disclosure: async ({ uscc }, _args, { loaders }) => (await loaders.disclosuresByUscc.load(uscc))[0] ?? null,
  disclosureHistory: ({ uscc }, _args, { loaders }) => loaders.disclosuresByUscc.load(uscc),
  commitment: async (institution, _args, { identity, loaders }) =>
    visibleCommitment(identity, institution, await loaders.commitmentsByUscc.load(institution.uscc)),
  entity: ({ uscc }) => ({ uscc }),
};
