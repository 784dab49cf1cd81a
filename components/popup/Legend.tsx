import { i18n } from '../../lib/shared/i18n';

/** The symbols a reader meets on the page's badges, each with its meaning. */
const SYMBOLS = [
  { symbol: '◆ RCT', key: 'design' },
  { symbol: '◆ RCT ⚑', key: 'flagged' },
  { symbol: '⚑ 1', key: 'paragraph' },
  { symbol: '…', key: 'pending' },
  { symbol: '↻', key: 'retrying' },
  { symbol: '?', key: 'failed' },
] as const;

/** What the badges on the page mean. */
export function Legend() {
  return (
    <>
      <dl class="el-legend">
        {SYMBOLS.map(({ symbol, key }) => (
          <div key={key}>
            <dt>
              <span class="el-legend-badge" aria-hidden="true">
                {symbol}
              </span>
              <span class="el-sr">{i18n.t(`legend.name.${key}`)}</span>
            </dt>
            <dd>{i18n.t(`legend.${key}`)}</dd>
          </div>
        ))}
      </dl>
      <p class="el-muted">{i18n.t('legend.colours')}</p>
      <p class="el-muted">{i18n.t('legend.levels')}</p>
    </>
  );
}
