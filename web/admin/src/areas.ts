/**
 * The areas of the admin UI, in the order of the side navigation (docs/admin.md: "Add a page"). `key` names the
 * translations `nav.<key>` (the link text) and `areas.<key>` (one sentence on what the area does). An area without
 * `isAvailable` links to a page saying it is not in this version yet.
 */
export interface Area {
  key: AreaKey;
  /** The path inside /admin. */
  path: string;
  isAvailable: boolean;
}

export type AreaKey =
  | 'dashboard'
  | 'register'
  | 'import'
  | 'statements'
  | 'consent'
  | 'requests'
  | 'inventory'
  | 'retention'
  | 'processors'
  | 'audit'
  | 'mail'
  | 'users'
  | 'settings';

export const AREAS: readonly Area[] = [
  { key: 'dashboard', path: '/', isAvailable: true },
  { key: 'register', path: '/register', isAvailable: true },
  { key: 'import', path: '/import', isAvailable: true },
  { key: 'statements', path: '/statements', isAvailable: true },
  { key: 'consent', path: '/consent', isAvailable: true },
  { key: 'requests', path: '/requests', isAvailable: false },
  { key: 'inventory', path: '/inventory', isAvailable: false },
  { key: 'retention', path: '/retention', isAvailable: false },
  { key: 'processors', path: '/processors', isAvailable: false },
  { key: 'audit', path: '/audit', isAvailable: true },
  { key: 'mail', path: '/mail', isAvailable: true },
  { key: 'users', path: '/users', isAvailable: true },
  { key: 'settings', path: '/settings', isAvailable: false },
];

/** The area a path belongs to (`/register/versions/3` → register), for the active navigation link. */
export function findArea(path: string): Area | undefined {
  if (path === '/' || path === '') {
    return AREAS[0];
  }
  return AREAS.find((area) => area.path !== '/' && (path === area.path || path.startsWith(`${area.path}/`)));
}
