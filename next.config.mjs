/**
 * Static export: `next build` writes plain files to out/, which any static host serves.
 * trailingSlash makes every page a folder with index.html, so /symptoms/<slug>/ works on any host.
 * MDX is compiled at build time by lib/content + components/mdx (see README), not by a webpack loader,
 * because pages are chosen by slug from content/ rather than imported one by one.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
