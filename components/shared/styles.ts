/**
 * Styles of the source facts shown both in the on-page card and in the popup. Sizes are in px and
 * em, never rem, because rem follows the host page's root font size.
 */
export const SOURCE_STYLES = `
.el-source p, .el-state { margin: 0 0 6px; }
.el-title { font-weight: 600; line-height: 1.35; }
.el-meta { color: #4a4a4a; font-style: italic; }
.el-design { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; }
.el-level { display: inline-block; padding: 1px 7px; border-radius: 9px; background: #e8eef7; color: #173a6a; font-weight: 600; font-size: 12px; }
.el-level-preclinical { background: #f6ecd9; color: #6a4a10; }
.el-level-unknown { background: #ececec; color: #333; }
.el-level-words { color: #333; font-size: 12px; }
.el-evidence { display: block; width: 100%; color: #555; font-size: 12px; }
.el-links { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; }
.el-links a { color: #1a56a8; }
.el-state { color: #6b3b00; }
.el-match { font-size: 12px; color: #555; margin: 0 0 6px; }
.el-notes { list-style: none; margin: 0 0 6px; padding: 0; }
.el-note { font-size: 12px; margin: 0 0 4px; padding-left: 8px; border-left: 3px solid #b9c9e3; }
.el-note-warning { border-left-color: #e0a040; }
.el-note-critical { border-left-color: #c0392b; font-weight: 600; }
.el-size { color: #333; }
.el-registry { font-size: 12px; color: #173a6a; }
.el-notice { font-size: 12px; font-weight: 600; color: #8a1c1c; }
.el-facts-line { font-size: 11px; color: #555; }
.el-abstract { font-size: 12px; margin: 0 0 6px; }
.el-abstract summary { cursor: pointer; color: #1a56a8; }
.el-abstract p { margin: 4px 0 0; white-space: pre-wrap; }
.el-checks h3 { font-size: 12px; font-weight: 600; color: #555; margin: 8px 0 4px; }
.el-checks ul { list-style: none; margin: 0 0 6px; padding: 0; }
.el-check { font-size: 12px; margin: 0 0 6px; padding-left: 8px; border-left: 3px solid #b9c9e3; }
.el-check-warning { border-left-color: #e0a040; }
.el-check strong { color: #222; }
.el-check-warning strong { color: #7a4200; }
.el-check-claim { color: #555; }
.el-check-message { display: block; }
`;
