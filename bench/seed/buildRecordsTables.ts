import { normalizeDocumentNumber } from '../../subgraphs/kit/inputs/documentNumber';
import { findRegionNames } from '../../subgraphs/kit/regions/regionNames';
import { DishonestyRecordEntity } from '../../subgraphs/records/entities/DishonestyRecordEntity';
import { InterviewEntity } from '../../subgraphs/records/entities/InterviewEntity';
import { KeySupervisionEntity } from '../../subgraphs/records/entities/KeySupervisionEntity';
import { LedgerEntryEntity } from '../../subgraphs/records/entities/LedgerEntryEntity';
import { LedgerStatusChangeEntity } from '../../subgraphs/records/entities/LedgerStatusChangeEntity';
import type { RecordKind, RecordStatus, Severity, SupervisionGrade } from '../../subgraphs/records/generated/resolversTypes';
import { benchTable, type BenchTable } from './benchTable';
import { createBenchRandom, dayOf, isoDay, type BenchRandom } from './createBenchRandom';
import type { BenchEntity, BenchWorld } from './planBenchWorld';

/** What the repair and complaints parts need to know of a record. */
export interface BenchRecord {
  id: number;
  uscc: string | null;
  region: string;
  kind: RecordKind;
  status: RecordStatus;
  decidedAt: Date;
  inLedger: boolean;
}

const RECORDS_AT_SCALE_1 = 30_000;
const YEAR_DAYS = 365;

/** The first record of a ledger entry: one that makes the entity a governance target. */
const TARGET_KINDS: [RecordKind, number][] = [['ADMINISTRATIVE_PENALTY', 60], ['SERIOUS_DISHONESTY_LIST', 25], ['FALSE_DISCLOSURE', 8], ['COMMITMENT_BREACH', 7]];
const INSTITUTION_KINDS: [RecordKind, number][] = [...TARGET_KINDS, ['IMPERSONATION_CLUE', 10]];

type RecordRow = Omit<DishonestyRecordEntity, 'id'> & { id: number };

const countyName = (region: string) => findRegionNames(region)?.title ?? region;

function authorityOf(kind: RecordKind, region: string): string {
  if (kind === 'SERIOUS_DISHONESTY_LIST') return `${countyName(region)}人民法院`;
  if (kind === 'IMPERSONATION_CLUE') return `${countyName(region)}社会信用体系建设牵头单位`;
  return `${countyName(region)}市场监督管理局`;
}

/** A record of `kind` about `entity`, its status and publicity drawn as they fall in practice. */
function recordRow(random: BenchRandom, id: number, entity: BenchEntity, kind: RecordKind, mustCount: boolean): RecordRow {
  const clue = kind === 'IMPERSONATION_CLUE';
  const severity: Severity = kind === 'SERIOUS_DISHONESTY_LIST' || (mustCount && (kind === 'FALSE_DISCLOSURE' || kind === 'COMMITMENT_BREACH'))
    ? 'SERIOUS' : random.weighted<Severity>([['GENERAL', 6], ['MINOR', 2], ['SERIOUS', 2]]);
  const status: RecordStatus = mustCount ? 'ACTIVE'
    : random.weighted<RecordStatus>(clue ? [['ACTIVE', 80], ['REFUTED', 20]] : [['ACTIVE', 82], ['EXPIRED', 13], ['REVOKED', 5]]);
  // An expired record was decided long enough ago for its publicity to be over.
  const decidedAt = status === 'EXPIRED' ? random.instant(0, 300) : random.instant(200, 640);
  const years = clue ? 0 : severity === 'SERIOUS' ? 3 : 1;
  const publicityEnds = years ? new Date(decidedAt.getTime() + (status === 'EXPIRED' ? YEAR_DAYS : years * YEAR_DAYS) * 86_400_000) : null;
  const year = decidedAt.getUTCFullYear();
  const documentNumber = clue ? null : `${countyName(entity.region).slice(0, 3)}${kind === 'SERIOUS_DISHONESTY_LIST' ? '执' : '监罚'}〔${year}〕${id}号`;
  const recordedAt = new Date(decidedAt.getTime() + random.int(1, 5) * 86_400_000);
  const anonymous = clue && !entity.registered && random.chance(0.2);
  return {
    id, uscc: anonymous ? null : entity.uscc, subjectName: entity.name,
    subjectIdentifiers: anonymous ? [`微信号 ${random.faker.string.alphanumeric(8).toLowerCase()}`, `www.${random.faker.internet.domainWord()}.example`] : [],
    region: entity.region, kind, severity: clue ? 'GENERAL' : severity, authority: authorityOf(kind, entity.region),
    documentNumber, documentNumberKey: documentNumber === null ? null : normalizeDocumentNumber(documentNumber),
    decidedAt: isoDay(decidedAt), publicityEndsAt: publicityEnds ? isoDay(publicityEnds) : null, status,
    summary: clue ? '假借信用服务机构名义招摇撞骗' : `${entity.name}${kind === 'SERIOUS_DISHONESTY_LIST' ? '未履行生效法律文书确定的义务' : '违反信用服务管理规定'}`,
    recordedAt, sourceKey: null, sourceInputHash: null,
    finding: clue && status === 'REFUTED' ? 'UNFOUNDED' : null, findingBy: null, findingNote: null, findingAt: null,
    revokedAt: status === 'REVOKED' ? new Date(recordedAt.getTime() + 60 * 86_400_000) : null,
    revocationReason: status === 'REVOKED' ? '经行政复议撤销原处罚决定' : null, revocationDocumentNumber: null, revocationDecidedAt: null,
  };
}

export interface RecordsPart {
  tables: BenchTable[];
  records: BenchRecord[];
}

/**
 * Dishonesty records and the three ledgers. Every ledger entity gets one to three records in its
 * county (the first ACTIVE and a governance target), an entry, and for some an interview, key
 * supervision or an exit; the other records fall on the other provinces' firms (clues on impostors).
 */
export function buildRecordsTables(world: BenchWorld, seed: number, scale: number): RecordsPart {
  const random = createBenchRandom(seed, 3);
  const rows: RecordRow[] = [];
  const entries: (Omit<LedgerEntryEntity, 'id'> & { id: number })[] = [];
  const changes: Omit<LedgerStatusChangeEntity, 'id'>[] = [];
  const interviews: Omit<InterviewEntity, 'id'>[] = [];
  const supervisions: Omit<KeySupervisionEntity, 'id'>[] = [];
  const add = (entity: BenchEntity, kind: RecordKind, mustCount: boolean) => rows.push(recordRow(random, rows.length + 1, entity, kind, mustCount));
  for (const entity of world.entities.filter(({ inLedger }) => inLedger)) {
    const first = rows.length;
    add(entity, random.weighted(TARGET_KINDS), true);
    for (let extra = random.int(0, 2); extra > 0; extra -= 1) add(entity, random.weighted(INSTITUTION_KINDS), false);
    const id = entries.length + 1;
    const addedAt = new Date(Math.max(...rows.slice(first).map(({ recordedAt }) => recordedAt.getTime())) + 86_400_000);
    const exited = random.chance(0.15);
    const exitedAt = exited ? random.instant(dayOf(addedAt) + 10, 725) : null;
    const exitKind = exited ? random.weighted<'CRITERIA_MET' | 'OVERRIDE'>([['CRITERIA_MET', 8], ['OVERRIDE', 2]]) : null;
    entries.push({
      id, uscc: entity.uscc, region: entity.region, subjectName: entity.name, status: exited ? 'EXITED' : 'IN_LEDGER', exclusionReason: null,
      addedAt, exitedAt, exitKind, exitReason: exitKind === 'OVERRIDE' ? '经核查已完成整改，报请同意退出' : null,
      remarks: null, responsibleUnit: random.chance(0.5) ? `${countyName(entity.region)}发展和改革局` : null,
    });
    if (exitedAt) changes.push({ entryId: id, status: 'EXITED', reason: exitKind === 'OVERRIDE' ? '经核查已完成整改，报请同意退出' : null, at: exitedAt, exitKind });
    if (random.chance(0.5)) {
      interviews.push({
        uscc: entity.uscc, region: entity.region, units: [`${countyName(entity.region)}发展和改革局`, `${countyName(entity.region)}市场监督管理局`],
        conductedAt: isoDay(random.instant(dayOf(addedAt), 725)), summary: '约谈企业负责人，责令限期整改。',
      });
    }
    if (!exited && random.chance(0.1)) {
      supervisions.push({
        entryId: id, currentOf: id, grade: random.pick<SupervisionGrade>(['A', 'B', 'C', 'D']), businessSuspended: random.chance(0.2), note: null,
        since: random.instant(dayOf(addedAt), 725), placedBy: `bench-${entity.province}`, endedAt: null, endKind: null, endReason: null, endedBy: null,
      });
    }
  }
  // Outside the ledger provinces: the rest of the records, on registered firms and (clues) on impostors.
  const others = world.entities.filter(({ province }) => !world.provinces.some((p) => p.code === province && p.ledgerEntries > 0));
  const total = Math.max(rows.length, Math.round(RECORDS_AT_SCALE_1 * scale));
  while (rows.length < total) {
    const entity = random.pick(others);
    add(entity, entity.registered ? random.weighted(INSTITUTION_KINDS) : 'IMPERSONATION_CLUE', false);
  }
  const ledgerUsccs = new Set(entries.map(({ uscc }) => uscc));
  return {
    tables: [
      benchTable('dishonesty_record', DishonestyRecordEntity, rows),
      benchTable('ledger_entry', LedgerEntryEntity, entries),
      benchTable('ledger_status_change', LedgerStatusChangeEntity, changes),
      benchTable('interview', InterviewEntity, interviews),
      benchTable('key_supervision', KeySupervisionEntity, supervisions),
    ],
    records: rows.map(({ id, uscc, region, kind, status, decidedAt }) => ({
      id, uscc, region, kind, status, decidedAt: new Date(`${decidedAt}T10:00:00+08:00`), inLedger: uscc !== null && ledgerUsccs.has(uscc),
    })),
  };
}
