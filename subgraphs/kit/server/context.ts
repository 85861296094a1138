import type { DataSource } from 'typeorm';
import type { TimeLimitKey } from '../calendar/timeLimits';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import type { Identity } from '../identity/identity';
import type { GatewayClient } from '../services/createGatewayClient';

/** What every resolver of every subgraph gets; `loaders` are made anew for each request, for its `identity`. */
export interface SubgraphContext<Loaders> {
  /** Who is asking, verified by the gateway (DESIGN.md §3 rule 4). */
  identity: Identity;
  dataSource: DataSource;
  loaders: Loaders;
  calendar: WorkingDayCalendar;
  now: () => Date;
  /** The deadline of a time limit (in force on the start day) for something started at `start`. */
  deadline: (key: TimeLimitKey, start: Date) => Date;
  /** Asks the gateway for another agency's facts, where a mutation decides on them (DESIGN.md §3 rule 5). */
  gateway: GatewayClient;
}

/** The reference the gateway sends for the hub entity. */
export interface MarketEntityRef {
  uscc: string;
}

/** The reference the gateway sends for a dishonesty record owned by `records`. */
export interface RecordRef {
  id: string;
}
