import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../lib/shared/i18n';
import { cacheUsage, clearCache, formatBytes, type CacheArea, type CacheUsage } from '../../lib/options/cache-usage';

/** How many sources are stored in this browser and how much room they take, with a way to clear them. */
export function CacheSection({ area }: { area: CacheArea }) {
  const [usage, setUsage] = useState<CacheUsage | null>(null);
  const [cleared, setCleared] = useState(false);
  useEffect(() => void cacheUsage(area).then(setUsage), [area]);
  const clear = async () => {
    await clearCache(area);
    setUsage(await cacheUsage(area));
    setCleared(true);
  };
  return (
    <section aria-labelledby="el-cache-heading">
      <h2 id="el-cache-heading">{i18n.t('options.cache')}</h2>
      <p data-testid="cache-size">
        {usage === null
          ? '…'
          : usage.sources === 0
            ? i18n.t('options.cacheEmpty')
            : i18n.t('options.cacheSources', usage.sources, [String(usage.sources), formatBytes(usage.bytes, navigator.language)])}
      </p>
      <p class="el-hint">{i18n.t('options.cacheHint')}</p>
      <button type="button" onClick={() => void clear()} disabled={usage?.sources === 0 && usage.bytes === 0}>
        {i18n.t('options.cacheClear')}
      </button>
      {cleared && (
        <span class="el-status" role="status">
          {i18n.t('options.cacheCleared')}
        </span>
      )}
    </section>
  );
}
