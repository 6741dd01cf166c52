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
  return (
    <div class="table-wrap">
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
