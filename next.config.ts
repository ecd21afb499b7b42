import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The whole site is static files that any library can host, with no server code.
  output: 'export',
  // dir/index.html works on the simplest static hosts.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    resolveAlias: {
      // The PPTX export (pptxgenjs) uses JSZip. Its source build pulls Node's stream and util polyfills, one
      // of which runs Function("return function*() {}") on load: a CSP violation under our policy (no eval).
      // JSZip's own browser bundle carries none of that.
      jszip: { browser: './node_modules/jszip/dist/jszip.min.js' },
      // pptxgenjs imports these only when it runs under Node (images from disk or URLs), never here.
      'node:https': { browser: './lib/render/node-only-stub.ts' },
      'node:fs': { browser: './lib/render/node-only-stub.ts' },
    },
  },
}

export default nextConfig
