import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The whole site is static files that any library can host, with no server code.
  output: 'export',
  // dir/index.html works on the simplest static hosts.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
