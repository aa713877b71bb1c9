/**
 * Lets the event loop run (a spinner frame, a Ctrl-C handler) in the middle of long
 * synchronous work, such as reading and parsing thousands of briefs.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
