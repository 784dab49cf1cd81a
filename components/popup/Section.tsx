import type { ComponentChildren } from 'preact';

/** A collapsible part of the popup; its summary carries the count, so a closed section still informs. */
export function Section({
  id,
  title,
  count,
  open,
  onToggle,
  children,
}: {
  id: string;
  title: string;
  count?: string | number;
  open: boolean;
  onToggle: (id: string, open: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <details class="el-section" id={id} open={open} onToggle={(event) => onToggle(id, (event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span class="el-section-title">{title}</span>
        {count !== undefined && <span class="el-count">{count}</span>}
      </summary>
      <div class="el-section-body">{children}</div>
    </details>
  );
}
