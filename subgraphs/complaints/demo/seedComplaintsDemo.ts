import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { deadlineFor } from '../../kit/calendar/deadline';
import { createTimeLimits } from '../../kit/calendar/timeLimits';
import { createWorkingDayCalendar } from '../../kit/calendar/workingDayCalendar';
import { inTransaction } from '../../kit/data/transaction';
import { demoDay } from '../../kit/demo/demoCast';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { ClueEntity } from '../entities/ClueEntity';
import { ComplaintEntity } from '../entities/ComplaintEntity';
import { ComplaintEventEntity } from '../entities/ComplaintEventEntity';
import { LetterFeedbackEntity } from '../entities/LetterFeedbackEntity';
import { WarningLetterEntity } from '../entities/WarningLetterEntity';
import { submissionHash } from '../inputs/validateSubmitComplaint';
import { storeComplaint } from '../store/storeComplaint';
import { sha256Hex } from '../tokens/complaintTokens';
import { newTrackingNumber } from '../tokens/trackingNumber';
import { demoComplaints, demoLetters, monitoredClues, type DemoComplaint } from './demoComplaints';

/** Stores a demo complaint as submitted (no one holds its token), then walks it through its steps. */
async function seedComplaint(manager: EntityManager, demo: DemoComplaint, acceptDueAt: (start: Date) => Date): Promise<ComplaintEntity> {
  const submittedAt = demoDay(demo.submittedOn);
  const complaint = await storeComplaint(manager, {
    submission: demo.submission,
    idempotencyKey: `demo-${demo.key}`,
    contentHash: submissionHash(demo.submission),
    trackingNumber: newTrackingNumber(submittedAt),
    tokenHash: sha256Hex(randomBytes(32).toString('base64url')),
    submittedAt,
    acceptDueAt: acceptDueAt(submittedAt),
  });
  for (const [status, day, note, outcome] of demo.steps) {
    const at = demoDay(day, '15:00:00');
    // As the handling mutations store them: the refusal's reason and the conclusion are public, other notes internal.
    const isPublic = status === 'REFUSED' || status === 'CONCLUDED';
    await manager.save(manager.create(ComplaintEventEntity, { complaintId: complaint.id, status, at, note, public: isPublic, outcome: outcome ?? null }));
    if (status === 'ACCEPTED') await manager.update(ClueEntity, { complaintId: complaint.id }, { acceptedAt: at, collectedAt: at });
    if (status === 'CONCLUDED') Object.assign(complaint, { outcome: outcome ?? null, conclusion: note });
    complaint.status = status;
  }
  if (demo.published) Object.assign(complaint, { severity: demo.published.severity, recordId: String(demo.published.recordId) });
  if (demo.clueRecordId !== undefined) await manager.update(ClueEntity, { complaintId: complaint.id }, { recordId: String(demo.clueRecordId) });
  return manager.save(complaint);
}

/**
 * Complaints in every status and category with their histories, the impersonation clues they
 * gave rise to (plus one from monitoring), and two warning letters with both findings. Idempotent.
 */
export async function seedComplaintsDemo(dataSource: DataSource): Promise<void> {
  const calendar = createWorkingDayCalendar();
  const limits = createTimeLimits();
  const acceptDueAt = (start: Date) => deadlineFor(calendar, limits, 'COMPLAINT_ACCEPTANCE', start);
  await inTransaction(dataSource, async (manager) => {
    if (await manager.count(ComplaintEntity)) return;
    const complaintKeys = new Map<number, string>();
    for (const demo of demoComplaints) complaintKeys.set((await seedComplaint(manager, demo, acceptDueAt)).id, demo.key);
    for (const { reportedOn, ...monitored } of monitoredClues) {
      await manager.save(manager.create(ClueEntity, { ...monitored, reportedAt: demoDay(reportedOn), complaintId: null, warningLetterId: null, acceptedAt: demoDay(reportedOn), collectedAt: demoDay(reportedOn), source: '信用服务机构监测' }));
    }
    const clues = await manager.find(ClueEntity, { order: { id: 'ASC' } });
    for (const { letter: { issuedOn, ...letter }, clues: sources, finding } of demoLetters) {
      const clueFrom = (key: string | null) =>
        clues.filter((clue) => (clue.complaintId === null ? clue.region === letter.region && key === null : complaintKeys.get(clue.complaintId) === key));
      const stored = await manager.save(manager.create(WarningLetterEntity, {
        ...letter, documentNumberKey: normalizeDocumentNumber(letter.documentNumber), issuedAt: demoDay(issuedOn),
      }));
      const sent = sources.flatMap(clueFrom);
      for (const clue of sent) {
        clue.warningLetterId = stored.id;
        clue.finding = clue.uscc ? finding.finding : null;
        await manager.save(clue);
      }
      for (const uscc of new Set(sent.flatMap((clue) => (clue.uscc ? [clue.uscc] : [])))) {
        await manager.save(manager.create(LetterFeedbackEntity, {
          letterId: stored.id, uscc, finding: finding.finding, note: finding.note, recordedAt: demoDay(finding.recordedOn, '16:00:00'),
        }));
      }
    }
  });
}
