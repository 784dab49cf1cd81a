import type { AxeViolation } from '../support/axe';
import type { StandInWorld } from '../support/extension-page-server';
import type { FakeInternet } from '../support/fake-internet';

/** The colour scheme a page is shown in. */
export type Scheme = 'light' | 'dark';

/** A file the page saved, as the reader's downloads folder would get it. */
export interface SavedFile {
  name: string;
  text: string;
}

/**
 * One browser tab, the same for every browser. Selectors are CSS; ` >>> ` steps into an element's
 * open shadow root (the badges and the card live in shadow roots).
 */
export interface Tab {
  /** How many elements match now. */
  count(selector: string): Promise<number>;
  /** The rendered text (`innerText`) of every match. */
  texts(selector: string): Promise<string[]>;
  /** The text nodes' content (`textContent`) of every match, hidden text included. */
  contents(selector: string): Promise<string[]>;
  /** An attribute of every match. */
  attributes(selector: string, name: string): Promise<Array<string | null>>;
  /** Clicks the `nth` match as a mouse would. */
  click(selector: string, nth?: number): Promise<void>;
  /** Clicks the button whose visible label is exactly `label`. */
  clickLabel(label: string): Promise<void>;
  /** Types into a field, replacing what it held. */
  fill(selector: string, value: string): Promise<void>;
  /** Presses a key as a keyboard would ("Tab", "Shift+Tab", "Enter", "Escape"). */
  press(key: string): Promise<void>;
  /** The focused element as a keyboard user meets it: "tag:text". */
  focused(): Promise<string>;
  /** Runs a function in the page and returns its result. */
  evaluate<T, A = undefined>(run: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Saves what the reader sees under tests/e2e/__screenshots__/`name`. */
  screenshot(name: string, fullPage?: boolean): Promise<void>;
  /** The serious and critical axe-core violations. */
  axe(): Promise<AxeViolation[]>;
  /** Clicks a control that saves a file, and returns the file. */
  download(label: string): Promise<SavedFile>;
  /** Puts the tab in front (a background tab gets no animation frames). */
  front(): Promise<void>;
  /** Reloads the tab. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** What a browser lets a test do, so scenarios skip (and say why) what it cannot. */
export interface DriverAbilities {
  /** The real popup can be opened for a page open in the browser, with the extension's own APIs. */
  popupForPage: boolean;
  /** The colour scheme of a tab can be switched while it is open. */
  switchScheme: boolean;
  /** The background can be stopped while a lookup is in flight. */
  stopBackground: boolean;
}

/** One browser with the built extension installed, its traffic going to the fake internet. */
export interface Driver {
  /** Names the browser and build in test names and screenshots: chromium, firefox-mv2, firefox-mv3. */
  readonly name: string;
  /** The browser alone: chromium or firefox (for screenshots of pages that do not differ by build). */
  readonly family: 'chromium' | 'firefox';
  readonly can: DriverAbilities;
  readonly internet: FakeInternet;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Opens a test page (`/seed`, `/pages/NAME`) in a new tab. */
  openPage(path: string): Promise<Tab>;
  /** Opens the real popup for the tab `page` is in (only where `can.popupForPage`). */
  openPopup(page: Tab, scheme?: Scheme): Promise<Tab>;
  /**
   * Opens the build's own popup or options page, unchanged, against a stand-in of the extension
   * APIs holding `world` (works in every browser; Firefox allows no other way, see firefox.ts).
   */
  openStandIn(page: 'popup' | 'options', world: StandInWorld, scheme?: Scheme): Promise<Tab>;
  /** Opens the options page: the real one where the browser allows, else the stand-in with `world`. */
  openOptions(world: StandInWorld, scheme?: Scheme): Promise<Tab>;
  /** Switches an open tab's colour scheme (only where `can.switchScheme`). */
  setScheme(tab: Tab, scheme: Scheme, reducedMotion?: boolean): Promise<void>;
  /** Stops the extension's background while it works for `page` (only where `can.stopBackground`). */
  stopBackground(page: Tab): Promise<void>;
  /** The settings the extension keeps, read through one of its pages. */
  storedSettings(extensionPage: Tab): Promise<{ disabledSites?: string[] } | undefined>;
}
