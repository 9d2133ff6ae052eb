import { z } from 'zod'
import { Organisation } from './organisations.ts'
import { Email, Id, NewPassword, PersonName, Role, Timestamp } from './people.ts'

/** The signed-in user as the token response and `/v1/me` describe them. */
export const SessionUser = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    role: Role,
    organisationId: Id,
  })
  .meta({ id: 'SessionUser' })
export type SessionUser = z.infer<typeof SessionUser>

/** A user as admins see them. */
export const User = SessionUser.extend({
  organisationName: z.string(),
  disabled: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'User' })
export type User = z.infer<typeof User>

/** `GET /v1/users`: every user, by name. */
export const UserList = z.object({ items: z.array(User) }).meta({ id: 'UserList' })
export type UserList = z.infer<typeof UserList>

/** `GET /v1/me`: the signed-in user, their organisation and when their token expires. */
export const Me = User.extend({
  organisation: Organisation,
  tokenExpiresAt: Timestamp,
}).meta({ id: 'Me' })
export type Me = z.infer<typeof Me>

/**
 * The body of `POST /v1/users` (admins): the new user's initial password is set by the admin
 * and passed on to them out of band.
 *
 * @example
 * ```ts
 * CreateUserRequest.safeParse({ email: 'x', name: '', role: 'boss', organisationId: '1', password: 'short' })
 * // five issues, at email, name, role, organisationId and password
 * ```
 */
export const CreateUserRequest = z
  .object({
    email: Email,
    name: PersonName,
    role: Role,
    organisationId: Id,
    password: NewPassword,
  })
  .meta({ id: 'CreateUserRequest' })
export type CreateUserRequest = z.infer<typeof CreateUserRequest>

/**
 * The body of `PATCH /v1/users/{id}` (admins): any of role, name, disabled, and a new
 * password (which, like disabling, ends every session of the user). At least one field.
 *
 * @example
 * ```ts
 * UpdateUserRequest.parse({ disabled: true })
 * ```
 */
export const UpdateUserRequest = z
  .object({
    name: PersonName.optional(),
    role: Role.optional(),
    disabled: z.boolean().optional(),
    password: NewPassword.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'give at least one of name, role, disabled or password',
  })
  .meta({ id: 'UpdateUserRequest' })
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>
