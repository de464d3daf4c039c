export { parseDeletion } from './deletions.js';
export { parseRecord } from './records.js';
export { parseSleep } from './sleep.js';
export { parseSource } from './source.js';
export { parseWorkout } from './workouts.js';
export type * from './parsed-items.js';
