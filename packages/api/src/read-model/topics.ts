/**
 * The topics of public data, each with the tables whose writes change it. A public view names
 * the topics it is computed from; a write to any of their tables (by this process, another
 * instance or the command line) makes every instance build the view again. The migration
 * `0005_read_model` creates one trigger per table listed here; `topics.test.ts` checks that
 * a write to each table moves its topic's version.
 */
export const readModelTables = {
  'crime-tables': ['crime_tables', 'crime_table_rows'],
  'police-uk': [
    'police_uk_counts',
    'police_uk_sources',
    'police_uk_grid_counts',
    'police_uk_district_counts',
  ],
  plan: ['plans', 'plan_action_counts'],
  actions: ['action_records'],
  'annual-returns': ['asb_case_review_returns'],
  'case-reviews': [
    'asb_case_reviews',
    'asb_case_review_bodies',
    'asb_case_review_complaints',
    'asb_case_review_events',
  ],
  pspos: ['pspos'],
  settings: ['app_settings'],
  organisations: ['organisations'],
  // Not public data: who may sign in with which token (see the principal cache in auth/).
  sessions: ['users', 'api_tokens'],
} as const satisfies Record<string, readonly string[]>

/** A topic of public data. */
export type ReadModelTopic = keyof typeof readModelTables

/** Every topic, in a fixed order (ETags list versions in this order). */
export const readModelTopics = Object.keys(readModelTables) as ReadModelTopic[]
