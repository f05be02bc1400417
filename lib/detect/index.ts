/** The detection engine's public face (issue 3): createScanner(bundle).scan(observation). */
export { createScanner, type Scanner } from './scanner';
export { normalize, type Normalized } from './normalize';
export { luhnValid } from './structured';
