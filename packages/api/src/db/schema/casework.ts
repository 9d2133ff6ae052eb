// Case reviews, recorded actions, the PSPO register and their settings (one line in index.ts).
export * from './case-reviews.ts'
export * from './actions.ts'
export * from './settings.ts'
