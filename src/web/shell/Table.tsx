// A data table of the shell: scrollable on narrow screens (table-wrap), an optional caption (visible or only for
// screen readers), one header row of column headings, and the rows the page renders as children (each row's first
// cell a `<th scope="row">` where it names the row).

import type { ComponentChildren } from 'preact';

export interface Column {
  label: ComponentChildren;
  /** e.g. `num` for right-aligned figures */
  class?: string;
}

export function Table({
  caption,
  captionClass,
  columns,
  children,
}: {
  caption?: ComponentChildren;
  captionClass?: string;
  columns: Column[];
  children?: ComponentChildren;
}) {
  // On a phone the table scrolls in its box. A named table's box takes keyboard focus, so that it can be scrolled
  // without a mouse also when it holds no link or button (WCAG 2.1.1; axe: scrollable-region-focusable).
  const name = typeof caption === 'string' ? caption : undefined;
  return (
    <div class="table-wrap" {...(name !== undefined ? { tabIndex: 0, role: 'region', 'aria-label': name } : {})}>
      <table class="table">
        {caption !== undefined ? <caption class={captionClass}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" class={c.class}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
