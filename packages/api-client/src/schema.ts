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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiTokenDto: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
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
}
