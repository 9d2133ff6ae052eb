// Parameter shapes shared by the GOV.UK wrappers, named after the Nunjucks macro options.

/** A service navigation link. */
export interface NavigationItem {
  href: string
  text: string
  /** The page itself (aria-current="page"). */
  current?: boolean
  /** A page within this section (aria-current="true"). */
  active?: boolean
}

/** An option of a select. */
export interface SelectItem {
  value: string
  text: string
  disabled?: boolean
}

/** A radio or checkbox. */
export interface ChoiceItem {
  value: string
  text: string
  hint?: string
  disabled?: boolean
}

/** A footer link. */
export interface FooterLink {
  href: string
  text: string
}

/** An entry of the error summary: the message, and the id of the field it is about. */
export interface ErrorItem {
  text: string
  href: string
}

/** A row of a summary list. */
export interface SummaryRow {
  key: string
  value: string
}
