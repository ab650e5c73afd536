/** The users module's calls: the typed core client where it covers the route. */
import type { components, operations } from '@schoolbridge/api-client';
import { apiClient, unwrap, type ListParams, type Page } from '@schoolbridge/ui';

type Schemas = components['schemas'];

export type User = Schemas['UserDto'];
export type CreatedUser = Schemas['CreatedUserDto'];
export type UserAssignment = Schemas['UserAssignmentDto'];
export type Role = Schemas['RoleDto'];
export type CreateUserInput = Schemas['CreateUserDto'];
export type UpdateUserInput = Schemas['UpdateUserDto'];
export type AssignmentInput = Schemas['AssignmentInputDto'];
export type RoleCode = Role['code'];
export type ScopeKind = UserAssignment['scopeKind'];
type ListQuery = NonNullable<operations['UsersController_list']['parameters']['query']>;

export const USERS_READ = 'platform.users.read';
export const USERS_MANAGE = 'platform.users.manage';
export const DIRECTORY_READ = 'directory.read';

/** The role codes in the API's order (DOMAIN.md §1), for filters before the roles have loaded. */
export const ROLE_CODES: RoleCode[] = [
  'admin',
  'bureau_officer',
  'centre_coordinator',
  'school_coordinator',
  'principal',
  'teacher',
  'expert',
  'inspector',
  'donor',
];

/** The directory's person linked to an account: a teacher or a staff member (职工). */
export type LinkedTeacher = Pick<Schemas['TeacherDto'], 'id' | 'name' | 'schoolName'>;
export type LinkedStaffMember = Pick<Schemas['StaffMemberDto'], 'id' | 'name' | 'organisationName' | 'position'>;

/** An organisation as the directory's search answers it (`GET /api/directory/organisations`). */
export type OrganisationOption = Pick<Schemas['OrganisationDto'], 'id' | 'code' | 'name' | 'kind' | 'path'>;
type OrganisationKind = Schemas['OrganisationDto']['kind'];

export const usersKeys = {
  all: ['users'] as const,
  list: ['users', 'list'] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
  person: (id: string) => ['users', 'detail', id, 'person'] as const,
  roles: ['roles'] as const,
};

export const usersApi = {
  list: (params: ListParams): Promise<Page<User>> => unwrap(apiClient().GET('/api/users', { params: { query: params as ListQuery } })),
  get: (id: string): Promise<User> => unwrap(apiClient().GET('/api/users/{id}', { params: { path: { id } } })),
  create: (body: CreateUserInput): Promise<CreatedUser> => unwrap(apiClient().POST('/api/users', { body })),
  update: (id: string, body: UpdateUserInput): Promise<User> => unwrap(apiClient().PATCH('/api/users/{id}', { params: { path: { id } }, body })),
  resetPassword: (id: string): Promise<{ temporaryPassword: string }> =>
    unwrap(apiClient().POST('/api/users/{id}/reset-password', { params: { path: { id } } })),
  addAssignment: (id: string, body: AssignmentInput): Promise<UserAssignment> =>
    unwrap(apiClient().POST('/api/users/{id}/assignments', { params: { path: { id } }, body })),
  removeAssignment: (id: string, assignmentId: string): Promise<void> =>
    unwrap(apiClient().DELETE('/api/users/{id}/assignments/{assignmentId}', { params: { path: { id, assignmentId } } })).then(() => undefined),
  roles: () => unwrap(apiClient().GET('/api/roles')),
  /** The teacher or staff member linked to the account (the directory's lists filtered by userId, archived rows included). */
  linkedPerson: async (userId: string): Promise<{ teacher: LinkedTeacher | null; staff: LinkedStaffMember | null }> => {
    const query = { userId, archived: 'all' as const, pageSize: 1 };
    const [teachers, staff] = await Promise.all([
      unwrap(apiClient().GET('/api/directory/teachers', { params: { query } })),
      unwrap(apiClient().GET('/api/directory/staff', { params: { query } })),
    ]);
    return { teacher: teachers.items[0] ?? null, staff: staff.items[0] ?? null };
  },
  /** The directory's organisation search, 20 at a time, for the organisation-scope picker. */
  organisations: (q: string, kind?: OrganisationKind): Promise<{ items: OrganisationOption[] }> =>
    unwrap(apiClient().GET('/api/directory/organisations', { params: { query: { ...(q ? { q } : {}), ...(kind ? { kind } : {}), pageSize: 20 } } })),
};
