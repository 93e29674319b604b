/**
 * Who is asking. The host's auth hook turns a request into a principal (or null: 401); every
 * read and write of the server is scoped to the principal's seller organization and its child
 * organizations.
 */

/** Permissions a principal may hold. */
export const PERMISSIONS = ['create-sales', 'create-licenses', 'create-orders', 'edit-plans', 'see-cost', 'approve-sales', 'set-prices'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Principal {
  /** The seller organization the user acts for; records created are stamped with it. */
  organizationId: string;
  /** Its child organizations, whose records the user also sees. */
  childOrganizationIds: readonly string[];
  permissions: readonly string[];
}

/** The host's auth hook: a principal, or null when the request is not authenticated. */
export type AuthHook = (request: Request) => Principal | null | Promise<Principal | null>;

/** The organizations whose records a principal sees: its own and its children. */
export function scopeOf(principal: Principal): readonly string[] {
  return [principal.organizationId, ...principal.childOrganizationIds];
}

export function can(principal: Principal, permission: Permission): boolean {
  return principal.permissions.includes(permission);
}
