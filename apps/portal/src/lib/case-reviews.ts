// Words for ASB Case Reviews, shared by the list and the case pages.

import type { CaseReviewEventType } from '@csp/domain'

export const caseReviewStates = [
  { value: 'received', text: 'Received' },
  { value: 'threshold-decided', text: 'Threshold decided' },
  { value: 'applicant-informed', text: 'Applicant told' },
  { value: 'review-held', text: 'Review held' },
  { value: 'recommendations-made', text: 'Recommendations made' },
  { value: 'outcome-sent', text: 'Outcome sent' },
  { value: 'escalated', text: 'Escalated to the PCC' },
  { value: 'closed', text: 'Closed' },
] as const

/** A state in words: `stateName('review-held') //=> 'Review held'`. */
export function stateName(state: string): string {
  return caseReviewStates.find((s) => s.value === state)?.text ?? state
}

/** The events an officer records, in words (the threshold decision has its own form). */
export const eventNames: Readonly<Record<string, { text: string; hint?: string }>> = {
  acknowledge: { text: 'Application acknowledged' },
  'inform-applicant': { text: 'Applicant told of the threshold decision' },
  'hold-review': { text: 'Review held' },
  'make-recommendations': { text: 'Recommendations made', hint: 'Write one on each line.' },
  'send-outcome': { text: 'Outcome sent to the applicant' },
  escalate: {
    text: 'Escalated to the Police and Crime Commissioner',
    hint: 'The applicant asked for the review to be looked at again.',
  },
  close: { text: 'Closed' },
  withdraw: { text: 'Withdrawn by the applicant' },
} satisfies Record<
  Exclude<CaseReviewEventType, 'decide-threshold'>,
  { text: string; hint?: string }
>

/** An event in words. */
export function eventName(type: string): string {
  return type === 'decide-threshold' ? 'Threshold decided' : (eventNames[type]?.text ?? type)
}
