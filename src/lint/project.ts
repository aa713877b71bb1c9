/** Where the CLI finds the project rules' pieces: `brief new` refuses an id that `duplicate-id` would flag. */
export { idKey } from '../brief/meta.js';
export { default as DUPLICATE_ID } from './rules/duplicate-id.js';
