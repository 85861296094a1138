import { normalizeDocumentNumber } from '../../subgraphs/kit/inputs/documentNumber';
import { findRegionNames } from '../../subgraphs/kit/regions/regionNames';
import { cityOf } from '../../subgraphs/kit/scalars/regionCode';
import { ClueEntity } from '../../subgraphs/complaints/entities/ClueEntity';
import { ComplaintEntity } from '../../subgraphs/complaints/entities/ComplaintEntity';
import { ComplaintEventEntity } from '../../subgraphs/complaints/entities/ComplaintEventEntity';
import { LetterFeedbackEntity } from '../../subgraphs/complaints/entities/LetterFeedbackEntity';
import { WarningLetterEntity } from '../../subgraphs/complaints/entities/WarningLetterEntity';
import type { ComplaintCategory, ComplaintOutcome, ComplaintStatus, LetterFinding } from '../../subgraphs/complaints/generated/resolversTypes';
import { submissionHash, type Submission } from '../../subgraphs/complaints/inputs/validateSubmitComplaint';
import { sha256Hex, tokenFor } from '../../subgraphs/complaints/tokens/complaintTokens';
import { benchTable, type BenchTable } from './benchTable';
import { createBenchDeadlines } from './createBenchDeadlines';
import { createBenchRandom, isoDay, type BenchRandom } from './createBenchRandom';
import type { BenchEntity, BenchWorld } from './planBenchWorld';

const COMPLAINTS_AT_SCALE_1 = 20_000;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CONTENT: Record<ComplaintCategory, string> = {
  FALSE_DISCLOSURE: '该公司公示的收费标准与实际收取的费用不符，公示信息不真实。',
  COMMITMENT_BREACH: '该公司违背信用承诺，向未经授权的第三方提供信用信息。',
  IMPERSONATION: '有人假借该信用服务机构名义，以“快速信用修复”为由收取费用后失联。',
  OTHER: '该公司服务过程中存在违规收费和虚假宣传行为。',
};
/** The statuses a complaint passes through to reach each status (after SUBMITTED). */
const PATH: Record<ComplaintStatus, ComplaintStatus[]> = {
  SUBMITTED: [], ACCEPTED: ['ACCEPTED'], REFUSED: ['REFUSED'], IN_PROGRESS: ['ACCEPTED', 'IN_PROGRESS'], CONCLUDED: ['ACCEPTED', 'IN_PROGRESS', 'CONCLUDED'],
};
const NOTES: Record<ComplaintStatus, string> = {
  SUBMITTED: '已提交', ACCEPTED: '已受理，转属地社会信用体系建设牵头单位核查', REFUSED: '不属于本次专项治理受理范围', IN_PROGRESS: '已调取相关材料，正在核查', CONCLUDED: '经查，已依法处理',
};

type ComplaintRow = Omit<ComplaintEntity, 'id'> & { id: number };
type ClueRow = Omit<ClueEntity, 'id'> & { id: number };

function submissionAbout(random: BenchRandom, entity: BenchEntity, category: ComplaintCategory): Submission {
  const named = random.chance(0.7);
  return {
    category, region: entity.region, uscc: entity.uscc, subjectName: entity.name,
    subjectIdentifiers: category === 'IMPERSONATION' && random.chance(0.5) ? [`微信号 ${random.faker.string.alphanumeric(8).toLowerCase()}`] : [],
    content: `${CONTENT[category]}（${random.faker.string.numeric(6)}）`,
    complainant: named ? {
      name: random.faker.person.fullName(), phone: random.chance(0.8) ? `1${random.int(3, 9)}${random.faker.string.numeric(9)}` : null,
      email: random.chance(0.3) ? `${random.faker.string.alphanumeric(8).toLowerCase()}@example.com` : null,
    } : null,
  };
}

export interface ComplaintsPart {
  tables: BenchTable[];
  /** Subjects with at least one complaint. */
  complainedAbout: Set<string>;
}

/**
 * Complaints as the public submits them (content encrypted, token hashed as the API does), walked
 * through their statuses; impersonation reports give clues, half of the accepted ones sent on in a
 * warning letter of their city with the regulator's findings. Two complaints about every ledger
 * entity, the rest about other firms and impostors.
 */
export function buildComplaintsTables(world: BenchWorld, seed: number, scale: number): ComplaintsPart {
  const random = createBenchRandom(seed, 5);
  const deadline = createBenchDeadlines();
  const complaints: ComplaintRow[] = [];
  const events: Omit<ComplaintEventEntity, 'id'>[] = [];
  const clues: ClueRow[] = [];
  const letters = new Map<string, Omit<WarningLetterEntity, 'id'> & { id: number }>();
  const feedback: Omit<LetterFeedbackEntity, 'id'>[] = [];
  const trackingNumbers = new Set<string>();
  const answered = new Set<string>();
  const short = new Map(world.provinces.map(({ code, short: abbreviation }) => [code.slice(0, 2), abbreviation]));

  // Letters go out at the end of the year, after every clue they carry was accepted.
  const letterOf = (region: string) => {
    const city = cityOf(region);
    let letter = letters.get(city);
    if (!letter) {
      const documentNumber = `${short.get(city.slice(0, 2)) ?? ''}信用办函〔2025〕${letters.size + 1}号`;
      const title = findRegionNames(city)?.title ?? city;
      letter = {
        id: letters.size + 1, documentNumber, documentNumberKey: normalizeDocumentNumber(documentNumber), region: city,
        issuingUnit: `${title}社会信用体系建设牵头单位`, recipient: `${title}市场监督管理局`, recipientRegion: city, sector: '市场监管',
        issuedAt: random.instant(726, 728), contactName: random.faker.person.fullName(), contactPhone: `0${random.int(10, 999)}-${random.int(5_000_000, 89_999_999)}`,
      };
      letters.set(city, letter);
    }
    return letter;
  };

  const add = (entity: BenchEntity, category: ComplaintCategory) => {
    const id = complaints.length + 1;
    const submission = submissionAbout(random, entity, category);
    const submittedAt = random.instant(100, 690);
    let trackingNumber = '';
    while (trackingNumber === '' || trackingNumbers.has(trackingNumber)) {
      trackingNumber = `TS${isoDay(submittedAt).replace(/-/g, '')}${random.faker.string.fromCharacters(CROCKFORD, 10)}`;
    }
    trackingNumbers.add(trackingNumber);
    const status = random.weighted<ComplaintStatus>([['SUBMITTED', 25], ['ACCEPTED', 15], ['REFUSED', 10], ['IN_PROGRESS', 20], ['CONCLUDED', 30]]);
    const outcome = status === 'CONCLUDED' ? random.weighted<ComplaintOutcome>([['ORDERED_CORRECTION', 4], ['INTERVIEW', 3], ['NOTICE', 2], ['UNFOUNDED', 2]]) : null;
    events.push({ complaintId: id, status: 'SUBMITTED', at: submittedAt, note: null, public: true, outcome: null });
    let at = submittedAt;
    let acceptedAt: Date | null = null;
    for (const step of PATH[status]) {
      at = new Date(at.getTime() + random.int(1, 10) * 86_400_000);
      if (step === 'ACCEPTED') acceptedAt = at;
      events.push({ complaintId: id, status: step, at, note: NOTES[step], public: step === 'REFUSED' || step === 'CONCLUDED', outcome: step === 'CONCLUDED' ? outcome : null });
    }
    complaints.push({
      id, trackingNumber, tokenHash: sha256Hex(tokenFor(trackingNumber)), idempotencyKey: `bench-${seed}-${id}`, contentHash: submissionHash(submission),
      category, status, region: submission.region, uscc: submission.uscc, subjectName: submission.subjectName, subjectIdentifiers: submission.subjectIdentifiers,
      content: submission.content, complainantName: submission.complainant?.name ?? null, complainantPhone: submission.complainant?.phone ?? null,
      complainantEmail: submission.complainant?.email ?? null, submittedAt, acceptDueAt: deadline('COMPLAINT_ACCEPTANCE', submittedAt),
      outcome, severity: null, recordId: null, conclusion: status === 'CONCLUDED' ? NOTES.CONCLUDED : null,
    });
    if (category !== 'IMPERSONATION') return;
    const letter = acceptedAt && random.chance(0.5) ? letterOf(entity.region) : null;
    const finding = letter && random.chance(0.6) ? random.weighted<LetterFinding>([['SUBSTANTIATED', 7], ['UNFOUNDED', 3]]) : null;
    clues.push({
      id: clues.length + 1, region: submission.region, uscc: submission.uscc, subjectName: submission.subjectName, subjectIdentifiers: submission.subjectIdentifiers,
      description: submission.content, reportedAt: submittedAt, complaintId: id, warningLetterId: letter?.id ?? null, recordId: null,
      acceptedAt, collectedAt: acceptedAt, finding, source: null,
    });
    const feedbackKey = `${letter?.id}:${submission.uscc}`;
    if (letter && finding && submission.uscc && !answered.has(feedbackKey)) {
      answered.add(feedbackKey);
      feedback.push({ letterId: letter.id, uscc: submission.uscc, finding, note: finding === 'SUBSTANTIATED' ? '经查属实，已立案查处' : '经查不实', recordedAt: new Date(letter.issuedAt.getTime() + 86_400_000) });
    }
  };

  for (const entity of world.entities.filter(({ inLedger }) => inLedger)) {
    for (let i = 0; i < 2; i += 1) add(entity, random.weighted<ComplaintCategory>([['FALSE_DISCLOSURE', 35], ['COMMITMENT_BREACH', 25], ['IMPERSONATION', 25], ['OTHER', 15]]));
  }
  const others = world.entities.filter(({ inLedger }) => !inLedger);
  const total = Math.max(complaints.length, Math.round(COMPLAINTS_AT_SCALE_1 * scale));
  while (complaints.length < total) {
    const entity = random.pick(others);
    add(entity, entity.registered ? random.weighted<ComplaintCategory>([['FALSE_DISCLOSURE', 40], ['COMMITMENT_BREACH', 30], ['OTHER', 20], ['IMPERSONATION', 10]]) : 'IMPERSONATION');
  }
  return {
    tables: [
      benchTable('complaint', ComplaintEntity, complaints),
      benchTable('complaint_event', ComplaintEventEntity, events),
      benchTable('warning_letter', WarningLetterEntity, [...letters.values()]),
      benchTable('impersonation_clue', ClueEntity, clues),
      benchTable('letter_feedback', LetterFeedbackEntity, feedback),
    ],
    complainedAbout: new Set(complaints.flatMap(({ uscc }) => (uscc ? [uscc] : []))),
  };
}
