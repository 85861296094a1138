import { UNIQUE_KEY, type Scenario } from './scenario';

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!, $idempotencyKey: String!) {
  submitComplaint(input: $input, idempotencyKey: $idempotencyKey) { trackingNumber token }
}`;

const TARGETS_USED = 10;

/** (d) The write path: an anonymous complaint about an operating institution, a fresh idempotency key per request; complaints answers it alone. */
export const complaintSubmission: Scenario = {
  name: 'submission',
  title: 'Complaint submission (anonymous write)',
  caller: () => null,
  direct: 'complaints',
  write: true,
  bodies: async ({ data }) =>
    data.submissionTargets.slice(0, TARGETS_USED).map(({ region, uscc, name }) => ({
      query: SUBMIT,
      variables: {
        idempotencyKey: UNIQUE_KEY,
        input: {
          category: 'FALSE_DISCLOSURE',
          region,
          subjectUscc: uscc,
          subjectName: name,
          content: '公示的收费标准与实际收取的费用不符，要求退还多收的服务费。',
          complainant: { name: '张三', phone: '13800000000' },
        },
      },
    })),
};
