/**
 * WGS84 longitude/latitude ↔ British National Grid, from the formulae Ordnance Survey publishes
 * in "A guide to coordinate systems in Great Britain": ellipsoidal ↔ Cartesian coordinates, the
 * seven-parameter Helmert transformation ETRS89 → OSGB36, and the Transverse Mercator projection
 * (Annex C). The Helmert step is OS's approximate transformation, good to a few metres (OSTN15
 * is exact but is a 15 MB grid): plenty for 250 m cells, not for surveying. WGS84 is taken as
 * ETRS89 (they differ by well under a metre in Britain for this purpose) and heights as zero.
 */
import type { LonLat } from './shapes.ts'

interface Ellipsoid {
  a: number
  b: number
}

const grs80: Ellipsoid = { a: 6_378_137, b: 6_356_752.3141 }
const airy1830: Ellipsoid = { a: 6_377_563.396, b: 6_356_256.909 }

/** National Grid projection constants (OS guide, table A.2). */
const F0 = 0.9996012717
const phi0 = (49 * Math.PI) / 180
const lambda0 = (-2 * Math.PI) / 180
const E0 = 400_000
const N0 = -100_000

const arcSeconds = Math.PI / (180 * 3600)

/** ETRS89 → OSGB36 (OS guide, table 6.2): metres, parts per million, arc-seconds. */
const toOsgb36 = {
  tx: -446.448,
  ty: 125.157,
  tz: -542.06,
  s: 20.4894e-6,
  rx: -0.1502 * arcSeconds,
  ry: -0.247 * arcSeconds,
  rz: -0.8421 * arcSeconds,
}
type Helmert = typeof toOsgb36

const toEtrs89: Helmert = {
  tx: -toOsgb36.tx,
  ty: -toOsgb36.ty,
  tz: -toOsgb36.tz,
  s: -toOsgb36.s,
  rx: -toOsgb36.rx,
  ry: -toOsgb36.ry,
  rz: -toOsgb36.rz,
}

type Vector = [number, number, number]

const radians = (degrees: number) => (degrees * Math.PI) / 180
const degrees = (radians: number) => (radians * 180) / Math.PI

function toCartesian(phi: number, lambda: number, { a, b }: Ellipsoid): Vector {
  const e2 = 1 - (b * b) / (a * a)
  const sinPhi = Math.sin(phi)
  const nu = a / Math.sqrt(1 - e2 * sinPhi * sinPhi)
  return [
    nu * Math.cos(phi) * Math.cos(lambda),
    nu * Math.cos(phi) * Math.sin(lambda),
    (1 - e2) * nu * sinPhi,
  ]
}

function fromCartesian([x, y, z]: Vector, { a, b }: Ellipsoid): [phi: number, lambda: number] {
  const e2 = 1 - (b * b) / (a * a)
  const p = Math.hypot(x, y)
  let phi = Math.atan2(z, p * (1 - e2))
  for (let i = 0; i < 10; i++) {
    const sinPhi = Math.sin(phi)
    const nu = a / Math.sqrt(1 - e2 * sinPhi * sinPhi)
    const next = Math.atan2(z + e2 * nu * sinPhi, p)
    const done = Math.abs(next - phi) < 1e-12
    phi = next
    if (done) break
  }
  return [phi, Math.atan2(y, x)]
}

function helmert([x, y, z]: Vector, { tx, ty, tz, s, rx, ry, rz }: Helmert): Vector {
  return [
    tx + (1 + s) * x - rz * y + ry * z,
    ty + rz * x + (1 + s) * y - rx * z,
    tz - ry * x + rx * y + (1 + s) * z,
  ]
}

/** Meridional arc (OS guide, C.3), on Airy 1830 scaled by F0. */
function meridionalArc(phi: number): number {
  const { a, b } = airy1830
  const n = (a - b) / (a + b)
  const n2 = n * n
  const n3 = n2 * n
  const d = phi - phi0
  const s = phi + phi0
  return (
    b *
    F0 *
    ((1 + n + (5 / 4) * n2 + (5 / 4) * n3) * d -
      (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(d) * Math.cos(s) +
      ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * d) * Math.cos(2 * s) -
      (35 / 24) * n3 * Math.sin(3 * d) * Math.cos(3 * s))
  )
}

function radii(phi: number): { nu: number; rho: number; eta2: number } {
  const { a, b } = airy1830
  const e2 = 1 - (b * b) / (a * a)
  const sin2 = Math.sin(phi) ** 2
  const nu = (a * F0) / Math.sqrt(1 - e2 * sin2)
  const rho = (a * F0 * (1 - e2)) / (1 - e2 * sin2) ** 1.5
  return { nu, rho, eta2: nu / rho - 1 }
}

/**
 * A position on the British National Grid, in metres.
 *
 * @example
 * ```ts
 * const p: GridPosition = { easting: 651409.903, northing: 313177.27 }
 * ```
 */
export interface GridPosition {
  easting: number
  northing: number
}

/**
 * OSGB36 longitude/latitude → National Grid easting/northing (Transverse Mercator, OS guide C.1).
 *
 * @example
 * ```ts
 * // The OS guide's worked example: 52°39′27.2531″N, 1°43′4.5177″E
 * osgb36ToBritishNationalGrid(1.7179215833, 52.6575703056)
 * //=> { easting: 651409.903…, northing: 313177.270… }
 * ```
 */
export function osgb36ToBritishNationalGrid(lon: number, lat: number): GridPosition {
  const phi = radians(lat)
  const { nu, rho, eta2 } = radii(phi)
  const sin = Math.sin(phi)
  const cos = Math.cos(phi)
  const tan2 = Math.tan(phi) ** 2
  const tan4 = tan2 * tan2
  const I = meridionalArc(phi) + N0
  const II = (nu / 2) * sin * cos
  const III = (nu / 24) * sin * cos ** 3 * (5 - tan2 + 9 * eta2)
  const IIIA = (nu / 720) * sin * cos ** 5 * (61 - 58 * tan2 + tan4)
  const IV = nu * cos
  const V = (nu / 6) * cos ** 3 * (nu / rho - tan2)
  const VI = (nu / 120) * cos ** 5 * (5 - 18 * tan2 + tan4 + 14 * eta2 - 58 * tan2 * eta2)
  const l = radians(lon) - lambda0
  return {
    easting: E0 + IV * l + V * l ** 3 + VI * l ** 5,
    northing: I + II * l ** 2 + III * l ** 4 + IIIA * l ** 6,
  }
}

/**
 * National Grid easting/northing → OSGB36 longitude/latitude (OS guide C.2).
 *
 * @example
 * ```ts
 * britishNationalGridToOsgb36(651409.903, 313177.27) //=> [1.71792158…, 52.65757030…]
 * ```
 */
export function britishNationalGridToOsgb36(easting: number, northing: number): LonLat {
  const { a } = airy1830
  let phi = (northing - N0) / (a * F0) + phi0
  let arc = meridionalArc(phi)
  for (let i = 0; i < 20 && Math.abs(northing - N0 - arc) >= 1e-5; i++) {
    phi += (northing - N0 - arc) / (a * F0)
    arc = meridionalArc(phi)
  }
  const { nu, rho, eta2 } = radii(phi)
  const tan = Math.tan(phi)
  const tan2 = tan * tan
  const tan4 = tan2 * tan2
  const sec = 1 / Math.cos(phi)
  const VII = tan / (2 * rho * nu)
  const VIII = (tan / (24 * rho * nu ** 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2)
  const IX = (tan / (720 * rho * nu ** 5)) * (61 + 90 * tan2 + 45 * tan4)
  const X = sec / nu
  const XI = (sec / (6 * nu ** 3)) * (nu / rho + 2 * tan2)
  const XII = (sec / (120 * nu ** 5)) * (5 + 28 * tan2 + 24 * tan4)
  const XIIA = (sec / (5040 * nu ** 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan4 * tan2)
  const e = easting - E0
  const lat = phi - VII * e ** 2 + VIII * e ** 4 - IX * e ** 6
  const lon = lambda0 + X * e - XI * e ** 3 + XII * e ** 5 - XIIA * e ** 7
  return [degrees(lon), degrees(lat)]
}

/**
 * WGS84 longitude/latitude → OSGB36 longitude/latitude (Helmert, a few metres' accuracy).
 *
 * @example
 * ```ts
 * wgs84ToOsgb36(-1.5575, 52.7738) //=> [-1.55600…, 52.77345…]
 * ```
 */
export function wgs84ToOsgb36(lon: number, lat: number): LonLat {
  const [phi, lambda] = fromCartesian(
    helmert(toCartesian(radians(lat), radians(lon), grs80), toOsgb36),
    airy1830
  )
  return [degrees(lambda), degrees(phi)]
}

/**
 * OSGB36 longitude/latitude → WGS84 longitude/latitude (the inverse Helmert).
 *
 * @example
 * ```ts
 * osgb36ToWgs84(-1.55600765, 52.77345898) //=> [-1.5575…, 52.7738…]
 * ```
 */
export function osgb36ToWgs84(lon: number, lat: number): LonLat {
  const [phi, lambda] = fromCartesian(
    helmert(toCartesian(radians(lat), radians(lon), airy1830), toEtrs89),
    grs80
  )
  return [degrees(lambda), degrees(phi)]
}

/**
 * WGS84 longitude/latitude (police.uk's coordinates) → British National Grid easting/northing,
 * accurate to a few metres.
 *
 * @example
 * ```ts
 * wgs84ToBritishNationalGrid(-1.5575, 52.7738) //=> { easting: 429949.25…, northing: 319670.60… }
 * ```
 */
export function wgs84ToBritishNationalGrid(lon: number, lat: number): GridPosition {
  const [osgbLon, osgbLat] = wgs84ToOsgb36(lon, lat)
  return osgb36ToBritishNationalGrid(osgbLon, osgbLat)
}

/**
 * British National Grid easting/northing → WGS84 longitude/latitude, accurate to a few metres.
 *
 * @example
 * ```ts
 * britishNationalGridToWgs84(430000, 320000) //=> [-1.55671…, 52.77675…]
 * ```
 */
export function britishNationalGridToWgs84(easting: number, northing: number): LonLat {
  const [lon, lat] = britishNationalGridToOsgb36(easting, northing)
  return osgb36ToWgs84(lon, lat)
}
