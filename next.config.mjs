/**
 * Static export: `next build` writes plain files to out/, which any static host serves.
 * trailingSlash makes every page a folder with index.html, so /symptoms/<slug>/ works on any host.
 * MDX is compiled at build time by lib/content + components/mdx (see README), not by a webpack loader,
 * because pages are chosen by slug from content/ rather than imported one by one.
 */
import os from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Pages are rendered by worker processes; Next starts one fewer than there are cores, but in a static
  // export the main process only waits for them (a profile of `npm run bench:build` shows it idle), so
  // that leaves a core unused for most of a large build. (Each worker gets a run of routes in order,
  // which is why the /go/ redirects are not routes: see scripts/go-pages.ts.)
  experimental: { cpus: os.availableParallelism() },
};

export default nextConfig;
