'use client';
/** "Copy for ticket": the note itself is formatted by lib/ticket.ts; this only supplies the origin. */
import { CopyButton } from './copy-button';

export function CopyForTicket({ text }: { text: (origin: string) => string }) {
  return <CopyButton label="Copy for ticket" copied="Copied for ticket" getText={() => text(window.location.origin)} />;
}
