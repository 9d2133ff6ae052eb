/**
 * Binomial probabilities that stay accurate to 1e-10 relative or better (the tests check this
 * against exact rational sums) for any number of trials a partnership will meet, tens of
 * thousands and far beyond, with nothing that can overflow: the probability of one count is
 * computed with Loader's saddle-point form (as R's `dbinom` does), which never forms a
 * factorial or a power that could overflow or cancel, and a tail is summed outward from that
 * count with the ratio of neighbouring terms, so every term is smaller than the last.
 */

const lnSqrt2Pi = 0.5 * Math.log(2 * Math.PI)

// ln n! − (n ln n − n + ½ ln 2πn) for n = 0 … 15, from n! itself (exact in a double up to 18!).
const smallStirlingErrors: readonly number[] = Array.from({ length: 16 }, (_, n) => {
  if (n === 0) return 0
  let factorial = 1
  for (let i = 2; i <= n; i++) factorial *= i
  return Math.log(factorial) - (n * Math.log(n) - n + lnSqrt2Pi + 0.5 * Math.log(n))
})

/** The error of Stirling's formula for ln n!, for a whole number n ≥ 1. */
function stirlingError(n: number): number {
  if (n <= 15) return smallStirlingErrors[n] as number
  const s0 = 1 / 12
  const s1 = 1 / 360
  const s2 = 1 / 1260
  const s3 = 1 / 1680
  const s4 = 1 / 1188
  const nn = n * n
  if (n > 500) return (s0 - s1 / nn) / n
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n
}

/** `x ln(x / m) + m − x`, without the cancellation of that formula when x is close to m. */
function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m)
    let sum = (x - m) * v
    let term = 2 * x * v
    v *= v
    for (let j = 1; j < 1000; j++) {
      term *= v
      const next = sum + term / (2 * j + 1)
      if (next === sum) return next
      sum = next
    }
    return sum
  }
  return x * Math.log(x / m) + m - x
}

/**
 * The natural log of P(X = x) for X ~ Binomial(n, p), with 0 < p < 1 and whole 0 ≤ x ≤ n.
 *
 * @example
 * ```ts
 * Math.exp(logBinomialProbability(1, 2, 0.5)) //=> 0.5
 * ```
 */
export function logBinomialProbability(x: number, n: number, p: number): number {
  const q = 1 - p
  if (x === 0) return n * Math.log1p(-p)
  if (x === n) return n * Math.log(p)
  const exponent =
    stirlingError(n) -
    stirlingError(x) -
    stirlingError(n - x) -
    deviance(x, n * p) -
    deviance(n - x, n * q)
  return exponent - lnSqrt2Pi - 0.5 * (Math.log(x) + Math.log1p(-x / n))
}

// Terms below this share of the running sum cannot change a double.
const negligible = 2 ** -60

/** Σ P(X = y) for y from x away from the mode, as a multiple of P(X = x). */
function tailFactor(x: number, n: number, p: number, direction: -1 | 1): number {
  const odds = p / (1 - p)
  let term = 1
  let sum = 1
  if (direction < 0) {
    for (let y = x; y > 0; y--) {
      term *= y / (n - y + 1) / odds
      sum += term
      if (term < sum * negligible) break
    }
  } else {
    for (let y = x; y < n; y++) {
      term *= ((n - y) / (y + 1)) * odds
      sum += term
      if (term < sum * negligible) break
    }
  }
  return sum
}

/**
 * Both tails of Binomial(n, p) at x: `lower` = P(X ≤ x) and `upper` = P(X ≥ x). The tail on
 * the far side of the mode is summed term by term (each term smaller than the last, so it
 * converges fast and loses nothing); the other is 1 minus it, which is never small.
 *
 * @example
 * ```ts
 * binomialTails(0, 2, 0.5) //=> { lower: 0.25, upper: 1 }
 * ```
 */
export function binomialTails(x: number, n: number, p: number): { lower: number; upper: number } {
  if (n === 0) return { lower: 1, upper: 1 }
  const logPoint = logBinomialProbability(x, n, p)
  const point = Math.exp(logPoint)
  const clamp = (value: number) => Math.min(1, Math.max(point, value))
  if (x <= Math.floor((n + 1) * p)) {
    const lower = clamp(Math.exp(logPoint + Math.log(tailFactor(x, n, p, -1))))
    return { lower, upper: clamp(1 - lower + point) }
  }
  const upper = clamp(Math.exp(logPoint + Math.log(tailFactor(x, n, p, 1))))
  return { lower: clamp(1 - upper + point), upper }
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`)
  }
}

/**
 * The exact two-sided p of the conditional test of a count against a baseline ("C-test").
 * Under "no change", the current count C, given the total C + B of current and baseline, is
 * Binomial(C + B, 1 / (1 + k)), where B is the total of k baseline periods each as long as the
 * current one (k = 1 for two equal periods). The two-sided p is twice the smaller tail at C,
 * at most 1 — the "doubling" convention, which for two equal periods (p = ½) is the same as
 * R's `binom.test`.
 *
 * Accurate to 1e-10 relative for counts into the millions: no factorial or power is ever formed (see
 * {@link binomialTails}). A p too small for a double is 0.
 *
 * @example
 * ```ts
 * exactConditionalP(62, 40) //=> 0.03706676743856… (40 → 62)
 * exactConditionalP(30, 60, 3) //=> 0.0945677710808… (30 against 60 over three periods)
 * exactConditionalP(0, 0) //=> 1
 * ```
 */
export function exactConditionalP(current: number, baselineTotal: number, periods = 1): number {
  checkCount('current', current)
  checkCount('baselineTotal', baselineTotal)
  if (!Number.isSafeInteger(periods) || periods < 1) {
    throw new RangeError(`periods must be a whole number ≥ 1, got ${String(periods)}`)
  }
  // With two equal periods the test is symmetric; computing it one way round makes it exactly so.
  const x = periods === 1 ? Math.min(current, baselineTotal) : current
  const { lower, upper } = binomialTails(x, current + baselineTotal, 1 / (1 + periods))
  return Math.min(1, Math.max(0, 2 * Math.min(lower, upper)))
}

/**
 * The square-root Z of a count against a baseline of k periods with mean H = B / k:
 * `Z = 2(√C − √H) / √(1 + 1/k)`, which for two equal periods (k = 1) is `√2(√C − √B)`.
 * Positive for a rise. An approximation shown beside the exact p, never instead of it.
 *
 * @example
 * ```ts
 * changeZ(62, 40) //=> 2.19125681566088… (40 → 62)
 * changeZ(30, 60, 3) //=> 1.74086… (30 against a mean of 20 over three periods)
 * ```
 */
export function changeZ(current: number, baselineTotal: number, periods = 1): number {
  checkCount('current', current)
  checkCount('baselineTotal', baselineTotal)
  if (!Number.isSafeInteger(periods) || periods < 1) {
    throw new RangeError(`periods must be a whole number ≥ 1, got ${String(periods)}`)
  }
  const mean = baselineTotal / periods
  return (2 * (Math.sqrt(current) - Math.sqrt(mean))) / Math.sqrt(1 + 1 / periods)
}
