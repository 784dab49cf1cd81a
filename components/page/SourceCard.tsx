import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '../../lib/shared/i18n';
import type { BadgeView } from '../../lib/content/badge-view';
import { handleDialogKey } from '../../lib/content/focus-trap';
import { SourceSummary, UnresolvedSummary } from '../shared/SourceSummary';
import { TextMatchNote } from '../shared/TextMatchNote';
import { CheckGroups } from './CheckGroups';

/** Props of the card a badge opens. */
export interface SourceCardProps {
  view: BadgeView;
  onClose: () => void;
}

/** The card's heading, which is also its accessible name. */
export function cardHeading(view: BadgeView): string {
  if (view.items.length === 0) return i18n.t('page.card.claimsHeading');
  return view.numbers.length > 0 ? i18n.t('page.card.referenceHeading', [view.numbers.join(', ')]) : i18n.t('page.card.sourceHeading');
}

/**
 * The card with each cited source's facts: a modal dialog named by its heading. Focus moves to
 * it on open and stays inside while it is open (Tab and Shift+Tab wrap); Escape closes it.
 * Everything from the page or an API is text.
 */
export function SourceCard({ view, onClose }: SourceCardProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const claimsOnly = view.items.length === 0;
  const heading = cardHeading(view);
  const onKeyDown = (event: KeyboardEvent) => {
    if (dialog.current && handleDialogKey(event, dialog.current)) onClose();
  };
  return (
    <div class="el-card" role="dialog" aria-modal="true" aria-labelledby="el-card-heading" tabIndex={-1} ref={dialog} onKeyDown={onKeyDown}>
      <div class="el-card-head">
        <h2 id="el-card-heading">
          <span class="el-visually-hidden">{i18n.t('page.badge.brand')}: </span>
          {heading}
        </h2>
        <button type="button" class="el-close" aria-label={i18n.t('page.card.close')} ref={closeButton} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <CheckGroups checks={view.checks} heading={i18n.t(claimsOnly ? 'page.card.checksParagraph' : 'page.card.checksReference')} />
      {view.items.map((item) => (
        <section class="el-ref" key={item.entryId}>
          {item.shortFormOf !== null && <p class="el-ref-text">{i18n.t('page.card.shortForm', [item.text, String(item.shortFormOf)])}</p>}
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
      <p class="el-brand">{i18n.t(view.items.some((item) => item.match) ? 'page.card.brandText' : 'page.card.brandIds')}</p>
      <p class="el-more" aria-hidden="true">
        {i18n.t('page.card.scrollHint')}
      </p>
    </div>
  );
}
