import type { Resolvers } from '../generated/resolversTypes';
import { ConfirmationRequest } from './ConfirmationRequest';
import { DishonestyRecord } from './DishonestyRecord';
import { MarketEntity } from './MarketEntity';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RepairCase } from './RepairCase';

export const repairResolvers: Resolvers = { Query, Mutation, MarketEntity, DishonestyRecord, RepairCase, ConfirmationRequest };
