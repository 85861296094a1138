import { cityOf, provinceOf, regionLevel } from '../../kit/scalars/regionCode';
import type { CampaignConfig } from '../config/ledgerCampaign';
import type { LedgerProgressView, TargetProgressView } from './LedgerProgressView';
import type { LiveEntry } from './loadLiveLedger';

/** The region one level below `region` that `entryRegion` lies in (for the country: the province). */
function childOf(region: string | null, entryRegion: string): string | null {
  if (region === null) return provinceOf(entryRegion);
  switch (regionLevel(region)) {
    case 'PROVINCE':
      return cityOf(entryRegion);
    case 'CITY':
      return entryRegion;
    default:
      return null;
  }
}

const rate = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

/** How many more exits a target needs: the smallest n with (exited + n) / denominator >= rate. */
function shortBy(exited: number, denominator: number, targetRate: number): number {
  // Integer arithmetic on per-mille, so that 0.9 × 10 is 9, not 9.000000000000002.
  const needed = Math.ceil((Math.round(targetRate * 1000) * denominator) / 1000);
  return Math.max(0, needed - exited);
}

/**
 * A region's ledger against the campaign (DESIGN.md §6): the denominator is every entry not
 * excluded (those of the first screening and those added later); exits by criteria make the
 * numerator; exits by override are counted apart, staying in the denominator, so that they never
 * raise the rate. A target is met when the rate reaches it now (an empty ledger meets every target).
 */
export function ledgerProgressOf(region: string | null, live: LiveEntry[], campaign: CampaignConfig, today: string, withSubregions = true): LedgerProgressView {
  const excluded = live.filter((entry) => entry.status === 'EXCLUDED').length;
  const inLedger = live.filter((entry) => entry.status === 'IN_LEDGER');
  const exitedByCriteria = live.filter((entry) => entry.status === 'EXITED' && entry.exitKind !== 'OVERRIDE').length;
  const exitedByOverride = live.filter((entry) => entry.status === 'EXITED' && entry.exitKind === 'OVERRIDE').length;
  const denominator = live.length - excluded;
  const targets = campaign.targets.map((target): TargetProgressView => {
    const missing = shortBy(exitedByCriteria, denominator, target.exitRate);
    return { target, met: missing === 0, deadlinePassed: today > target.deadline, shortBy: missing };
  });
  const groups = new Map<string, LiveEntry[]>();
  if (withSubregions) {
    for (const entry of live) {
      const child = childOf(region, entry.entry.region);
      const group = child === null ? undefined : groups.get(child);
      if (group) group.push(entry);
      else if (child !== null) groups.set(child, [entry]);
    }
  }
  return {
    region,
    asOf: today,
    campaign,
    entries: live.length,
    excluded,
    denominator,
    inLedger: inLedger.length,
    exitedByCriteria,
    exitedByOverride,
    exitRate: rate(exitedByCriteria, denominator),
    exitRateWithOverrides: rate(exitedByCriteria + exitedByOverride, denominator),
    targets,
    // What keeps the rate down: the entries in the ledger and the exits by override, which stay in the denominator.
    holdingBackEntries: live.filter(({ status, exitKind }) => status === 'IN_LEDGER' || (status === 'EXITED' && exitKind === 'OVERRIDE')).map(({ entry }) => entry),
    subregions: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      // A region's own-level entries form a row of the region itself, which has no parts of its own.
      .map(([child, entries]) => ledgerProgressOf(child, entries, campaign, today, child !== region)),
  };
}
