import { DateScalar, checkDate } from './date';
import { DateTimeScalar, checkDateTime } from './dateTime';
import { RegionCodeScalar, checkRegionCode } from './regionCode';
import { USCCScalar, checkUscc } from './uscc';

export * from './checkedScalar';
export * from './date';
export * from './dateTime';
export * from './regionCode';
export * from './uscc';

/** The resolvers for the scalars every subgraph declares. */
export const scalarResolvers = {
  USCC: USCCScalar,
  RegionCode: RegionCodeScalar,
  DateTime: DateTimeScalar,
  Date: DateScalar,
};

/** Pure checks by scalar name, for validating operations before they are planned (the gateway). */
export const scalarChecks: Record<string, (value: unknown) => { ok: true } | { ok: false; reason: string }> = {
  USCC: checkUscc,
  RegionCode: checkRegionCode,
  DateTime: checkDateTime,
  Date: checkDate,
};
