import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fixNullableRefs, orNull } from './nullable-refs.ts'

describe('nullable references in the OpenAPI document', () => {
  it('keeps a shared object component non-nullable and makes the use nullable', () => {
    const Inner = z.object({ v: z.string() }).meta({ id: 'ProbeInner' })
    const Code = z.string().meta({ id: 'ProbeCode' })
    // The domain's nullable primitives are fixed up afterwards; they must first be used plainly.
    const Outer = z
      .object({ a: orNull(Inner), b: Inner, code: Code, c: Code.nullable() })
      .meta({ id: 'ProbeOuter' })
    const app = new OpenAPIHono().openapi(
      createRoute({
        method: 'get',
        path: '/probe',
        responses: {
          200: { description: 'x', content: { 'application/json': { schema: Outer } } },
        },
      }),
      (c) => c.json({ a: null, b: { v: 'x' }, code: 'x', c: null }, 200)
    )
    const { components } = fixNullableRefs(
      app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } })
    )
    const schemas = components?.schemas ?? {}
    expect(schemas['ProbeInner']).toMatchObject({ type: 'object' })
    expect(schemas['ProbeOuter']).toMatchObject({
      properties: {
        a: { anyOf: [{ $ref: '#/components/schemas/ProbeInner' }, { type: 'null' }] },
        b: { $ref: '#/components/schemas/ProbeInner' },
        c: { anyOf: [{ $ref: '#/components/schemas/ProbeCode' }, { type: 'null' }] },
      },
    })
  })

  it('leaves other allOf schemas alone', () => {
    const other = { allOf: [{ $ref: '#/a' }, { type: 'string' }] }
    expect(fixNullableRefs(other)).toEqual(other)
    expect(
      fixNullableRefs({
        description: 'd',
        allOf: [{ $ref: '#/a' }, { type: ['string', 'null'], default: null }],
      })
    ).toEqual({
      description: 'd',
      default: null,
      anyOf: [{ $ref: '#/a' }, { type: 'null' }],
    })
  })
})
