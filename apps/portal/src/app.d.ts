import type { Client } from '#lib/server/api.ts'
import type { SessionUser } from '#lib/server/auth.ts'

declare global {
  namespace App {
    interface Locals {
      /** Who is signed in; null on the sign-in page. */
      user: SessionUser | null
      /** The API, with the signed-in person's token when there is one. */
      api: Client
    }
    interface Error {
      message: string
    }
  }
}

export {}
