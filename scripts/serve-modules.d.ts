// Only what scripts/serve-site.ts uses: the packages ship no types, and their @types pull in Express.
declare module 'serve-handler' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  function handler(
    request: IncomingMessage,
    response: ServerResponse,
    config: handler.Config,
    methods?: handler.Methods,
  ): Promise<void>
  namespace handler {
    /** File access serve-handler uses instead of node:fs's, each optional. */
    interface Methods {
      lstat?: (path: string) => Promise<import('node:fs').Stats>
      createReadStream?: (
        path: string,
        options?: { start?: number; end?: number },
      ) => import('node:stream').Readable | Promise<import('node:stream').Readable>
    }
    interface Config {
      public?: string
      trailingSlash?: boolean
      directoryListing?: boolean
      headers?: Array<{ source: string; headers: Array<{ key: string; value: string }> }>
    }
  }
  export default handler
}

declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  function compression(): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void
  export default compression
}

declare module 'negotiator' {
  import type { IncomingMessage } from 'node:http'

  class Negotiator {
    constructor(request: Pick<IncomingMessage, 'headers'>)
    /** The most preferred of `available`; ties in the client's weights go to the order of `preferred`. */
    encoding(available: string[], preferred?: string[]): string | undefined
  }
  export default Negotiator
}
