// Review decisions (isnad.yaml `reviews:`): their model, the fingerprint that
// ties a decision to a figure, and the matching of decisions to figures. Pure.
export * from './model.js';
export { CONTEXT_WORDS, figureContext, figureKey, fingerprint, formatFingerprint, parseFingerprint, words } from './fingerprint.js';
export type { FigureContext } from './fingerprint.js';
export { MIN_SIMILARITY, matchReviews, reviewedFigures, similarity, staleLocation } from './match.js';
export type { ReviewMatch } from './match.js';
