// Only what scripts/serve-site.ts uses: the packages ship no types, and their @types pull in Express.
declare module 'serve-handler' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  function handler(request: IncomingMessage, response: ServerResponse, config: handler.Config): Promise<void>
  namespace handler {
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
