// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The generated corpus is read from disk at request time by route handlers; ship it with the server.
  outputFileTracingIncludes: { '/**': ['./data/generated/**/*'] },
};

export default nextConfig;
