const ordinals = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
] as const

const cardinals = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const

function checkPositive(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`position must be a whole number ≥ 1, got ${String(n)}`)
  }
}

/**
 * An English ordinal: words up to "twentieth" (style guides spell out small numbers), then
 * digits with a suffix ("21st", "22nd", "111th").
 *
 * @example
 * ```ts
 * ordinalWord(2) //=> 'second'
 * ordinalWord(20) //=> 'twentieth'
 * ordinalWord(23) //=> '23rd'
 * ```
 */
export function ordinalWord(n: number): string {
  checkPositive(n)
  const word = ordinals[n - 1]
  if (word) return word
  const lastTwo = n % 100
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')
  return `${n}${suffix}`
}

const digits = new Intl.NumberFormat('en-GB')

/**
 * An English cardinal: words from zero to twenty, then en-GB digits ("1,234").
 *
 * @example
 * ```ts
 * cardinalWord(9) //=> 'nine'
 * cardinalWord(21) //=> '21'
 * ```
 */
export function cardinalWord(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`expected a whole number ≥ 0, got ${String(n)}`)
  }
  return cardinals[n] ?? digits.format(n)
}

/**
 * The phrase for a rank: position 1 is plain "lowest"/"highest" (not "first lowest"), shared
 * positions are "joint".
 *
 * @example
 * ```ts
 * rankPhrase(2, 'lowest') //=> 'second lowest'
 * rankPhrase(3, 'lowest', true) //=> 'joint third lowest'
 * rankPhrase(1, 'highest', true) //=> 'joint highest'
 * ```
 */
export function rankPhrase(position: number, order: 'lowest' | 'highest', joint = false): string {
  checkPositive(position)
  const words = position === 1 ? [order] : [ordinalWord(position), order]
  return (joint ? ['joint', ...words] : words).join(' ')
}
