import type { SourceResult } from '../shared/messages';
import type { PopupLookups } from './page-verdict';

/** Waits before the popup asks again for sources whose service did not answer: one try after each. */
export const POPUP_RETRY_DELAYS_MS = [3_000, 10_000] as const;

/** What the retrier needs from its surroundings: a way to resolve keys and a clock. */
export interface RetrierDeps {
  resolve(keys: readonly string[]): Promise<SourceResult[]>;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  delaysMs?: readonly number[];
}

/**
 * The popup's own looks-ups: sources whose service did not answer are asked for again after each
 * delay while the popup is open (and say "retrying" meanwhile); a reader's "try again" or a pasted
 * identifier is asked for at once. Every change is reported through `onChange`.
 */
export class PopupRetrier {
  private readonly results = new Map<string, SourceResult>();
  private readonly retrying = new Set<string>();
  private readonly attempts = new Map<string, number>();
  private readonly timers = new Set<unknown>();
  private stopped = false;

  constructor(
    private readonly deps: RetrierDeps,
    private readonly onChange: (lookups: PopupLookups) => void,
  ) {}

  /** The popup's looks-ups so far. */
  get lookups(): PopupLookups {
    return { results: new Map(this.results), retrying: new Set(this.retrying) };
  }

  /** Schedules another try for keys the page reported unavailable that the popup has not tried yet. */
  retryUnavailable(keys: readonly string[]): void {
    const fresh = keys.filter((key) => !this.attempts.has(key) && !this.retrying.has(key));
    if (fresh.length > 0) this.schedule(fresh, 0);
  }

  /** Asks for the keys now, as the reader asked; says "retrying" until the answer comes. */
  async tryNow(keys: readonly string[]): Promise<SourceResult[]> {
    for (const key of keys) this.retrying.add(key);
    this.emit();
    return this.ask(keys, Number.POSITIVE_INFINITY);
  }

  /** Cancels every scheduled try (the popup closes). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) this.deps.clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(keys: readonly string[], attempt: number): void {
    const delays = this.deps.delaysMs ?? POPUP_RETRY_DELAYS_MS;
    for (const key of keys) this.attempts.set(key, attempt);
    if (attempt >= delays.length) {
      for (const key of keys) this.retrying.delete(key);
      this.emit();
      return;
    }
    for (const key of keys) this.retrying.add(key);
    this.emit();
    const timer = this.deps.setTimeout(() => {
      this.timers.delete(timer);
      void this.ask(keys, attempt);
    }, delays[attempt]!);
    this.timers.add(timer);
  }

  private async ask(keys: readonly string[], attempt: number): Promise<SourceResult[]> {
    const answers = await this.deps.resolve(keys);
    if (this.stopped) return answers;
    for (const answer of answers) this.results.set(answer.key, answer);
    const still = answers.filter((answer) => answer.state === 'unavailable').map((answer) => answer.key);
    for (const key of keys) if (!still.includes(key)) this.retrying.delete(key);
    if (still.length > 0 && Number.isFinite(attempt)) this.schedule(still, attempt + 1);
    else {
      for (const key of still) this.retrying.delete(key);
      this.emit();
    }
    return answers;
  }

  private emit(): void {
    if (!this.stopped) this.onChange(this.lookups);
  }
}
