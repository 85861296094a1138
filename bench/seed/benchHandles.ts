import type { BenchDataSet, LedgerSize } from './seedBenchData';
import type { BenchWorld } from './planBenchWorld';

const MIN_DIRECTORY_HITS = 20;
const CROSS_AGENCY_SUBJECTS = 50;
const SUBMISSION_TARGETS = 200;

type Handles = Pick<BenchDataSet, 'directoryTerms' | 'crossAgencyUsccs' | 'ledgerRegions' | 'ledgerCounts' | 'leadUnitRegion' | 'submissionTargets'>;

/** At most `count` items spread over the whole list (so over every province, the list being in province order). */
function everyNth<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, n) => n % step === 0).slice(0, count);
}

/** What each scenario asks about, read off the planned data (so no query is needed to find it). */
export function benchHandles(world: BenchWorld, facts: { confirmedSubjects: Set<string>; complainedAbout: Set<string> }): Handles {
  const operating = world.entities.filter(({ registered, businessStatus }) => registered && businessStatus === 'OPERATING');
  // Counted as the directory's LIKE '%term%' does, over operating institutions only.
  const directoryTerms = world.brands.filter((brand) => operating.filter(({ name }) => name.includes(brand)).length >= MIN_DIRECTORY_HITS);
  const crossAgency = operating.filter(({ uscc, inLedger }) => inLedger && facts.confirmedSubjects.has(uscc) && facts.complainedAbout.has(uscc));
  const crossAgencyUsccs = everyNth(crossAgency, CROSS_AGENCY_SUBJECTS).map(({ uscc }) => uscc);
  const ledgerProvince = (size: LedgerSize) => {
    const province = world.provinces.find(({ ledgerEntries }) => ledgerEntries === size);
    if (!province) throw new Error(`no province holds the ledger of ${size}`);
    return province.code;
  };
  const entriesIn = (province: string) => world.entities.filter((entity) => entity.inLedger && entity.province === province).length;
  const ledgerRegions = { 100: ledgerProvince(100), 1000: ledgerProvince(1000), 5000: ledgerProvince(5000) };
  const ledgerCounts = { 100: entriesIn(ledgerRegions[100]), 1000: entriesIn(ledgerRegions[1000]), 5000: entriesIn(ledgerRegions[5000]) };
  return {
    directoryTerms,
    crossAgencyUsccs,
    ledgerRegions,
    ledgerCounts,
    // Two complaints about each of its 5,000 ledger entities, all of which have records.
    leadUnitRegion: ledgerRegions[5000],
    submissionTargets: everyNth(operating, SUBMISSION_TARGETS).map(({ region, uscc, name }) => ({ region, uscc, name })),
  };
}
