interface Props {
  /** 0-based. */
  page: number;
  hasMore: boolean;
  onPage: (page: number) => void;
  /** What is paged, for the navigation's name ("Search results pages"). */
  label: string;
  busy?: boolean;
}

/** Previous / next page buttons with the page number. */
export function Pager({ page, hasMore, onPage, label, busy = false }: Props) {
  if (page === 0 && !hasMore) {
    return null;
  }
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={page === 0 || busy} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span aria-current="page">Page {page + 1}</span>
      <button type="button" disabled={!hasMore || busy} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
