import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteHeader } from '@/components/site-header';
import { SiteFooter } from '@/components/site-footer';
import { PrintLinks } from '@/components/print-links';
import { THEME_SCRIPT } from '@/components/theme/theme-script';
import { openSearchUrl } from '@/lib/routes';
import { configuredOrigin, SITE_NAME } from '@/lib/opensearch';

export const metadata: Metadata = {
  // Resolves page-relative canonical links to absolute ones when the deployed origin is known.
  metadataBase: configuredOrigin(process.env.SITE_URL),
  title: { default: 'Provisioning Troubleshooter', template: '%s · Provisioning Troubleshooter' },
  description:
    'Fix Microsoft Entra on-premises application provisioning: the provisioning agent, the ECMA2Host connector host, and the Generic SQL and LDAP connectors. Paste an error or walk a guided diagnosis.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // suppressHydrationWarning: THEME_SCRIPT sets data-theme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Lets browsers offer the site as a search engine; Next's metadata API has no rel="search". */}
        <link rel="search" type="application/opensearchdescription+xml" title={SITE_NAME} href={openSearchUrl()} />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800">
          Skip to content
        </a>
        <SiteHeader />
        {/* tabIndex -1: the skip link's target must take focus, so the next Tab starts inside main. */}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <PrintLinks />
      </body>
    </html>
  );
}
