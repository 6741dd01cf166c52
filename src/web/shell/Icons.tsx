// Small line icons for the entry cards. Decorative: hidden from assistive technology.

export type IconName = 'check' | 'plan' | 'advice' | 'recognition';

const PATHS: Record<IconName, string[]> = {
  // a clipboard with a tick
  check: ['M9 4h6v3H9z', 'M9 5.5H6.5A1.5 1.5 0 0 0 5 7v12.5A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V7a1.5 1.5 0 0 0-1.5-1.5H15', 'M8.5 13.5l2.5 2.5 4.5-5'],
  // a route between two waypoints
  plan: ['M6 20a2 2 0 1 0 0-4 2 2 0 0 0 0 4z', 'M18 8a2 2 0 1 0 0-4 2 2 0 0 0 0 4z', 'M7.5 16.6C10 12 8 10.5 12 10s4.5-1.5 4.6-4.2'],
  // a certificate with a seal
  recognition: ['M5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H13', 'M8 16H5.5A1.5 1.5 0 0 1 4 14.5v-9', 'M8 8h8', 'M10.5 11h5.5', 'M7.5 16.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z', 'M6.2 16.2 5.5 21l2-1.2 2 1.2-.7-4.8'],
  // two speech bubbles
  advice: ['M4 5.5A1.5 1.5 0 0 1 5.5 4h9A1.5 1.5 0 0 1 16 5.5v6a1.5 1.5 0 0 1-1.5 1.5H9l-3.5 3v-3h0A1.5 1.5 0 0 1 4 11.5z', 'M19 9h.5A1.5 1.5 0 0 1 21 10.5v6a1.5 1.5 0 0 1-1.5 1.5V21l-3.5-3h-4.5A1.5 1.5 0 0 1 10 16.5V16'],
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
      ))}
    </svg>
  );
}

/** A small right-pointing chevron after a link's text. */
export function Chevron() {
  return (
    <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/**
 * A link with a chevron after its text. The last word and the chevron never
 * wrap apart, so the chevron is not left alone on a line.
 */
export function ChevronLink({ href, children, className = 'card-link' }: { href: string; children: string; className?: string }) {
  const cut = children.lastIndexOf(' ');
  const head = cut < 0 ? '' : children.slice(0, cut + 1);
  const last = cut < 0 ? children : children.slice(cut + 1);
  return (
    <a class={className} href={href}>
      {head}
      <span class="nowrap">
        {last}
        <Chevron />
      </span>
    </a>
  );
}
