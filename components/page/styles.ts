import { SOURCE_STYLES } from '../shared/styles';

/**
 * Styles inside each badge's shadow root; the page's styles cannot reach in, ours cannot leak out.
 * Sizes are in px: em and rem would follow whatever the page sets. The host's own style is set
 * inline (lib/content/shadow-host.ts), not by a :host rule: an important :host rule would outrank
 * it. The badge is kept lower than a line of body text, so a line with a badge grows by a few
 * pixels at most.
 */
export const BADGE_STYLES = `
.el-badge {
  all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px;
  margin: 0 2px 0 3px; padding: 0 6px; height: 17px; border-radius: 9px; cursor: pointer;
  font: 600 11px/15px system-ui, -apple-system, "Segoe UI", sans-serif; vertical-align: 1px;
  background: #e8eef7; color: #173a6a; border: 1px solid #b9c9e3; white-space: nowrap;
}
.el-badge:hover { background: #d7e3f5; }
.el-badge:focus-visible { outline: 2px solid #1a56a8; outline-offset: 1px; }
.el-badge[data-state="pending"] { background: #f1f1f1; color: #555; border-color: #d5d5d5; }
.el-badge[data-state="retrying"] { background: #f7f3e8; color: #6b5200; border-color: #e2d3a3; }
.el-badge[data-state="failed"] { background: #fff4e5; color: #6b3b00; border-color: #f0c98f; }
.el-badge[data-state="claims"] { background: #f1f1f1; color: #333; border-color: #d5d5d5; }
.el-badge[data-state="claims-warning"] { background: #fff1dc; color: #7a4200; border-color: #eab86a; }
.el-badge[data-level="preclinical"] { background: #f6ecd9; color: #6a4a10; border-color: #e5cf9f; }
.el-badge[data-revealed] { outline: 3px solid #e0a040; outline-offset: 2px; animation: el-pulse 0.6s ease-in-out 3; }
.el-mark { font-size: 10px; }
@keyframes el-pulse { 50% { outline-color: transparent; } }
@media (prefers-color-scheme: dark) {
  .el-badge { background: #1f2d44; color: #cfe0ff; border-color: #3f5a86; }
  .el-badge:hover { background: #2a3c5a; }
  .el-badge:focus-visible { outline-color: #8ab4ff; }
  .el-badge[data-state="pending"], .el-badge[data-state="claims"] { background: #2b2b2b; color: #ddd; border-color: #555; }
  .el-badge[data-state="retrying"] { background: #3a321c; color: #f2dc9a; border-color: #6b5a2a; }
  .el-badge[data-state="failed"] { background: #3d2a12; color: #ffd29a; border-color: #7a5424; }
  .el-badge[data-state="claims-warning"] { background: #3d2a12; color: #ffcf8a; border-color: #8a5a1e; }
  .el-badge[data-level="preclinical"] { background: #362c18; color: #f0d9a8; border-color: #6a5630; }
}
@media (prefers-reduced-motion: reduce) { .el-badge, .el-badge[data-revealed] { animation: none; transition: none; } }
`;

/** Styles inside the card's shadow root. */
export const CARD_STYLES = `
.el-card {
  box-sizing: border-box; display: block; position: relative; width: 360px; max-width: calc(100vw - 16px);
  max-height: calc(100vh - 16px); overflow: auto; overscroll-behavior: contain;
  background: #fff; color: #1d1d1d; border: 1px solid #c8c8c8; border-radius: 8px; padding: 12px 14px 0;
  box-shadow: 0 6px 24px rgba(0,0,0,0.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left;
  letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
  overflow-wrap: anywhere;
}
.el-card:focus { outline: none; }
.el-card-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 8px; }
.el-card-head h2 { margin: 0; font-size: 12px; font-weight: 600; color: #555; text-transform: uppercase; letter-spacing: 0.04em; }
.el-close { all: initial; cursor: pointer; font: 18px/1 system-ui, sans-serif; color: #555; padding: 2px 6px; border-radius: 4px; }
.el-close:focus-visible, .el-card a:focus-visible, .el-card summary:focus-visible { outline: 2px solid #1a56a8; outline-offset: 1px; }
.el-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.el-ref + .el-ref { border-top: 1px solid #eee; margin-top: 8px; padding-top: 8px; }
.el-ref-text { color: #555; font-size: 12px; margin: 0 0 6px; }
.el-claim { margin: 0 0 8px; }
.el-claim-text { margin: 0 0 4px; font-size: 12px; color: #333; }
.el-claim-label { font-weight: 600; }
.el-checked-against { margin: 0 0 4px; font-size: 12px; color: #173a6a; }
.el-brand { margin: 8px 0 0; padding-bottom: 12px; color: #666; font-size: 11px; }
.el-more {
  display: none; position: sticky; bottom: 0; margin: 0 -14px; padding: 18px 14px 6px; text-align: center;
  font-size: 11px; font-weight: 600; color: #1a56a8; pointer-events: none;
  background: linear-gradient(to bottom, rgba(255,255,255,0), #fff 55%);
}
.el-card[data-more] .el-more { display: block; }
${SOURCE_STYLES}
@media (prefers-color-scheme: dark) {
  .el-card { color-scheme: dark; background: #1e1f22; color: #e6e6e6; border-color: #4a4d52; box-shadow: 0 6px 24px rgba(0,0,0,0.6); }
  .el-card-head h2, .el-close, .el-ref-text, .el-brand, .el-evidence, .el-match, .el-facts-line, .el-check-claim { color: #b8bcc2; }
  .el-claim-text, .el-level-words, .el-size, .el-meta { color: #d0d3d8; }
  .el-check strong { color: #f0f0f0; }
  .el-check-warning strong, .el-state { color: #ffc46b; }
  .el-checked-against, .el-registry { color: #a9c7ff; }
  .el-links a, .el-abstract summary, .el-more { color: #8ab4ff; }
  .el-notice { color: #ff9a9a; }
  .el-level { background: #1f2d44; color: #cfe0ff; }
  .el-level-preclinical { background: #362c18; color: #f0d9a8; }
  .el-level-unknown { background: #333; color: #ddd; }
  .el-ref + .el-ref { border-top-color: #3a3d42; }
  .el-check, .el-note { border-left-color: #3f5a86; }
  .el-check-warning, .el-note-warning { border-left-color: #c88a30; }
  .el-more { background: linear-gradient(to bottom, rgba(30,31,34,0), #1e1f22 55%); }
  .el-close:focus-visible, .el-card a:focus-visible, .el-card summary:focus-visible { outline-color: #8ab4ff; }
}
@media (prefers-reduced-motion: reduce) { .el-card, .el-card * { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }
`;
