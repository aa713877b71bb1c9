/** The bundle's entry (bin/brief.js loads it): the CLI's main and its process handlers. */
export { main } from './main.js';
export { systemIO } from './io.js';
export { installProcessHandlers } from './process.js';
