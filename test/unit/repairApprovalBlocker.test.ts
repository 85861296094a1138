import { approvalBlocker } from '../../subgraphs/repair/rules/approvalBlocker';
import { missingDocuments } from '../../subgraphs/repair/rules/requiredDocuments';

const LETTER = { kind: 'COMMITMENT_LETTER' } as const;
const PROOF = { kind: 'PROOF_OF_CORRECTION' } as const;
let nextId = 1;
const request = (kind: 'OBLIGATIONS_FULFILLED' | 'SETTLEMENT_REACHED' | 'SETTLEMENT_PERFORMED', status: 'PENDING' | 'CONFIRMED' | 'DENIED' | 'WITHDRAWN') =>
  ({ id: nextId++, kind, status, authority: '湘0102' });

describe('what approving a repair needs, by the kind of record (DESIGN.md §6)', () => {
  it.each(['ADMINISTRATIVE_PENALTY', 'FALSE_DISCLOSURE', 'COMMITMENT_BREACH'] as const)('%s: the commitment letter and the proof of correction', (kind) => {
    expect(approvalBlocker(kind, [LETTER, PROOF], [])).toBeNull();
    expect(approvalBlocker(kind, [LETTER], [])).toContain('PROOF_OF_CORRECTION');
    expect(approvalBlocker(kind, [PROOF], [])).toContain('COMMITMENT_LETTER');
    expect(missingDocuments(kind, [])).toEqual(['COMMITMENT_LETTER', 'PROOF_OF_CORRECTION']);
  });

  it('a penalty whose obligations the authority last DENIED is not approved; a later CONFIRMED answer lifts it', () => {
    const denied = request('OBLIGATIONS_FULFILLED', 'DENIED');
    expect(approvalBlocker('ADMINISTRATIVE_PENALTY', [LETTER, PROOF], [denied])).toContain('DENIED');
    expect(approvalBlocker('ADMINISTRATIVE_PENALTY', [LETTER, PROOF], [denied, request('OBLIGATIONS_FULFILLED', 'CONFIRMED')])).toBeNull();
  });

  it('a list entry: the commitment letter and a CONFIRMED obligations fulfilled or settlement performed; a settlement reached is not enough', () => {
    const reached = request('SETTLEMENT_REACHED', 'CONFIRMED');
    expect(approvalBlocker('SERIOUS_DISHONESTY_LIST', [LETTER], [])).toContain('OBLIGATIONS_FULFILLED or SETTLEMENT_PERFORMED');
    expect(approvalBlocker('SERIOUS_DISHONESTY_LIST', [LETTER], [reached])).toContain('does not repair a list entry');
    expect(approvalBlocker('SERIOUS_DISHONESTY_LIST', [LETTER], [reached, request('SETTLEMENT_PERFORMED', 'DENIED')])).toContain('does not repair');
    expect(approvalBlocker('SERIOUS_DISHONESTY_LIST', [LETTER], [reached, request('SETTLEMENT_PERFORMED', 'CONFIRMED')])).toBeNull();
    expect(approvalBlocker('SERIOUS_DISHONESTY_LIST', [LETTER], [request('OBLIGATIONS_FULFILLED', 'CONFIRMED')])).toBeNull();
    expect(approvalBlocker('SERIOUS_DISHONESTY_LIST', [], [request('OBLIGATIONS_FULFILLED', 'CONFIRMED')])).toContain('COMMITMENT_LETTER');
    expect(approvalBlocker('SERIOUS_DISHONESTY_LIST', [LETTER], [request('OBLIGATIONS_FULFILLED', 'WITHDRAWN')])).not.toBeNull();
  });

  it('no kind is approved while a request is PENDING', () => {
    for (const kind of ['ADMINISTRATIVE_PENALTY', 'SERIOUS_DISHONESTY_LIST'] as const) {
      expect(approvalBlocker(kind, [LETTER, PROOF], [request('OBLIGATIONS_FULFILLED', 'CONFIRMED'), request('SETTLEMENT_REACHED', 'PENDING')])).toContain('PENDING');
    }
  });
});
