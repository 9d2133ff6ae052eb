/**
 * Brute-force binomial tails in exact rational arithmetic (BigInt), for tests: slow, obviously
 * right, and sharing no code with binomial.ts.
 */

/** numerator / denominator as the nearest double, even when it is far below 1e-300. */
export function ratioToNumber(numerator: bigint, denominator: bigint): number {
  if (numerator === 0n) return 0
  const shift = BigInt(denominator.toString(2).length - numerator.toString(2).length + 64)
  const scaled =
    shift >= 0n ? (numerator << shift) / denominator : numerator / (denominator << -shift)
  return Number(scaled) * 2 ** -Number(shift)
}

/** The exact two-sided p of C given C + B ~ Binomial(C + B, 1 / (1 + k)), doubled tail. */
export function exactTwoSidedP(current: number, baselineTotal: number, k: number): number {
  const n = current + baselineTotal
  const bk = BigInt(k)
  // P(X = x) = C(n, x) k^(n − x) / (1 + k)^n
  const weights: bigint[] = []
  let binomial = 1n
  for (let x = 0; x <= n; x++) {
    if (x > 0) binomial = (binomial * BigInt(n - x + 1)) / BigInt(x)
    weights.push(binomial * bk ** BigInt(n - x))
  }
  const total = (1n + bk) ** BigInt(n)
  const lower = weights.slice(0, current + 1).reduce((a, b) => a + b, 0n)
  const upper = weights.slice(current).reduce((a, b) => a + b, 0n)
  const smaller = lower < upper ? lower : upper
  return 2n * smaller >= total ? 1 : ratioToNumber(2n * smaller, total)
}
