/*
 * A handful of line icons drawn inline (no icon font to download). Icons that point along the reading
 * direction (back, send, forward) are `directional`: the stylesheet mirrors them in right-to-left pages.
 */
const PATHS = {
  chat: 'M4 5h16v11H8l-4 4z',
  cart: 'M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2M9 20a1 1 0 1 0 0-.01M17 20a1 1 0 1 0 0-.01',
  truck: 'M2 6h11v10H2zM13 10h4l3 3v3h-7M6 19a1.5 1.5 0 1 0 0-.01M17 19a1.5 1.5 0 1 0 0-.01',
  projects: 'M5 4h14v16H5zM9 9h6M9 13h6M9 17h3',
  chart: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  back: 'M15 5l-7 7 7 7',
  forward: 'M9 5l7 7-7 7',
  send: 'M4 12l16-8-6 16-2.5-6.5z',
  attach: 'M16 7l-7.5 7.5a2 2 0 0 0 2.8 2.8L19 9.6a4 4 0 0 0-5.7-5.7L5.6 11.6a6 6 0 0 0 8.5 8.5L20 14',
  menu: 'M4 6h16M4 12h16M4 18h16',
  retry: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4',
  clock: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM12 8v4l3 2',
  alert: 'M12 3l10 18H2zM12 10v5M12 18v.01',
  bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0',
  close: 'M6 6l12 12M18 6L6 18',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
} as const;

export type IconName = keyof typeof PATHS;
const DIRECTIONAL: IconName[] = ['back', 'forward', 'send'];

export function Icon({ name, label }: { name: IconName; label?: string }) {
  return (
    <svg
      className={`icon${DIRECTIONAL.includes(name) ? ' directional' : ''}`}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
