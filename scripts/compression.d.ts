// The one part of the express `compression` middleware that scripts/static-server.js uses (its own typings,
// @types/compression, pull in all of express's).
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function compression(options?: {
    level?: number;
    threshold?: number | string;
  }): (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
