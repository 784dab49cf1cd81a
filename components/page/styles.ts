import { SOURCE_STYLES } from '../shared/styles';

/** Styles inside each badge's shadow root; the page's styles cannot reach in, ours cannot leak out. */
export const BADGE_STYLES = `
:host { all: initial; display: inline; }
.el-badge {
  all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px;
  margin: 0 2px 0 3px; padding: 0 6px; height: 17px; border-radius: 9px; cursor: pointer;
  font: 600 11px/17px system-ui, -apple-system, "Segoe UI", sans-serif; vertical-align: 0.15em;
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
.el-mark { font-size: 10px; }
`;

/** Styles inside the card's shadow root. */
export const CARD_STYLES = `
:host { all: initial; }
.el-card {
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: 70vh; overflow: auto;
  background: #fff; color: #1d1d1d; border: 1px solid #c8c8c8; border-radius: 8px; padding: 12px 14px;
  box-shadow: 0 6px 24px rgba(0,0,0,0.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left;
}
.el-card-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8px; }
.el-card-head h2 { margin: 0; font-size: 12px; font-weight: 600; color: #555; text-transform: uppercase; letter-spacing: 0.04em; }
.el-close { all: initial; cursor: pointer; font: 18px/1 system-ui, sans-serif; color: #555; padding: 2px 6px; border-radius: 4px; }
.el-close:focus-visible { outline: 2px solid #1a56a8; }
.el-ref + .el-ref { border-top: 1px solid #eee; margin-top: 8px; padding-top: 8px; }
.el-ref-text { color: #555; font-size: 12px; margin: 0 0 6px; }
.el-brand { margin-top: 8px; color: #777; font-size: 11px; }
${SOURCE_STYLES}
`;
