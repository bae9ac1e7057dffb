'use client';
/**
 * "Copy for ticket" on a symptom page. When the user came from search, the link carries the paste and
 * the matched error (?q=…&error=n, see README › URL contract); they are read from the URL here rather
 * than by searching again. Only the values in the paste (connector, host, GUID…) are taken again, with
 * the engine's own normaliser, at click time: from the whole paste when this tab holds it (`paste=`),
 * else from the part in the address. When the user came from a walk (?walk=), its answers go in too.
 */
import { Suspense } from 'react';
// From the module, not the lib/search barrel: the barrel also brings fuse.js (~50 KB gzipped) into every symptom page.
import { normaliseText } from '@/lib/search/normalise';
import { formatSymptomTicket, type TicketSymptom } from '@/lib/ticket';
import { loadPaste } from '@/components/search/paste-store';
import { useWalkToFix } from '@/components/symptom/walk-context';
import { CopyForTicket } from './copy-for-ticket';
import { useSearchContext } from './use-browser';

/** `connectorPrefixes`: content/search/vocabulary.yaml, so the connector name is read as search reads it. */
type Props = { symptom: TicketSymptom; connectorPrefixes: readonly string[] };

function SymptomTicketButton({ symptom, connectorPrefixes }: Props) {
  const search = useSearchContext();
  const walk = useWalkToFix(symptom.id);
  return (
    <CopyForTicket
      text={(origin) =>
        formatSymptomTicket(
          symptom,
          origin,
          search ? { ...search, extracted: normaliseText(loadPaste(search.paste) ?? search.query, { connectorPrefixes }).extracted } : undefined,
          walk ?? undefined,
        )
      }
    />
  );
}

export function SymptomTicket({ symptom, connectorPrefixes }: Props) {
  // No fallback: the button needs JavaScript anyway.
  return (
    <Suspense fallback={null}>
      <SymptomTicketButton symptom={symptom} connectorPrefixes={connectorPrefixes} />
    </Suspense>
  );
}
