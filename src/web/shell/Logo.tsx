// The Lotse mark: a compass rose, its needle pointing the way. Decorative only
// (the product name is always written next to it), so hidden from assistive technology.

export function LogoMark({ className = 'brand-mark' }: { className?: string }) {
  return (
    <svg class={className} viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14.5" fill="none" stroke="currentColor" stroke-width="2" />
      <path
        d="M16 3.5v3M16 25.5v3M3.5 16h3M25.5 16h3"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
      />
      <path class="brand-mark-needle-n" d="M23.6 8.4 18.3 18.3 13.7 13.7Z" />
      <path class="brand-mark-needle-s" d="M8.4 23.6 13.7 13.7 18.3 18.3Z" />
      <circle cx="16" cy="16" r="1.5" class="brand-mark-hub" />
    </svg>
  );
}
