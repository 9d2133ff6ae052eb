// Checks against the ONS source files and the real police.uk sample in ../shared/data (beside the
// repository, not in it; or CSP_GEO_DIR). Everything else tests the committed data only.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildGeography,
  geoDirFrom,
  hasSourceFiles,
  outputPath,
} from '../../../../scripts/build-geography.ts'
import { derbyshireGeography } from '../boundaries.ts'

const geoDir = geoDirFrom([], process.env)
const repositoryRoot = new URL('../../../../', import.meta.url)
const sourcesPresent = hasSourceFiles(geoDir)
const policeSample = path.join(geoDir, '../police-uk/2024-12-nottinghamshire-street.csv')

describe.skipIf(!sourcesPresent)(
  sourcesPresent
    ? 'the geography build'
    : `the geography build (SKIPPED: the ONS files are not in ${geoDir}; set CSP_GEO_DIR or clone shared/ beside the repository)`,
  () => {
    it('rebuilds the committed file byte for byte', () => {
      const committed = readFileSync(new URL(outputPath, repositoryRoot), 'utf8')
      expect(buildGeography(geoDir) === committed).toBe(true)
    }, 120_000)
  }
)

describe.skipIf(!existsSync(policeSample))(
  existsSync(policeSample)
    ? 'point in polygon on the real police.uk sample'
    : `point in polygon on the real police.uk sample (SKIPPED: ${policeSample} not found)`,
  () => {
    it('agrees with the rows’ own LSOA codes, and puts no other force area row in Derbyshire', () => {
      const geography = derbyshireGeography()
      const [, ...rows] = readFileSync(policeSample, 'utf8').trim().split('\n')
      let ours = 0
      let agree = 0
      let elsewherePlaced = 0
      for (const row of rows) {
        const fields = row.split(',')
        const [lon, lat, code] = [fields[4], fields[5], fields[7] ?? '']
        if (!lon || !lat) continue
        const found = geography.locateLsoa(Number(lon), Number(lat))
        if (geography.area(code)?.kind === 'lsoa') {
          ours++
          if (found === code) agree++
        } else if (found !== null) {
          elsewherePlaced++
        }
      }
      // 14 of the 15 rows in Derbyshire LSOAs; the 15th sits on the wrong side of a border in
      // the generalised source boundaries themselves (see data/geography/README.md).
      expect(ours).toBe(15)
      expect(agree).toBeGreaterThanOrEqual(14)
      expect(elsewherePlaced).toBe(0)
    })
  }
)
