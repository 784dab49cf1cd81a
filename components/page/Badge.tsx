import { DESIGN_LABELS, DESIGN_SHORT_LABELS } from '../../lib/shared/design-codes';
import { i18n } from '../../lib/shared/i18n';
import type { BadgeView } from '../../lib/content/badge-view';

/** Props of an inline badge. */
export interface BadgeProps {
  view: BadgeView;
  expanded: boolean;
  onToggle: (button: HTMLButtonElement) => void;
}

/** What a badge shows: words a screen reader reads too, and symbols it does not. */
interface BadgeFace {
  /** Visible words; the accessible name starts with them (WCAG 2.5.3, label in name). */
  words: string;
  /** Visible symbols after the words (⚑), hidden from assistive technology. */
  symbol: string;
  /** A symbol before the words, as "⚑ 3" of a paragraph badge. */
  leadingSymbol: string;
  state: string;
  level: string | null;
  accessibleName: string;
}

/**
 * A small button after a citation marker or reference entry; opens the source card. Every symbol
 * is aria-hidden, and the accessible name begins with the visible words.
 */
export function Badge({ view, expanded, onToggle }: BadgeProps) {
  const face = describe(view);
  return (
    <button
      type="button"
      class="el-badge"
      data-state={face.state}
      data-level={face.level ?? undefined}
      aria-expanded={expanded}
      aria-haspopup="dialog"
      aria-label={face.accessibleName}
      title={face.accessibleName}
      onClick={(event) => onToggle(event.currentTarget)}
    >
      <span class="el-mark" aria-hidden="true">
        ◆
      </span>
      {face.leadingSymbol && <span aria-hidden="true">{face.leadingSymbol}</span>}
      {face.words}
      {face.symbol && <span aria-hidden="true">{face.symbol}</span>}
    </button>
  );
}

/** The badge's face and accessible name for its view. Exported for tests. */
export function describe(view: BadgeView): BadgeFace {
  const brand = i18n.t('page.badge.brand');
  const warnings = view.checks.filter((check) => check.severity === 'warning').length;
  const face = { symbol: '', leadingSymbol: '', level: null };
  if (view.items.length === 0) {
    const count = view.checks.length;
    return {
      ...face,
      leadingSymbol: '⚑ ',
      words: String(count),
      state: warnings > 0 ? 'claims-warning' : 'claims',
      accessibleName: i18n.t('page.badge.claims', count, [String(count), brand]),
    };
  }
  const subject = view.numbers.length > 0 ? i18n.t('page.badge.reference', [view.numbers.join(', ')]) : i18n.t('page.badge.thisReference');
  const first = view.items.find((item) => item.result?.assessment);
  if (first?.result?.assessment) {
    const { design, level } = first.result.assessment;
    const words = DESIGN_SHORT_LABELS[design];
    const issues = warnings > 0 ? i18n.t('page.badge.issues', warnings, [String(warnings)]) : '';
    return {
      ...face,
      words,
      symbol: warnings > 0 ? ' ⚑' : '',
      state: 'resolved',
      level,
      accessibleName: i18n.t('page.badge.design', [words, brand, subject, DESIGN_LABELS[design]]) + issues,
    };
  }
  const unresolved = view.items.some((item) => item.retrying)
    ? { symbol: '↻', state: 'retrying', key: 'page.badge.retrying' as const }
    : view.items.some((item) => item.pending)
      ? { symbol: '…', state: 'pending', key: 'page.badge.pending' as const }
      : { symbol: '?', state: 'failed', key: 'page.badge.failed' as const };
  return {
    ...face,
    words: '',
    symbol: unresolved.symbol,
    state: unresolved.state,
    accessibleName: i18n.t(unresolved.key, [brand, subject]),
  };
}
