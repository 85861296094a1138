import type { ComplaintEventEntity } from '../entities/ComplaintEventEntity';

/**
 * The steps a complainant sees: every change of status (with its note only when the note is
 * public: the refusal's reason, the conclusion) and the progress notes marked public; an internal
 * note that changes nothing is left out, and no internal note's text is shown.
 */
export function publicTimeline(events: readonly ComplaintEventEntity[]): ComplaintEventEntity[] {
  return events.flatMap((event, i) => {
    const changesStatus = i === 0 || events[i - 1].status !== event.status;
    if (event.public) return [event];
    return changesStatus ? [{ ...event, note: null }] : [];
  });
}
