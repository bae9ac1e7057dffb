'use client';
/**
 * "Copy for ticket" on a symptom page. When the user came from search, the link carries the paste and
 * the matched error (?q=…&error=n, see symptomFromSearchUrl); they are read from the URL here rather
 * than by searching again.
 */
import { parseSearchContext } from '@/lib/routes';
import { formatSymptomTicket, type TicketSymptom } from '@/lib/ticket';
import { CopyForTicket } from './copy-for-ticket';
import { useLocationSearch } from './use-browser';

export function SymptomTicket({ symptom }: { symptom: TicketSymptom }) {
  const search = parseSearchContext(useLocationSearch()) ?? undefined;
  return <CopyForTicket text={(origin) => formatSymptomTicket(symptom, origin, search)} />;
}
