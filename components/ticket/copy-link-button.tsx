'use client';
/** "Copy link" beside a fix step: copies the step's absolute permalink (/symptoms/<slug>/#<step-id>). */
import { absoluteUrl } from '@/lib/routes';
import { CopyButton } from './copy-button';

export function CopyLinkButton({ path, name }: { path: string; name: string }) {
  return <CopyButton label="Copy link" ariaLabel={`Copy link to ${name}`} copied="Link copied" getText={() => absoluteUrl(window.location.origin, path)} />;
}
