import { useEffect, useRef } from 'preact/hooks';
import type { BadgeView } from '../../lib/content/badge-view';
import { SourceSummary, UnresolvedSummary } from '../shared/SourceSummary';
import { ClaimChecks } from '../shared/ClaimChecks';
import { TextMatchNote } from '../shared/TextMatchNote';

/** Props of the card a badge opens. */
export interface SourceCardProps {
  view: BadgeView;
  onClose: () => void;
}

/** The card with each cited source's facts. Everything from the page or an API is text. */
export function SourceCard({ view, onClose }: SourceCardProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const claimsOnly = view.items.length === 0;
  const heading = claimsOnly
    ? 'Claims in this paragraph'
    : view.numbers.length > 0
      ? `Reference ${view.numbers.join(', ')}`
      : 'Cited source';
  return (
    <div class="el-card" role="dialog" aria-label={`Evidence Lens: ${heading}`} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="el-card-head">
        <h2>{heading}</h2>
        <button type="button" class="el-close" aria-label="Close" ref={closeButton} onClick={onClose}>
          ×
        </button>
      </div>
      <ClaimChecks
        checks={view.checks}
        heading={claimsOnly ? 'Checked against the studies the page cites' : 'What the page says of it, checked'}
      />
      {view.items.map((item) => (
        <section class="el-ref" key={item.entryId}>
          {item.shortFormOf !== null && (
            <p class="el-ref-text">
              “{item.text}” is a short form of reference {item.shortFormOf}.
            </p>
          )}
          {item.match && <TextMatchNote match={item.match} />}
          {item.retrying ? (
            <UnresolvedSummary reason="retrying" />
          ) : item.result ? (
            <SourceSummary result={item.result} />
          ) : (
            <UnresolvedSummary reason={item.pending ? 'pending' : 'no-identifier'} />
          )}
        </section>
      ))}
      <p class="el-brand">
        {view.items.some((item) => item.match)
          ? 'Evidence Lens · this reference’s text was sent to Crossref to find it, nothing else of the page'
          : 'Evidence Lens · only identifiers were sent to look this up'}
      </p>
    </div>
  );
}
