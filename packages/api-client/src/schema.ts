/**
 * The core API's types, generated from its OpenAPI document (GET /api/docs-json, core routes only)
 * by `npm run generate -w @schoolbridge/api-client`. Do not edit: a test fails when this file is stale.
 */

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_tokens"];
        put?: never;
        post: operations["AuthController_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AuthController_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_list"];
        put?: never;
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete: operations["OrganisationsController_remove"];
        options?: never;
        head?: never;
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/directory/organisations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/organisations/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationsController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/organisations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryRegionsController_list"];
        put?: never;
        post: operations["DirectoryRegionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryRegionsController_get"];
        put?: never;
        post?: never;
        delete: operations["DirectoryRegionsController_remove"];
        options?: never;
        head?: never;
        patch: operations["DirectoryRegionsController_update"];
        trace?: never;
    };
    "/api/directory/regions/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DirectoryRegionsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/regions/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DirectoryRegionsController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StudentsController_list"];
        put?: never;
        post: operations["StudentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/students/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StudentsController_get"];
        put?: never;
        post?: never;
        delete: operations["StudentsController_remove"];
        options?: never;
        head?: never;
        patch: operations["StudentsController_update"];
        trace?: never;
    };
    "/api/directory/students/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StudentsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/students/{id}/difficulties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StudentsController_addDifficulty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/students/{id}/difficulties/{difficultyId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StudentsController_endDifficulty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/students/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StudentsController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/students/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StudentsController_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/students/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StudentsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeachersController_list"];
        put?: never;
        post: operations["TeachersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeachersController_get"];
        put?: never;
        post?: never;
        delete: operations["TeachersController_remove"];
        options?: never;
        head?: never;
        patch: operations["TeachersController_update"];
        trace?: never;
    };
    "/api/directory/teachers/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeachersController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeachersController_addAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/{id}/assignments/{assignmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeachersController_endAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeachersController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeachersController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeachersController_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TeacherAccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/teachers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeachersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VocabulariesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FilesController_metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FilesController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{importerId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{importerId}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/importers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_rows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_meta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_roots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RemindersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FiguresController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RolesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_addAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["UsersController_removeAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddAssignmentDto: {
            /** Format: date */
            endDate?: string | null;
            /** @enum {string} */
            kind: "rotation" | "itinerant" | "stint";
            note?: string | null;
            /** Format: uuid */
            schoolId: string;
            /** Format: date */
            startDate: string;
        };
        AddDifficultyDto: {
            /** @enum {string} */
            category: "registered_poor" | "former_registered_poor" | "rural_min_allowance" | "extreme_poverty" | "orphan" | "disabled" | "disabled_parent" | "martyr_child" | "monitored_household";
            /** Format: date */
            endDate?: string | null;
            note?: string | null;
            /**
             * @description Who certified it
             * @example 民政部门
             */
            source: string;
            /** Format: date */
            startDate: string;
        };
        ApiTokenDto: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
        };
        ApplyImportDto: {
            /**
             * @description all: every row or none (422 while any row is invalid); skipInvalid: the valid rows only
             * @enum {string}
             */
            mode: "all" | "skipInvalid";
        };
        AssignmentInputDto: {
            /**
             * Format: uuid
             * @description Required for an organisation scope
             */
            organisationId?: string;
            /**
             * Format: uuid
             * @description Required for a region scope
             */
            regionId?: string;
            /** @enum {string} */
            role: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
            /**
             * @description Default: the role’s first scope kind (GET /api/roles)
             * @enum {string}
             */
            scopeKind?: "global" | "region" | "organisation" | "own" | "assignments";
        };
        AuditBulkDto: {
            /**
             * @example {
             *       "created": 120,
             *       "skipped": 2,
             *       "updated": 3
             *     }
             */
            counts: {
                [key: string]: number;
            };
            /** @description SHA-256 of the imported file */
            fileHash?: string;
            /** @description Ids of the rows the job touched */
            ids?: string[];
        };
        AuditEntryDto: {
            /** @example platform.user.resetPassword */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            actorName: string | null;
            /** @description The row after the write (secrets left out) */
            after: Record<string, never> | null;
            /** Format: date-time */
            at: string;
            /** @description The row before the write (secrets left out) */
            before: Record<string, never> | null;
            bulk: components["schemas"]["AuditBulkDto"] | null;
            entityId: string | null;
            /** @example platform.user */
            entityType: string;
            /** Format: uuid */
            id: string;
            ip: string | null;
            requestId: string | null;
            /** @example /43/4399/439901/ */
            scopePath: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 8 characters, with letters and digits */
            newPassword: string;
        };
        CreateApiTokenDto: {
            /** @description Days until the token expires; omit for no expiry */
            expiresInDays?: number;
            /** @example 导入脚本 */
            name: string;
        };
        CreatedApiTokenDto: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /** @description Shown once; only its hash is kept */
            token: string;
        };
        CreatedUserDto: {
            /** @description For a manager scoped to a region or organisation: the assignments within it */
            assignments: components["schemas"]["UserAssignmentDto"][];
            createdAt: string;
            /** @example 李明 */
            displayName: string;
            /** Format: uuid */
            id: string;
            lastLoginAt: string | null;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            mustChangePassword: boolean;
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description Shown once; it must be changed at the first sign-in */
            temporaryPassword: string;
            /** @example li.ming */
            username: string;
            version: number;
        };
        CreateOrganisationDto: {
            address?: Record<string, never>;
            boarding?: Record<string, never> | null;
            classCount?: Record<string, never> | null;
            /** @example 4399010001 */
            code: string;
            contactName?: Record<string, never>;
            /**
             * @description A mainland mobile or a landline (digits and "-", 7–13 characters)
             * @example 0735-1234567
             */
            contactPhone?: Record<string, never>;
            fullCurriculum?: Record<string, never> | null;
            /** @enum {string} */
            kind: "school" | "training_centre" | "bureau" | "donor" | "other";
            /**
             * Format: uuid
             * @description The organisation that manages it (a township central school for a teaching point)
             */
            managerOrganisationId?: string;
            /**
             * Format: uuid
             * @description The region whose bureau manages it (default: the county at or above regionId)
             */
            managerRegionId?: string;
            /** @example 示范县第一小学 */
            name: string;
            /**
             * Format: uuid
             * @description Where it is (a township for a school); may be omitted for a donor with a manager given
             */
            regionId?: string;
            /** @enum {string|null} */
            schoolKind?: "kindergarten" | "complete_primary" | "incomplete_primary" | "teaching_point" | "junior_middle" | "nine_year" | "complete_middle" | "senior_high" | "twelve_year" | "vocational" | "special" | null;
            /** @enum {string|null} */
            setting?: "urban" | "town" | "rural" | null;
            shortageSubjects?: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** @example 示范一小 */
            shortName?: Record<string, never>;
            stages?: ("preschool" | "primary" | "junior" | "senior" | "vocational" | "special")[];
            studentCount?: Record<string, never> | null;
            subjectTeacherCount?: Record<string, never> | null;
            teacherCount?: Record<string, never> | null;
            /** @enum {string|null} */
            tier?: "strong" | "ordinary" | "weak" | null;
        };
        CreateRegionDto: {
            /**
             * @description Division code: 2–12 digits starting with the parent’s code; kind `other`: 1–12 letters or digits
             * @example 439901100
             */
            code: string;
            /** @enum {string} */
            kind: "province" | "city" | "county" | "township" | "village" | "other";
            /** @example 城关镇 */
            name: string;
            /**
             * Format: uuid
             * @description Omitted: a top-level region (administrators only)
             */
            parentId?: string;
        };
        CreateStudentDto: {
            /** @default false */
            boarding: boolean;
            /** @example 3班 */
            className?: string | null;
            /** @default false */
            disability: boolean;
            /**
             * @description Defaults from the ID number
             * @enum {string}
             */
            gender?: "male" | "female";
            /** @enum {string} */
            grade: "k1" | "k2" | "k3" | "g1" | "g2" | "g3" | "g4" | "g5" | "g6" | "g7" | "g8" | "g9" | "g10" | "g11" | "g12";
            guardianMobile?: string | null;
            idNumber: string;
            /**
             * @default resident_id
             * @enum {string}
             */
            idType: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            /** @example 李小明 */
            name: string;
            /**
             * @default local
             * @enum {string}
             */
            registrationOrigin: "local" | "other_county" | "other_province";
            /** @description 学籍号; defaults to "G" + the ID number for a resident ID card */
            registryNumber?: string | null;
            /** Format: uuid */
            schoolId: string;
            /**
             * @default enrolled
             * @enum {string}
             */
            status: "enrolled" | "suspended" | "transferred" | "graduated" | "dropped";
        };
        CreateTeacherAccountsDto: {
            teacherIds: string[];
            /**
             * @description pinyin: full pinyin of the name, a number added on a clash (zhangsan, zhangsan2); mobile: the mobile number; idSuffix: pinyin initials + the last 6 characters of the ID number
             * @enum {string}
             */
            usernameRule: "pinyin" | "mobile" | "idSuffix";
        };
        CreateTeacherDto: {
            /** @enum {string|null} */
            backboneLevel?: "school" | "county" | "city" | "province" | null;
            /** Format: date */
            backboneSince?: string | null;
            /**
             * @description Defaults from the ID number
             * @enum {string}
             */
            gender?: "male" | "female";
            gradesTaught?: string | null;
            /** Format: date */
            hiredOn?: string | null;
            /** @enum {string|null} */
            hireProgramme?: "regular" | "special_post" | "funded_normal" | "county_managed" | "contract" | "other" | null;
            /** @example 439901198503121234 */
            idNumber: string;
            /**
             * @default resident_id
             * @enum {string}
             */
            idType: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            /** @example 13812345678 */
            mobile?: string | null;
            /** @example 张三 */
            name: string;
            /** @description Rural teacher (乡村教师); defaults from the school setting */
            rural?: boolean;
            /**
             * Format: uuid
             * @description Employing school (人事关系)
             */
            schoolId: string;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "leave" | "retired" | "left";
            subjects?: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** @enum {string|null} */
            title?: "unranked" | "third" | "second" | "first" | "senior" | "professor" | null;
        };
        CreateUserDto: {
            assignments?: components["schemas"]["AssignmentInputDto"][];
            /** @example 李明 */
            displayName: string;
            /** @description Omitted: one is generated. Either way it must be changed at the first sign-in */
            initialPassword?: string;
            /**
             * @default zh-CN
             * @enum {string}
             */
            locale: "zh-CN" | "en";
            /**
             * @description 3–32 lower-case letters, digits, `.`, `_` or `-`, starting with a letter or digit
             * @example li.ming
             */
            username: string;
        };
        CurrentAssignmentDto: {
            /** @enum {string} */
            kind: "regular" | "rotation" | "itinerant" | "stint";
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
        };
        DifficultyDto: {
            /** @enum {string} */
            category: "registered_poor" | "former_registered_poor" | "rural_min_allowance" | "extreme_poverty" | "orphan" | "disabled" | "disabled_parent" | "martyr_child" | "monitored_household";
            /** Format: date */
            endDate: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            source: string;
            /** Format: date */
            startDate: string;
        };
        DirectoryRegionDetailDto: {
            /** @description The regions above it, outermost first */
            ancestors: components["schemas"]["RegionRefDto"][];
            /** Format: date-time */
            archivedAt: string | null;
            /** @description Current (not archived) regions directly under it */
            childCount: number;
            /** @example 439901 */
            code: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "province" | "city" | "county" | "township" | "village" | "other";
            /** @example 示范县 */
            name: string;
            /** @description Current organisations located in it or in a region under it, within the caller’s scope */
            organisationCount: number;
            /** Format: uuid */
            parentId: string | null;
            /**
             * @description The codes of the regions above and its own
             * @example /43/4399/439901/
             */
            path: string;
            version: number;
        };
        DirectoryRegionDto: {
            /** Format: date-time */
            archivedAt: string | null;
            /** @description Current (not archived) regions directly under it */
            childCount: number;
            /** @example 439901 */
            code: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "province" | "city" | "county" | "township" | "village" | "other";
            /** @example 示范县 */
            name: string;
            /** @description Current organisations located in it or in a region under it, within the caller’s scope */
            organisationCount: number;
            /** Format: uuid */
            parentId: string | null;
            /**
             * @description The codes of the regions above and its own
             * @example /43/4399/439901/
             */
            path: string;
            version: number;
        };
        DirectoryRegionPageDto: {
            items: components["schemas"]["DirectoryRegionDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EndAssignmentDto: {
            /**
             * Format: date
             * @description Last day (inclusive)
             */
            endDate: string;
        };
        EndDifficultyDto: {
            /**
             * Format: date
             * @description Last day (inclusive)
             */
            endDate: string;
        };
        FailedSourceDto: {
            id: string;
            owner: string;
        };
        FigureDto: {
            /** @description Admin link to the rows behind the figure */
            drill?: string;
            /** @example foodSafety.canteensInspected */
            key: string;
            /** @description i18n message key */
            label: string;
            /** @description i18n key of the measure word (家, 份, 所, 辆次, 期) */
            measure?: string;
            /** @description Which split of the total (default "default") */
            partition?: string;
            /** @description The key of the total this figure is part of */
            partsOf?: string;
            /** @enum {string} */
            source: "computed" | "entered";
            /** @description 其中: the key of the figure this one is included in */
            subsetOf?: string;
            /** @enum {string} */
            unit: "count" | "persons" | "personTimes" | "fen" | "days" | "hours" | "percent";
            /** @description Counts as integers, money in fen */
            value: number;
        };
        FiguresReportDto: {
            checks: components["schemas"]["TotalCheckDto"][];
            /** @description The failing checks */
            mismatches: components["schemas"]["TotalCheckDto"][];
            period: components["schemas"]["ReportPeriodDto"];
            region: components["schemas"]["ReportRegionDto"];
            sections: components["schemas"]["ReportSectionDto"][];
        };
        HealthDto: {
            /** @enum {string} */
            database: "sqlite" | "postgres";
            /** @enum {string} */
            status: "ok";
            /**
             * Format: date-time
             * @description The server clock's now
             */
            time: string;
        };
        ImportColumnDto: {
            /** @description Other header spellings the file may use */
            aliases?: string[];
            description?: {
                en?: string;
                "zh-CN"?: string;
            };
            example?: string;
            header: {
                en?: string;
                "zh-CN"?: string;
            };
            key: string;
            required?: boolean;
        };
        ImportCountsDto: {
            created: number;
            invalid: number;
            /** @description Invalid rows left out by an apply in skipInvalid mode */
            skipped: number;
            /** @description Valid rows that will create a record */
            toCreate: number;
            total: number;
            /** @description Valid rows whose natural key matches a record they will update */
            toUpdate: number;
            updated: number;
            valid: number;
        };
        ImporterDto: {
            columns: components["schemas"]["ImportColumnDto"][];
            id: string;
            /** @description The core context or plugin that offers it */
            owner: string;
            /** @description i18n message key */
            title: string;
        };
        ImportersDto: {
            items: components["schemas"]["ImporterDto"][];
        };
        ImportJobCreatedDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description parsing at first; poll GET /api/imports/jobs/{id}
             * @enum {string}
             */
            status: "parsing" | "validating" | "ready" | "failed" | "applying" | "applied" | "applyFailed";
        };
        ImportJobDto: {
            /** @enum {string|null} */
            applyMode: "all" | "skipInvalid" | null;
            counts: components["schemas"]["ImportCountsDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description Why the job failed (status failed or applyFailed) */
            failure: components["schemas"]["ImportMessageDto"] | null;
            fileName: string;
            /** @description SHA-256 of the file, hex */
            fileSha256: string | null;
            fileSize: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** @description The row number of the header in the sheet */
            headerRow: number | null;
            /** Format: uuid */
            id: string;
            importerId: string;
            progress: components["schemas"]["ImportProgressDto"];
            /** @enum {string} */
            status: "parsing" | "validating" | "ready" | "failed" | "applying" | "applied" | "applyFailed";
            /** Format: date-time */
            updatedAt: string;
            warnings: components["schemas"]["ImportMessageDto"][];
        };
        ImportMessageDto: {
            /** @description Stable code */
            code: string;
            /** @description In the caller's language */
            message: string;
            params: {
                [key: string]: unknown;
            };
        };
        ImportProgressDto: {
            /** @description Data rows validated so far */
            processed: number;
            /** @description Data rows in the file (0 while parsing) */
            total: number;
        };
        ImportRowDto: {
            /** @enum {string|null} */
            action: "create" | "update" | null;
            errors: components["schemas"]["ImportRowErrorDto"][];
            /** @description The spreadsheet row number the user sees */
            rowNumber: number;
            valid: boolean;
            /** @description Cell texts by column key (personal numbers masked) */
            values: {
                [key: string]: string;
            };
        };
        ImportRowErrorDto: {
            code: string;
            /** @description Column key; null for the row as a whole */
            column: string | null;
            /** @description The column's header in the caller's language */
            header: string | null;
            /** @description In the caller's language */
            message: string;
        };
        ImportRowsPageDto: {
            items: components["schemas"]["ImportRowDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LocalizedTextDto: {
            /** @example Bureau officer */
            en: string;
            /** @example 教育局工作人员 */
            "zh-CN": string;
        };
        LoginDto: {
            /** @example correct horse battery 9 */
            password: string;
            /** @example admin */
            username: string;
        };
        MeAssignmentDto: {
            id: string;
            organisationId: string | null;
            path: string | null;
            regionId: string | null;
            /** @enum {string} */
            role: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
            /** @enum {string} */
            scopeKind: "global" | "region" | "organisation" | "own" | "assignments";
        };
        MeDto: {
            assignments: components["schemas"]["MeAssignmentDto"][];
            /** @description Send as X-CSRF-Token on writes made with the session cookie */
            csrfToken: string | null;
            permissions: string[];
            user: components["schemas"]["MeUserDto"];
        };
        MetaDto: {
            /** @enum {string} */
            defaultLocale: "zh-CN" | "en";
            locales: ("zh-CN" | "en")[];
            /** @example SchoolBridge */
            name: string;
            /**
             * @description Ids of the enabled plugins
             * @example [
             *       "food-safety"
             *     ]
             */
            plugins: string[];
            /** @example Asia/Shanghai */
            timeZone: string;
            /**
             * @description The core version
             * @example 0.1.0
             */
            version: string;
        };
        MeUserDto: {
            displayName: string;
            id: string;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            mustChangePassword: boolean;
            username: string;
        };
        MoveTeacherDto: {
            /**
             * Format: date
             * @description First day at the new school
             */
            date: string;
            note?: string | null;
            /**
             * Format: uuid
             * @description The new employing school
             */
            schoolId: string;
        };
        NotificationDto: {
            /** @description In the caller's language */
            body: string | null;
            /** Format: date-time */
            createdAt: string;
            data: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            /** @example /training/sessions/0190… */
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            /** @description In the caller's language */
            title: string;
            /** @example training.waitlistPromoted */
            type: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description Unread notifications of the caller, whatever the filter */
            unreadCount: number;
        };
        OrganisationDetailDto: {
            address: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            boarding: boolean | null;
            classCount: number | null;
            /** @example 4399010001 */
            code: string;
            contactName: string | null;
            /**
             * @description A mobile is masked; a landline is not
             * @example 138****5678
             */
            contactPhone: string | null;
            /** @description 开齐开足 */
            fullCurriculum: boolean | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "school" | "training_centre" | "bureau" | "donor" | "other";
            /** @description The organisations it manages directly */
            managed: components["schemas"]["OrganisationRefDto"][];
            /** @description The managing region’s or organisation’s name */
            managerName: string | null;
            /** Format: uuid */
            managerOrganisationId: string | null;
            /** Format: uuid */
            managerRegionId: string | null;
            /** @example 示范县第一小学 */
            name: string;
            /** @description The manager’s path plus its own id */
            path: string;
            /** @description The regions from the top down to where it is located */
            regionAncestors: components["schemas"]["OrganisationRegionRefDto"][];
            /** Format: uuid */
            regionId: string | null;
            regionName: string | null;
            /** @enum {string|null} */
            schoolKind: "kindergarten" | "complete_primary" | "incomplete_primary" | "teaching_point" | "junior_middle" | "nine_year" | "complete_middle" | "senior_high" | "twelve_year" | "vocational" | "special" | null;
            /** @enum {string|null} */
            setting: "urban" | "town" | "rural" | null;
            /** @description 短缺学科 */
            shortageSubjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            shortName: string | null;
            stages: ("preschool" | "primary" | "junior" | "senior" | "vocational" | "special")[];
            studentCount: number | null;
            /** @description 科任教师 */
            subjectTeacherCount: number | null;
            teacherCount: number | null;
            /** @description Current teacher records employed by it (人事关系) */
            teacherRecords: number;
            /** @enum {string|null} */
            tier: "strong" | "ordinary" | "weak" | null;
            /** @description The township (乡镇) it lies in, when there is one */
            townshipName: string | null;
            version: number;
        };
        OrganisationDto: {
            address: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            boarding: boolean | null;
            classCount: number | null;
            /** @example 4399010001 */
            code: string;
            contactName: string | null;
            /**
             * @description A mobile is masked; a landline is not
             * @example 138****5678
             */
            contactPhone: string | null;
            /** @description 开齐开足 */
            fullCurriculum: boolean | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "school" | "training_centre" | "bureau" | "donor" | "other";
            /** @description The managing region’s or organisation’s name */
            managerName: string | null;
            /** Format: uuid */
            managerOrganisationId: string | null;
            /** Format: uuid */
            managerRegionId: string | null;
            /** @example 示范县第一小学 */
            name: string;
            /** @description The manager’s path plus its own id */
            path: string;
            /** Format: uuid */
            regionId: string | null;
            regionName: string | null;
            /** @enum {string|null} */
            schoolKind: "kindergarten" | "complete_primary" | "incomplete_primary" | "teaching_point" | "junior_middle" | "nine_year" | "complete_middle" | "senior_high" | "twelve_year" | "vocational" | "special" | null;
            /** @enum {string|null} */
            setting: "urban" | "town" | "rural" | null;
            /** @description 短缺学科 */
            shortageSubjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            shortName: string | null;
            stages: ("preschool" | "primary" | "junior" | "senior" | "vocational" | "special")[];
            studentCount: number | null;
            /** @description 科任教师 */
            subjectTeacherCount: number | null;
            teacherCount: number | null;
            /** @description Current teacher records employed by it (人事关系) */
            teacherRecords: number;
            /** @enum {string|null} */
            tier: "strong" | "ordinary" | "weak" | null;
            /** @description The township (乡镇) it lies in, when there is one */
            townshipName: string | null;
            version: number;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OrganisationRefDto: {
            /** @example 4399010001 */
            code: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "school" | "training_centre" | "bureau" | "donor" | "other";
            /** @example 示范县第一小学 */
            name: string;
        };
        OrganisationRegionRefDto: {
            code: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "province" | "city" | "county" | "township" | "village" | "other";
            name: string;
        };
        PermissionDto: {
            /** @example platform.users.read */
            code: string;
            description: components["schemas"]["LocalizedTextDto"];
        };
        Problem: {
            /**
             * @description Stable and translatable
             * @example validation.failed
             */
            code: string;
            /** @description In the caller's language */
            detail: string;
            errors?: components["schemas"]["ProblemFieldError"][];
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example urn:schoolbridge:problem:validation.failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ProblemFieldError: {
            /** @example files.typeNotAllowed */
            code: string;
            /** @example file */
            field: string;
            /** @description In the caller's language */
            message: string;
        };
        ReadAllResultDto: {
            /** @description How many notifications were marked read */
            updated: number;
        };
        RegionDetailDto: {
            /** @description The regions (and managing organisations) above it that lie within the caller’s scope, outermost first */
            ancestors: components["schemas"]["RegionNodeDto"][];
            /**
             * @description Statistical division code of a region; an organisation’s own code
             * @example 439901
             */
            code: string;
            /** @description Whether the region has regions under it (organisations never do here) */
            hasChildren: boolean;
            /** Format: uuid */
            id: string;
            /**
             * @description The region’s level, or `organisation` for an organisation scope
             * @enum {string}
             */
            kind: "province" | "city" | "county" | "township" | "village" | "other" | "organisation";
            /** @example 示范县 */
            name: string;
            /**
             * Format: uuid
             * @description The region above (for an organisation: whoever manages it); null at the top
             */
            parentId: string | null;
            /**
             * @description Materialised path: the codes of the regions above and the region’s own
             * @example /43/4399/439901/
             */
            path: string;
        };
        RegionNodeDto: {
            /**
             * @description Statistical division code of a region; an organisation’s own code
             * @example 439901
             */
            code: string;
            /** @description Whether the region has regions under it (organisations never do here) */
            hasChildren: boolean;
            /** Format: uuid */
            id: string;
            /**
             * @description The region’s level, or `organisation` for an organisation scope
             * @enum {string}
             */
            kind: "province" | "city" | "county" | "township" | "village" | "other" | "organisation";
            /** @example 示范县 */
            name: string;
            /**
             * Format: uuid
             * @description The region above (for an organisation: whoever manages it); null at the top
             */
            parentId: string | null;
            /**
             * @description Materialised path: the codes of the regions above and the region’s own
             * @example /43/4399/439901/
             */
            path: string;
        };
        RegionPageDto: {
            items: components["schemas"]["RegionNodeDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RegionRefDto: {
            /** @example 439901 */
            code: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "province" | "city" | "county" | "township" | "village" | "other";
            /** @example 示范县 */
            name: string;
        };
        RegionRootsDto: {
            /** @description Where the caller’s role assignments start: the top-level regions for an administrator */
            items: components["schemas"]["RegionNodeDto"][];
        };
        ReminderDto: {
            detail?: string | {
                en?: string;
                "zh-CN"?: string;
            };
            /** @example 2026-11-30 */
            dueDate: string | null;
            /** @description Stable for the same thing on the same day */
            id: string;
            /** @description Admin path to act on it */
            link?: string;
            /** @description The core context or plugin owning the source */
            owner: string;
            /** @enum {string} */
            severity: "overdue" | "dueSoon" | "info";
            /** @description The reminder source it came from */
            source: string;
            title: string | {
                en?: string;
                "zh-CN"?: string;
            };
        };
        RemindersDto: {
            /** @description Sources that failed (logged); their items are missing */
            failedSources: components["schemas"]["FailedSourceDto"][];
            /** @description Overdue first, then by due date */
            items: components["schemas"]["ReminderDto"][];
            /** @example 2026-11-23 */
            today: string;
        };
        ReportPeriodDto: {
            /** @example 2026-09-01 */
            from: string;
            /** @enum {string} */
            kind: "calendarYear" | "schoolYear" | "term" | "range";
            /**
             * @description In the caller’s language
             * @example 2026年秋季学期
             */
            label: string;
            /**
             * @description The period as written in URLs
             * @example 2026-autumn
             */
            text: string;
            /** @example 2027-01-31 */
            to: string;
        };
        ReportRegionDto: {
            code: string;
            id: string;
            /** @enum {string} */
            kind: "region" | "organisation";
            name: string;
        };
        ReportSectionDto: {
            /** @description The section failed; the error is logged with the request id */
            error?: boolean;
            figures?: components["schemas"]["FigureDto"][];
            id: string;
            order: number;
            /** @description The core context or plugin that contributes the section */
            owner: string;
            tables?: components["schemas"]["ReportTableDto"][];
            title: string;
        };
        ReportTableColumnDto: {
            key: string;
            label: string;
            /** @enum {string} */
            unit?: "count" | "persons" | "personTimes" | "fen" | "days" | "hours" | "percent";
        };
        ReportTableDto: {
            columns: components["schemas"]["ReportTableColumnDto"][];
            key: string;
            rows: {
                [key: string]: string | number;
            }[];
            title: string;
        };
        ResetPasswordResultDto: {
            /** @description The temporary password, shown once; it must be changed at the next sign-in */
            temporaryPassword: string;
        };
        RoleDto: {
            /** @enum {string} */
            code: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
            name: components["schemas"]["LocalizedTextDto"];
            /** @description Permission codes the role holds */
            permissions: string[];
            /** @description Scope kinds an assignment of the role may take; the first is the default */
            scopeKinds: ("global" | "region" | "organisation" | "own" | "assignments")[];
        };
        RolesDto: {
            items: components["schemas"]["RoleDto"][];
            /** @description Every permission the running system knows, with its description */
            permissions: components["schemas"]["PermissionDto"][];
        };
        StoredFileDto: {
            /** @example /api/files/0190…/content */
            contentUrl: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example application/pdf */
            mediaType: string;
            /** @example 2026年工作总结.pdf */
            originalName: string;
            scopePath: string | null;
            /** @description Hex SHA-256 of the content */
            sha256: string;
            /** @description Bytes */
            size: number;
            /** Format: uuid */
            uploadedBy: string;
        };
        StudentDetailDto: {
            /** Format: date-time */
            archivedAt: string | null;
            boarding: boolean;
            className: string | null;
            /** @description Categories held today */
            currentDifficulties: components["schemas"]["DifficultyDto"][];
            /** @description Every dated category, newest first */
            difficulties: components["schemas"]["DifficultyDto"][];
            disability: boolean;
            /** @enum {string} */
            gender: "male" | "female";
            /** @enum {string} */
            grade: "k1" | "k2" | "k3" | "g1" | "g2" | "g3" | "g4" | "g5" | "g6" | "g7" | "g8" | "g9" | "g10" | "g11" | "g12";
            /** @description Masked */
            guardianMobile: string | null;
            /** Format: uuid */
            id: string;
            /** @description Masked */
            idNumber: string;
            /** @enum {string} */
            idType: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            name: string;
            /** @enum {string} */
            registrationOrigin: "local" | "other_county" | "other_province";
            /** @description Masked */
            registryNumber: string | null;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            /** @enum {string} */
            status: "enrolled" | "suspended" | "transferred" | "graduated" | "dropped";
            version: number;
        };
        StudentDto: {
            /** Format: date-time */
            archivedAt: string | null;
            boarding: boolean;
            className: string | null;
            /** @description Categories held today */
            currentDifficulties: components["schemas"]["DifficultyDto"][];
            disability: boolean;
            /** @enum {string} */
            gender: "male" | "female";
            /** @enum {string} */
            grade: "k1" | "k2" | "k3" | "g1" | "g2" | "g3" | "g4" | "g5" | "g6" | "g7" | "g8" | "g9" | "g10" | "g11" | "g12";
            /** @description Masked */
            guardianMobile: string | null;
            /** Format: uuid */
            id: string;
            /** @description Masked */
            idNumber: string;
            /** @enum {string} */
            idType: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            name: string;
            /** @enum {string} */
            registrationOrigin: "local" | "other_county" | "other_province";
            /** @description Masked */
            registryNumber: string | null;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            /** @enum {string} */
            status: "enrolled" | "suspended" | "transferred" | "graduated" | "dropped";
            version: number;
        };
        StudentPageDto: {
            items: components["schemas"]["StudentDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StudentRevealDto: {
            guardianMobile: string | null;
            idNumber: string;
            registryNumber: string | null;
        };
        TeacherDetailDto: {
            /** Format: date-time */
            archivedAt: string | null;
            /** @description Every teaching assignment, newest first */
            assignments: components["schemas"]["TeachingAssignmentDto"][];
            /** @enum {string|null} */
            backboneLevel: "school" | "county" | "city" | "province" | null;
            /** Format: date */
            backboneSince: string | null;
            /** @description Where the teacher teaches today */
            currentAssignments: components["schemas"]["CurrentAssignmentDto"][];
            /** @enum {string} */
            gender: "male" | "female";
            gradesTaught: string | null;
            /** Format: date */
            hiredOn: string | null;
            /** @enum {string|null} */
            hireProgramme: "regular" | "special_post" | "funded_normal" | "county_managed" | "contract" | "other" | null;
            /** Format: uuid */
            id: string;
            /** @description Masked: 439***********1234 */
            idNumber: string;
            /** @enum {string} */
            idType: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            /** @description Masked: 138****5678 */
            mobile: string | null;
            name: string;
            rural: boolean;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            /** @enum {string} */
            status: "active" | "leave" | "retired" | "left";
            subjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** @enum {string|null} */
            title: "unranked" | "third" | "second" | "first" | "senior" | "professor" | null;
            /** Format: uuid */
            userId: string | null;
            username: string | null;
            version: number;
        };
        TeacherDto: {
            /** Format: date-time */
            archivedAt: string | null;
            /** @enum {string|null} */
            backboneLevel: "school" | "county" | "city" | "province" | null;
            /** Format: date */
            backboneSince: string | null;
            /** @description Where the teacher teaches today */
            currentAssignments: components["schemas"]["CurrentAssignmentDto"][];
            /** @enum {string} */
            gender: "male" | "female";
            gradesTaught: string | null;
            /** Format: date */
            hiredOn: string | null;
            /** @enum {string|null} */
            hireProgramme: "regular" | "special_post" | "funded_normal" | "county_managed" | "contract" | "other" | null;
            /** Format: uuid */
            id: string;
            /** @description Masked: 439***********1234 */
            idNumber: string;
            /** @enum {string} */
            idType: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            /** @description Masked: 138****5678 */
            mobile: string | null;
            name: string;
            rural: boolean;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            /** @enum {string} */
            status: "active" | "leave" | "retired" | "left";
            subjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** @enum {string|null} */
            title: "unranked" | "third" | "second" | "first" | "senior" | "professor" | null;
            /** Format: uuid */
            userId: string | null;
            username: string | null;
            version: number;
        };
        TeacherPageDto: {
            items: components["schemas"]["TeacherDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TeacherRevealDto: {
            idNumber: string;
            mobile: string | null;
        };
        TeachingAssignmentDto: {
            /** Format: date */
            endDate: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "regular" | "rotation" | "itinerant" | "stint";
            note: string | null;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            /** Format: date */
            startDate: string;
        };
        TotalCheckDto: {
            actual: number;
            /** @description The total’s value; null when it is missing */
            expected: number | null;
            /** @enum {string} */
            kind: "partition" | "subset";
            ok: boolean;
            partition?: string;
            parts: string[];
            /** @enum {string} */
            reason?: "sum" | "exceeds" | "missingTotal" | "unitMismatch" | "selfReference";
            /** @description Key of the total figure */
            total: string;
        };
        UpdateMeDto: {
            displayName?: string;
            /** @enum {string} */
            locale?: "zh-CN" | "en";
        };
        UpdateOrganisationDto: {
            address?: Record<string, never>;
            boarding?: Record<string, never> | null;
            classCount?: Record<string, never> | null;
            code?: string;
            contactName?: Record<string, never>;
            /**
             * @description A mainland mobile or a landline (digits and "-", 7–13 characters)
             * @example 0735-1234567
             */
            contactPhone?: Record<string, never>;
            fullCurriculum?: Record<string, never> | null;
            /** @enum {string} */
            kind?: "school" | "training_centre" | "bureau" | "donor" | "other";
            /** Format: uuid */
            managerOrganisationId?: string;
            /**
             * Format: uuid
             * @description Give one manager to move it: it and everything under it are re-pathed
             */
            managerRegionId?: string;
            name?: string;
            /** Format: uuid */
            regionId?: string;
            /** @enum {string|null} */
            schoolKind?: "kindergarten" | "complete_primary" | "incomplete_primary" | "teaching_point" | "junior_middle" | "nine_year" | "complete_middle" | "senior_high" | "twelve_year" | "vocational" | "special" | null;
            /** @enum {string|null} */
            setting?: "urban" | "town" | "rural" | null;
            shortageSubjects?: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** @example 示范一小 */
            shortName?: Record<string, never>;
            stages?: ("preschool" | "primary" | "junior" | "senior" | "vocational" | "special")[];
            studentCount?: Record<string, never> | null;
            subjectTeacherCount?: Record<string, never> | null;
            teacherCount?: Record<string, never> | null;
            /** @enum {string|null} */
            tier?: "strong" | "ordinary" | "weak" | null;
            /** @description The version the editor saw; a stale one answers 409 */
            version: number;
        };
        UpdateRegionDto: {
            /** @enum {string} */
            kind?: "province" | "city" | "county" | "township" | "village" | "other";
            /** @example 城关镇 */
            name?: string;
            /** @description The version the editor saw; a stale one answers 409 */
            version: number;
        };
        UpdateStudentDto: {
            boarding?: boolean;
            className?: string | null;
            disability?: boolean;
            /** @enum {string} */
            gender?: "male" | "female";
            /** @enum {string} */
            grade?: "k1" | "k2" | "k3" | "g1" | "g2" | "g3" | "g4" | "g5" | "g6" | "g7" | "g8" | "g9" | "g10" | "g11" | "g12";
            guardianMobile?: string | null;
            idNumber?: string;
            /** @enum {string} */
            idType?: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            name?: string;
            /** @enum {string} */
            registrationOrigin?: "local" | "other_county" | "other_province";
            registryNumber?: string | null;
            /**
             * Format: uuid
             * @description A transfer within the caller’s scope
             */
            schoolId?: string;
            /** @enum {string} */
            status?: "enrolled" | "suspended" | "transferred" | "graduated" | "dropped";
            version: number;
        };
        UpdateTeacherDto: {
            /** @enum {string|null} */
            backboneLevel?: "school" | "county" | "city" | "province" | null;
            /** Format: date */
            backboneSince?: string | null;
            /** @enum {string} */
            gender?: "male" | "female";
            gradesTaught?: string | null;
            /** Format: date */
            hiredOn?: string | null;
            /** @enum {string|null} */
            hireProgramme?: "regular" | "special_post" | "funded_normal" | "county_managed" | "contract" | "other" | null;
            idNumber?: string;
            /** @enum {string} */
            idType?: "resident_id" | "hmt_residence_permit" | "hk_macao_permit" | "taiwan_permit" | "passport" | "foreign_permanent_residence";
            mobile?: string | null;
            name?: string;
            rural?: boolean;
            /** @enum {string} */
            status?: "active" | "leave" | "retired" | "left";
            subjects?: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** @enum {string|null} */
            title?: "unranked" | "third" | "second" | "first" | "senior" | "professor" | null;
            version: number;
        };
        UpdateUserDto: {
            displayName?: string;
            /** @enum {string} */
            locale?: "zh-CN" | "en";
            /**
             * @description Disabling signs the user out everywhere
             * @enum {string}
             */
            status?: "active" | "disabled";
            /** @description The version the editor saw; a stale one answers 409 */
            version: number;
        };
        UserAssignmentDto: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string | null;
            /** Format: uuid */
            regionId: string | null;
            /** @enum {string} */
            role: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
            /** @enum {string} */
            scopeKind: "global" | "region" | "organisation" | "own" | "assignments";
            /**
             * @description The region’s or organisation’s name; null for global / own / assignments scopes
             * @example 示范县
             */
            scopeName: string | null;
            /** @example /43/4399/439901/ */
            scopePath: string | null;
        };
        UserDto: {
            /** @description For a manager scoped to a region or organisation: the assignments within it */
            assignments: components["schemas"]["UserAssignmentDto"][];
            createdAt: string;
            /** @example 李明 */
            displayName: string;
            /** Format: uuid */
            id: string;
            lastLoginAt: string | null;
            /** @enum {string} */
            locale: "zh-CN" | "en";
            mustChangePassword: boolean;
            /** @enum {string} */
            status: "active" | "disabled";
            /** @example li.ming */
            username: string;
            version: number;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        VocabEntryDto: {
            /** @example primary */
            code: string;
            name: components["schemas"]["VocabNameDto"];
        };
        VocabNameDto: {
            /** @example Primary */
            en: string;
            /** @example 小学 */
            "zh-CN": string;
        };
        VocabulariesDto: {
            assignmentKinds: components["schemas"]["VocabEntryDto"][];
            backboneLevels: components["schemas"]["VocabEntryDto"][];
            difficultyCategories: components["schemas"]["VocabEntryDto"][];
            genders: components["schemas"]["VocabEntryDto"][];
            grades: components["schemas"]["VocabEntryDto"][];
            hireProgrammes: components["schemas"]["VocabEntryDto"][];
            idDocumentTypes: components["schemas"]["VocabEntryDto"][];
            registrationOrigins: components["schemas"]["VocabEntryDto"][];
            schoolKinds: components["schemas"]["VocabEntryDto"][];
            schoolStages: components["schemas"]["VocabEntryDto"][];
            settings: components["schemas"]["VocabEntryDto"][];
            studentStatuses: components["schemas"]["VocabEntryDto"][];
            subjects: components["schemas"]["VocabEntryDto"][];
            teacherStatuses: components["schemas"]["VocabEntryDto"][];
            teacherTitles: components["schemas"]["VocabEntryDto"][];
            tiers: components["schemas"]["VocabEntryDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                entityId?: string;
                entityType?: string;
                /** @description From this date (in the deployment time zone) or instant on */
                from?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Up to and including this date (in the deployment time zone) or instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, within the reader's scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed; other sessions of the user are signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenDto"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenDto"];
            };
        };
        responses: {
            /** @description The token is in the answer once; only its hash is kept */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiTokenDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                kind?: "school" | "training_centre" | "bureau" | "donor" | "other";
                /** @description Organisations this one manages directly (a central school’s teaching points) */
                managerOrganisationId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Organisations located in this region or any region under it (a township filter) */
                regionId?: string;
                schoolKind?: "kindergarten" | "complete_primary" | "incomplete_primary" | "teaching_point" | "junior_middle" | "nine_year" | "complete_middle" | "senior_high" | "twelve_year" | "vocational" | "special";
                setting?: "urban" | "town" | "rural";
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                stage?: "preschool" | "primary" | "junior" | "senior" | "vocational" | "special";
                tier?: "strong" | "ordinary" | "weak";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisations within the caller’s scope, by name pinyin unless sorted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused with 409 directory.referenced while anything refers to it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_export: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                format?: "xlsx" | "csv";
                kind?: "school" | "training_centre" | "bureau" | "donor" | "other";
                /** @description Organisations this one manages directly (a central school’s teaching points) */
                managerOrganisationId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Organisations located in this region or any region under it (a township filter) */
                regionId?: string;
                schoolKind?: "kindergarten" | "complete_primary" | "incomplete_primary" | "teaching_point" | "junior_middle" | "nine_year" | "complete_middle" | "senior_high" | "twelve_year" | "vocational" | "special";
                setting?: "urban" | "town" | "rural";
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                stage?: "preschool" | "primary" | "junior" | "senior" | "vocational" | "special";
                tier?: "strong" | "ordinary" | "weak";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list with the same filters as an .xlsx or .csv file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryRegionsController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                kind?: "province" | "city" | "county" | "township" | "village" | "other";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Only the regions directly under this one */
                parentId?: string;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regions within the caller’s scope, by code unless sorted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRegionPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryRegionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRegionDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryRegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRegionDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryRegionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused with 409 directory.referenced while anything refers to it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryRegionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRegionDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryRegionsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRegionDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryRegionsController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryRegionDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                boarding?: boolean;
                className?: string;
                /** @description Holding this difficulty category today */
                difficulty?: "registered_poor" | "former_registered_poor" | "rural_min_allowance" | "extreme_poverty" | "orphan" | "disabled" | "disabled_parent" | "martyr_child" | "monitored_household";
                disability?: boolean;
                gender?: "male" | "female";
                grade?: "k1" | "k2" | "k3" | "g1" | "g2" | "g3" | "g4" | "g5" | "g6" | "g7" | "g8" | "g9" | "g10" | "g11" | "g12";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Schools located in this region (a township, a county) */
                regionId?: string;
                registrationOrigin?: "local" | "other_county" | "other_province";
                schoolId?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                status?: "enrolled" | "suspended" | "transferred" | "graduated" | "dropped";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Students in the caller’s scope; ID, registry and mobile numbers masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStudentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStudentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_addDifficulty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDifficultyDto"];
            };
        };
        responses: {
            /** @description A dated difficulty category with its source */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_endDifficulty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                difficultyId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndDifficultyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unmasked numbers of this one student; the view is recorded in the audit log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentRevealDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StudentsController_export: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                boarding?: boolean;
                className?: string;
                /** @description Holding this difficulty category today */
                difficulty?: "registered_poor" | "former_registered_poor" | "rural_min_allowance" | "extreme_poverty" | "orphan" | "disabled" | "disabled_parent" | "martyr_child" | "monitored_household";
                disability?: boolean;
                format?: "xlsx" | "csv";
                gender?: "male" | "female";
                grade?: "k1" | "k2" | "k3" | "g1" | "g2" | "g3" | "g4" | "g5" | "g6" | "g7" | "g8" | "g9" | "g10" | "g11" | "g12";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Schools located in this region (a township, a county) */
                regionId?: string;
                registrationOrigin?: "local" | "other_county" | "other_province";
                schoolId?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                status?: "enrolled" | "suspended" | "transferred" | "graduated" | "dropped";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list with its current filters as .xlsx or .csv; personal numbers masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                backboneLevel?: "school" | "county" | "city" | "province";
                gender?: "male" | "female";
                /** @description Whether the teacher has an account */
                hasAccount?: boolean;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Employing schools located in this region (a township, a county) */
                regionId?: string;
                rural?: boolean;
                /** @description Employing school */
                schoolId?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                status?: "active" | "leave" | "retired" | "left";
                subject?: "chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other";
                title?: "unranked" | "third" | "second" | "first" | "senior" | "professor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teachers in the caller’s scope; ID and mobile numbers masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeacherDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused (409) while the teacher has an account */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeacherDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_addAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAssignmentDto"];
            };
        };
        responses: {
            /** @description A rotation, itinerant teaching or teaching stint */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_endAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndAssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveTeacherDto"];
            };
        };
        responses: {
            /** @description Transfer to another employing school; the assignment history is kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unmasked numbers of this one teacher; the view is recorded in the audit log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeacherRevealDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeacherAccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeacherAccountsDto"];
            };
        };
        responses: {
            /** @description An .xlsx with each new username and one-time password (and a sheet of the teachers skipped). Headers X-Accounts-Created and X-Accounts-Skipped give the counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TeachersController_export: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                backboneLevel?: "school" | "county" | "city" | "province";
                format?: "xlsx" | "csv";
                gender?: "male" | "female";
                /** @description Whether the teacher has an account */
                hasAccount?: boolean;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Employing schools located in this region (a township, a county) */
                regionId?: string;
                rural?: boolean;
                /** @description Employing school */
                schoolId?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                status?: "active" | "leave" | "retired" | "left";
                subject?: "chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other";
                title?: "unranked" | "third" | "second" | "first" | "senior" | "professor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list with its current filters as .xlsx or .csv; personal numbers masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VocabulariesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabulariesDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FilesController_upload: {
        parameters: {
            query?: {
                /** @description The organisation the file belongs to (its readers in scope may download it) */
                organisationId?: string;
                /** @description The region the file belongs to, when not an organisation */
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description One of: jpg, jpeg, png, webp, heic, pdf, doc, docx, xls, xlsx, ppt, pptx, csv, txt, zip
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFileDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FilesController_metadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFileDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FilesController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The database cannot be reached (problem+json) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .xlsx (first sheet) or .csv (UTF-8 or GBK)
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The file is read and validated in the background; poll GET /api/imports/jobs/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobCreatedDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_template: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                importerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The importer's template, headers in the caller's language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportersDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyImportDto"];
            };
        };
        responses: {
            /** @description 422 import.invalidRows when mode is all and rows are invalid; 409 import.alreadyApplied */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_rows: {
        parameters: {
            query?: {
                /** @description Only rows with errors */
                errorsOnly?: boolean;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRowsPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_meta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationController_list: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description true: only unread; false: only read; omitted: all */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllResultDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionsController_list: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description List the regions directly under this one; omitted: every region in the caller’s scope */
                parentId?: string;
                /** @description Part of the name, or the start of the code */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regions within the caller’s scope, by code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id or code of a region, or of an organisation the caller is scoped to */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDetailDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionsController_roots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the caller’s role assignments start */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionRootsDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RemindersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindersDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FiguresController_report: {
        parameters: {
            query: {
                /** @description Calendar year 2026, school year sy2026, term 2026-autumn, or range 2026-03-01..2026-06-30 */
                period: string;
                /** @description Region (or organisation) id or code; default the caller’s single region or organisation scope */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every enabled report section for the region and period, with the total checks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresReportDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RolesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolesDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Part of the username or the display name */
                q?: string;
                /** @description Users holding this role */
                role?: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
                /** @description Comma list of username, displayName, createdAt, lastLoginAt; `-` sorts descending */
                sort?: string;
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Users within the caller’s scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description The one-time password is in the answer once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_addAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAssignmentDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_removeAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetPasswordResultDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_export: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Part of the username or the display name */
                q?: string;
                /** @description Users holding this role */
                role?: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
                /** @description Comma list of username, displayName, createdAt, lastLoginAt; `-` sorts descending */
                sort?: string;
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list with its current filters and order as .xlsx or .csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
