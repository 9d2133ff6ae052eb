import type { RequestIdVariables } from 'hono/request-id'
import type { Principal } from '../auth/tokens.ts'

/** The Hono environment of the app: what middleware puts on the context. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    /** The signed-in user; set by the bearer middleware on protected routes only. */
    principal?: Principal
  }
}
