import { z } from 'zod'
import { Organisation } from './organisations.ts'
import { NextLink, PageQuery } from './pages.ts'
import { Email, Id, NewPassword, PersonName, Role, Timestamp } from './people.ts'

/**
 * What an account must do before its token allows more than that: `password-change` when
 * someone else (an admin, the command line) chose its password, `two-factor-setup` when its
 * role requires two-factor sign-in and it has none yet.
 */
export const AccountRequirement = z
  .enum(['password-change', 'two-factor-setup'])
  .meta({ id: 'AccountRequirement' })
export type AccountRequirement = z.infer<typeof AccountRequirement>

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
  passwordChangeRequired: z.boolean().meta({
    description:
      'Someone else chose the password; the user must choose their own when they sign in.',
  }),
  twoFactorEnabled: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'User' })
export type User = z.infer<typeof User>

/** `GET /v1/users`: every user, by name. */
export const UserList = z.object({ items: z.array(User), next: NextLink }).meta({ id: 'UserList' })

/** The query of `GET /v1/users`: a page. */
export const UserListQuery = z.object({ ...PageQuery })
export type UserList = z.infer<typeof UserList>

/** `GET /v1/me`: the signed-in user, their organisation and when their token expires. */
export const Me = User.extend({
  organisation: Organisation,
  tokenExpiresAt: Timestamp,
  requires: z.array(AccountRequirement).meta({
    description: 'What the account must do before this token allows more; empty for a full token.',
  }),
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
 * The body of `PATCH /v1/users/{id}` (admins): any of role, name, disabled, a new password
 * (which the user must change when they next sign in) and `removeTwoFactor` (for someone who
 * lost their authenticator and their recovery codes). A new password, disabling and removing
 * two-factor sign-in end every session of the user. At least one field.
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
    removeTwoFactor: z.literal(true).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'give at least one of name, role, disabled, password or removeTwoFactor',
  })
  .meta({ id: 'UpdateUserRequest' })
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>
