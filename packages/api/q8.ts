import { importStallLeg } from './bench/api/import-stall.ts'
import { pgliteTarget, startApi } from './bench/api/server-process.ts'
import { signIn } from './bench/api/sign-in.ts'
const target = await pgliteTarget()
const api = await startApi(target)
const token = await signIn(api.url)
await fetch(api.url + '/v1/crime-tables/anti-social-behaviour/2023')
const s = await importStallLeg(api.url, token, '/v1/crime-tables/anti-social-behaviour/2023')
console.log(JSON.stringify(s))
await api.stop(); await target.drop()
