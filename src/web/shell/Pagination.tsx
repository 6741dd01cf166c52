// The previous/next links of a paged list (companies, follow-ups, audit trail); nothing when there is one page.

export function Pagination({
  label,
  page,
  pages,
  href,
  texts,
}: {
  /** the navigation's accessible name */
  label: string;
  page: number;
  pages: number;
  /** the address of a page of the same list */
  href: (page: number) => string;
  texts: { prev: string; next: string; pageOf: (page: number, pages: number) => string };
}) {
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={label}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {texts.prev}
        </a>
      ) : null}
      <span>{texts.pageOf(page, pages)}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {texts.next}
        </a>
      ) : null}
    </nav>
  );
}
