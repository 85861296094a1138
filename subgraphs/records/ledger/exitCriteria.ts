import { regionCovers } from '../../kit/scalars/regionCode';
import type { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import type { ExitCriterionCode, RecordKind } from '../generated/resolversTypes';
import { recordStatusOn } from '../store/recordStatus';
import { exclusionOf } from './exclusion';
import type { HubFacts } from './hubFacts';

/** One exit criterion as it applies to an entry (LedgerEntry.exitCheck). */
export interface ExitCriterionView {
  code: ExitCriterionCode;
  /** The record it is judged on; null for the entity-level criteria. */
  record: DishonestyRecordEntity | null;
  met: boolean;
  description: string;
}

const KIND_LABEL: Readonly<Record<RecordKind, string>> = {
  SERIOUS_DISHONESTY_LIST: '严重失信主体名单',
  ADMINISTRATIVE_PENALTY: '行政处罚',
  IMPERSONATION_CLUE: '招摇撞骗线索',
  FALSE_DISCLOSURE: '公示信息严重弄虚作假',
  COMMITMENT_BREACH: '违背信用承诺',
};

/** Kinds judged as a penalty (a): repaired, no longer published or revoked. A false disclosure or breach only when serious. */
const judgedAsPenalty = ({ kind, severity }: DishonestyRecordEntity) =>
  kind === 'ADMINISTRATIVE_PENALTY' || ((kind === 'FALSE_DISCLOSURE' || kind === 'COMMITMENT_BREACH') && severity === 'SERIOUS');

const named = (record: DishonestyRecordEntity) => `${KIND_LABEL[record.kind]} ${record.documentNumber ?? `第${record.id}号记录`}`;

const idSet = (ids: readonly string[] | null | undefined) => new Set(ids ?? []);

/** Criterion (a) for a penalty, or a serious false disclosure or commitment breach. */
function penaltyCriterion(record: DishonestyRecordEntity, status: string, repaired: boolean): ExitCriterionView {
  const state =
    status === 'REVOKED' ? '已撤销（删除，无需修复）'
      : repaired ? '已完成信用修复'
        : status === 'EXPIRED' ? '已过公示期，不再公示'
          : '尚未完成信用修复';
  return { code: 'PENALTY_REPAIRED', record, met: status === 'REVOKED' || status === 'EXPIRED' || repaired, description: `${named(record)} ${state}` };
}

interface ListFacts {
  fulfilled: boolean;
  reached: boolean;
  performed: boolean;
}

/**
 * Criterion (a) for a serious-dishonesty list entry: obligations fulfilled or a settlement
 * reached (confirmed in repair). A settlement performed is told apart from one only reached: the
 * court deletes a dishonest-debtor entry only once it is performed.
 */
function listCriterion(record: DishonestyRecordEntity, status: string, { fulfilled, reached, performed }: ListFacts): ExitCriterionView {
  const state =
    status === 'REVOKED' ? '已撤销（删除）'
      : fulfilled ? '已履行生效法律文书确定的义务'
        : performed ? '已达成执行和解协议并履行完毕'
          : reached ? '已达成执行和解协议（尚未确认履行完毕）'
            : status === 'EXPIRED' ? '已移出名单（公示期满）'
              : '尚未履行生效法律文书确定的义务，也未达成执行和解协议';
  const met = status === 'REVOKED' || status === 'EXPIRED' || fulfilled || reached || performed;
  return { code: 'LIST_OBLIGATIONS_MET', record, met, description: `${named(record)} ${state}` };
}

/**
 * Which exit criteria (seed, section 3; DESIGN.md §6) apply to an entry and which are met, record
 * by record: (a) for each penalty, list entry and serious false disclosure or commitment breach of
 * the entity in the entry's region; (b) for a registered institution, its commitment published;
 * (c) when it has impersonation clues, all of them sent on; and its business status not excluding
 * it. `records` are all the entity's records in the entry's `region`; their statuses are read on
 * `today`. (c) is judged on the clues of the regions the entry's region covers, whoever asks.
 */
export function exitCriteria(records: readonly DishonestyRecordEntity[], facts: HubFacts | undefined, today: string, region: string): ExitCriterionView[] {
  const repaired = idSet(facts?.repairedRecordIds);
  const fulfilled = idSet(facts?.obligationsFulfilledRecordIds);
  const reached = idSet(facts?.settlementReachedRecordIds);
  const performed = idSet(facts?.settlementPerformedRecordIds);
  const criteria: ExitCriterionView[] = [];
  const sorted = [...records].sort((a, b) => a.id - b.id);
  for (const record of sorted) {
    const status = recordStatusOn(record, today);
    const id = String(record.id);
    if (record.kind === 'SERIOUS_DISHONESTY_LIST') {
      criteria.push(listCriterion(record, status, { fulfilled: fulfilled.has(id), reached: reached.has(id), performed: performed.has(id) }));
    } else if (judgedAsPenalty(record)) {
      criteria.push(penaltyCriterion(record, status, repaired.has(id)));
    }
  }
  if (facts?.businessStatus) {
    const met = facts.commitmentPublished === true;
    criteria.push({
      code: 'COMMITMENT_PUBLISHED', record: null, met,
      description: met ? '信用承诺：治理对象及其法定代表人已签订信用承诺书并已公示' : '信用承诺：尚无治理对象及其现任法定代表人签订并公示的信用承诺书',
    });
  }
  if (sorted.some((record) => record.kind === 'IMPERSONATION_CLUE' && record.status !== 'REFUTED' && record.status !== 'REVOKED')) {
    // Unknown (complaints did not answer) is unmet: a clue not known to be sent on must not let the entity leave.
    const unsent = facts?.unsentClueRegions === undefined || facts.unsentClueRegions === null
      ? null : facts.unsentClueRegions.filter((clueRegion) => regionCovers(region, clueRegion)).length;
    const met = unsent === 0;
    criteria.push({
      code: 'CLUES_SENT_ON', record: null, met,
      description: met ? '招摇撞骗线索：已全部发送监管提示函'
        : unsent === null ? '招摇撞骗线索：无法确认是否已发送监管提示函' : `招摇撞骗线索：尚有${unsent}个地区的线索未发送监管提示函`,
    });
  }
  const exclusion = exclusionOf(facts);
  criteria.push({
    code: 'NOT_EXCLUDED', record: null, met: exclusion === null,
    description: exclusion === null ? '经营状态：未被剔除' : `经营状态：${exclusion}，已剔除出台账`,
  });
  return criteria;
}

