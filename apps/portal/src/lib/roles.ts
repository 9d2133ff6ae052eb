// The four roles, in words for the admin pages (what each may do, from the API's rules).

export const roleChoices = [
  {
    value: 'viewer',
    text: 'Viewer',
    hint: 'Sees the figures, the plan and totals; no case details.',
  },
  {
    value: 'officer',
    text: 'Officer',
    hint: 'Also works on the case reviews of their own organisation.',
  },
  { value: 'analyst', text: 'Analyst', hint: 'Also imports police.uk data.' },
  {
    value: 'admin',
    text: 'Administrator',
    hint: 'Also manages users, organisations and tokens, and reads the audit log.',
  },
] as const

/** The word for a role: `roleName('admin') //=> 'Administrator'`. */
export function roleName(role: string): string {
  return roleChoices.find((r) => r.value === role)?.text ?? role
}

export const organisationKinds = [
  { value: 'council', text: 'Council' },
  { value: 'police', text: 'Police' },
  { value: 'fire', text: 'Fire and rescue' },
  { value: 'probation', text: 'Probation' },
  { value: 'youth-justice', text: 'Youth justice' },
  { value: 'health', text: 'Health' },
  { value: 'voluntary', text: 'Voluntary sector' },
  { value: 'other', text: 'Other' },
] as const

/** The word for an organisation kind. */
export function kindName(kind: string): string {
  return organisationKinds.find((k) => k.value === kind)?.text ?? kind
}
