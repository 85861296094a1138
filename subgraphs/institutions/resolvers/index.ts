import type { Resolvers } from '../generated/resolversTypes';
import { BusinessStatusChange } from './BusinessStatusChange';
import { CreditCommitment } from './CreditCommitment';
import { Disclosure } from './Disclosure';
import { Institution } from './Institution';
import { MarketEntity } from './MarketEntity';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const institutionsResolvers: Resolvers = { Query, Mutation, MarketEntity, Institution, Disclosure, CreditCommitment, BusinessStatusChange };
