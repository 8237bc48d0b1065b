import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Every page is a folder with an index.html, which any static host serves without rewrites.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
