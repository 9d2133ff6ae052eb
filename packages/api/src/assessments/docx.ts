import type { StrategicAssessment } from '@csp/domain'
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level })

const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } })

/**
 * The assessment as an editable Word document (.docx): a summary table of every measure with
 * period and source, the findings of each measure, candidate priorities, the plan's priorities
 * and the gaps in the data.
 *
 * @example
 * ```ts
 * const bytes = await assessmentDocx(assessment) // a .docx, to send as a download
 * ```
 */
export async function assessmentDocx(assessment: StrategicAssessment): Promise<Uint8Array> {
  const { year, area, measures } = assessment
  const header = [
    'Measure',
    'Period',
    'Volume',
    'Rate per 1,000',
    'Trend',
    'Rank',
    'Complete',
    'Source',
  ]
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...measures.map(
        (m) =>
          new TableRow({
            children: [
              cell(m.label),
              cell(m.period),
              cell(m.volume === null ? 'no figure' : m.volume.toLocaleString('en-GB')),
              cell(m.rate ?? 'no figure'),
              cell(
                m.trend === null ? 'not drawn' : `${m.trend > 0 ? '+' : ''}${m.trend.toFixed(1)}%`
              ),
              cell(m.rank ? `${m.rank.phrase} of ${m.rank.of}` : 'not drawn'),
              cell(m.complete ? 'yes' : 'no'),
              cell(`${m.source.publisher}: ${m.source.title}`),
            ],
          })
      ),
    ],
  })
  const document = new Document({
    creator: 'CSP Toolkit',
    title: `Strategic assessment ${year}: ${area.name}`,
    sections: [
      {
        children: [
          heading(`Strategic assessment ${year}: ${area.name}`, HeadingLevel.TITLE),
          new Paragraph(
            `Built by the CSP Toolkit from the tables stored for ${year} and ${year - 1}. Rates are per 1,000 residents aged 16+, to 1 decimal place; ranks are among the comparison areas, lowest rate first. Every figure gives its period and source; an incomplete year draws no trend or rank.`
          ),
          heading('Summary', HeadingLevel.HEADING_1),
          table,
          heading('Findings by measure', HeadingLevel.HEADING_1),
          ...measures.flatMap((m) => [
            heading(`${m.label} (${m.period})`, HeadingLevel.HEADING_2),
            ...m.findings.map(bullet),
            new Paragraph({
              children: [
                new TextRun({
                  text: `Source: ${m.source.publisher}, ${m.source.title}.`,
                  italics: true,
                }),
              ],
            }),
          ]),
          heading('Candidate priorities', HeadingLevel.HEADING_1),
          ...(assessment.candidatePriorities.length === 0
            ? [new Paragraph('No measure rose significantly or fell in rank.')]
            : assessment.candidatePriorities.map((c) => bullet(`${c.measure}: ${c.reason}`))),
          heading("The plan's priorities", HeadingLevel.HEADING_1),
          ...assessment.priorities.map((p) =>
            bullet(`${p.title}${p.improved ? ' (improved)' : ''}: ${p.note}`)
          ),
          heading('Gaps in the data', HeadingLevel.HEADING_1),
          ...(assessment.gaps.length === 0
            ? [new Paragraph('None: every table of the year is complete.')]
            : assessment.gaps.map(bullet)),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
