import { z } from 'zod'

/** One invalid field: `path` is dotted (`rows.0.volume`), `in` says which part of the request. */
export const FieldError = z
  .object({
    path: z.string().meta({ example: 'rows.0.volume' }),
    message: z.string(),
    in: z.enum(['param', 'query', 'json', 'form', 'header', 'cookie']).optional(),
  })
  .meta({ id: 'FieldError' })
export type FieldError = z.infer<typeof FieldError>
