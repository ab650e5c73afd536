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
    "/api/directory/regions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DirectoryRegionsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_list"];
        put?: never;
        post: operations["StaffController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_get"];
        put?: never;
        post?: never;
        delete: operations["StaffController_remove"];
        options?: never;
        head?: never;
        patch: operations["StaffController_update"];
        trace?: never;
    };
    "/api/directory/staff/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/staff/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/staff/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffController_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/staff/{id}/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["StaffController_linkUser"];
        post?: never;
        delete: operations["StaffController_unlinkUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/staff/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_export"];
        put?: never;
        post?: never;
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
    "/api/training/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TrainingCalendarController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CheckInController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/credit-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompletionController_outbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/enrolments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/enrolments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/enrolments/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExpertsController_list"];
        put?: never;
        post: operations["ExpertsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExpertsController_get"];
        put?: never;
        post?: never;
        delete: operations["ExpertsController_remove"];
        options?: never;
        head?: never;
        patch: operations["ExpertsController_update"];
        trace?: never;
    };
    "/api/training/experts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExpertsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/experts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExpertsController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/experts/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExpertsController_schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/feedback-lessons/{id}/ratings/{expertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["FeedbackLessonsController_rate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/my/open-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrolmentController_openSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/my/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionnairesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/my/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrolmentController_mySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammesController_list"];
        put?: never;
        post: operations["ProgrammesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammesController_get"];
        put?: never;
        post?: never;
        delete: operations["ProgrammesController_remove"];
        options?: never;
        head?: never;
        patch: operations["ProgrammesController_update"];
        trace?: never;
    };
    "/api/training/programmes/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProgrammesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/programmes/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionnairesController_programmeEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/programmes/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProgrammesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/question-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionTemplatesController_list"];
        put?: never;
        post: operations["QuestionTemplatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/question-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionTemplatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["QuestionTemplatesController_update"];
        trace?: never;
    };
    "/api/training/question-templates/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QuestionTemplatesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/questionnaires/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionnairesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["QuestionnairesController_update"];
        trace?: never;
    };
    "/api/training/questionnaires/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QuestionnairesController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/questionnaires/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionnairesController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SessionsController_list"];
        put?: never;
        post: operations["SessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SessionsController_update"];
        trace?: never;
    };
    "/api/training/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompletionController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompletionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/completion/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompletionController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/enrol-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentController_enrolMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrolmentController_list"];
        put?: never;
        post: operations["EnrolmentController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/feedback-lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedbackLessonsController_list"];
        put?: never;
        post: operations["FeedbackLessonsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionnairesController_listForSession"];
        put?: never;
        post: operations["QuestionnairesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/sign-in-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_signInSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/slots/{slotId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_slotAttendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/slots/{slotId}/attendance/{teacherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["AttendanceController_mark"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/slots/{slotId}/attendance/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttendanceController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/slots/{slotId}/check-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_checkInCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/walk-in-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_walkInCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttendanceController_walkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SessionsController_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/teachers/{teacherId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrolmentController_teacherSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TrainingVocabulariesController_list"];
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
        AnswerQuestionnaireDto: {
            /**
             * @description Question code → a rating 1–5, a choice, several choices, or text
             * @example {
             *       "content": 4,
             *       "improve": "希望多安排磨课",
             *       "overall": 5
             *     }
             */
            answers: {
                [key: string]: number | string | string[];
            };
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
        AttendanceCountsDto: {
            absent: number;
            confirmed: number;
            excused: number;
            late: number;
            present: number;
            /** @description Teachers on the sheet (enrolled, walk-ins included) */
            teachers: number;
            /** @description No record yet */
            unmarked: number;
            walkIns: number;
        };
        AttendanceRowDto: {
            /** Format: uuid */
            attendanceId: string | null;
            /** @description Confirmed by the trainer, or entered by a coordinator */
            confirmed: boolean;
            /** Format: date-time */
            confirmedAt: string | null;
            /** Format: uuid */
            enrolmentId: string;
            /** @enum {string|null} */
            mark: "present" | "late" | "absent" | "excused" | null;
            name: string;
            /** @description The coordinator’s reason for a mark or correction */
            reason: string | null;
            /** Format: date-time */
            recordedAt: string | null;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            /** @enum {string|null} */
            source: "code" | "trainer" | "coordinator" | "walkIn" | null;
            /** Format: uuid */
            teacherId: string;
            /** @description Send it back to correct the mark */
            version: number | null;
            /** @description Joined on the day (现场加入), added by the trainer */
            walkIn: boolean;
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
        CancelSessionDto: {
            /** @example 受天气影响，送培活动延期 */
            reason: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 8 characters, with letters and digits */
            newPassword: string;
        };
        CheckInCodeDto: {
            /**
             * @description 6 digits; the previous window’s code is still accepted
             * @example 042917
             */
            code: string;
            /**
             * Format: date-time
             * @description When the code changes: fetch the next one then
             */
            rotatesAt: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            slotId: string;
            /**
             * @description The slot as the check-in URL names it
             * @example 2026-12-07.am
             */
            slotKey: string;
            /** @description The QR payload: the teacher’s check-in page with session, slot and code; absolute when the request named its origin, else relative (/check-in?…) */
            url: string;
            /** @example 30 */
            windowSeconds: number;
        };
        CheckInDto: {
            /** @example 042917 */
            code: string;
            /** Format: uuid */
            sessionId: string;
            /**
             * @description The slot key from the QR (YYYY-MM-DD.am|pm); or give slotId
             * @example 2026-12-07.am
             */
            slot?: string;
            /**
             * Format: uuid
             * @description The slot’s id; or give slot
             */
            slotId?: string;
        };
        CheckInResultDto: {
            /** Format: uuid */
            attendanceId: string;
            /**
             * @description Late when recorded more than the grace after the slot starts
             * @enum {string}
             */
            mark: "present" | "late";
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The local time (deployment time zone) it was recorded
             * @example 08:35
             */
            recordedTime: string;
            /** Format: uuid */
            sessionId: string;
            sessionTitle: string;
            /** Format: uuid */
            slotId: string;
            /** @example 2026-12-07.am */
            slotKey: string;
        };
        ChoiceCountDto: {
            count: number;
            option: string;
        };
        ClashDto: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            half: "am" | "pm";
            name: string;
            /** Format: uuid */
            otherSessionId: string;
            otherTitle: string;
            /** @enum {string} */
            resource: "expert" | "venue" | "teacher";
            /** Format: uuid */
            resourceId: string;
        };
        CompletionCountsDto: {
            completed: number;
            /** @description Teachers with an award standing in the outbox */
            creditAwarded: number;
            /** @description Enrolled teachers, walk-ins included */
            teachers: number;
        };
        CompletionRunDto: {
            /** @description Percent of participant slots to attend */
            completionThreshold: number;
            counts: components["schemas"]["CompletionCountsDto"];
            /** @description 学时 handed to credits on completion */
            creditHours: number;
            /** @description Outbox rows this run wrote (0 and 0 when nothing changed) */
            handedOff: components["schemas"]["HandOffCountsDto"];
            /** @description By school, then name in pinyin order */
            items: components["schemas"]["TeacherCompletionDto"][];
            requiredSlots: number;
            /** Format: uuid */
            sessionId: string;
            /** @description Participant slots */
            slotCount: number;
            /**
             * @description As shown today (a published session is running on its days)
             * @enum {string}
             */
            status: "draft" | "published" | "running" | "completed" | "cancelled";
        };
        ConfirmAttendanceDto: {
            /** @description Teachers to confirm (and mark present when they have no record); omitted: every recorded mark of the slot */
            teacherIds?: string[];
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
        CreateExpertDto: {
            /** @example 13812345678 */
            mobile?: string | null;
            /** @example 欧阳明 */
            name: string;
            /**
             * Format: uuid
             * @description Where the expert works, when it is in the directory (decides who is local)
             */
            organisationId?: string | null;
            /**
             * Format: uuid
             * @description The centre or bureau whose pool it is, within the caller’s scope
             */
            ownerOrganisationId: string;
            /** @example 小学数学 */
            specialty?: string | null;
            /** @enum {string} */
            tier: "province" | "city" | "county";
            /** @example 正高级教师 */
            title?: string | null;
            /** @description Where the expert works, as written */
            unitName?: string | null;
            /**
             * Format: uuid
             * @description The expert’s account, so they see the sessions they teach
             */
            userId?: string | null;
        };
        CreateFeedbackLessonDto: {
            /**
             * Format: date
             * @description A day of the session
             */
            givenOn: string;
            notes?: string | null;
            /** @enum {string|null} */
            subject?: "chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other" | null;
            /**
             * Format: uuid
             * @description A teacher of the venue school
             */
            teacherId: string;
            /** @example 《秋天的雨》第二课时 */
            title: string;
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
        CreateProgrammeDto: {
            audiences?: ("all" | "backbone" | "principal" | "classTeacher" | "rural" | "newTeacher" | "subject")[];
            /** @description In fen (分), a whole number */
            budget?: number | null;
            description?: string | null;
            /** Format: date */
            endsOn: string;
            /** @description 承办院校 as written when it is not in the directory */
            hostName?: string | null;
            /**
             * Format: uuid
             * @description 承办院校 when it is in the directory (any organisation)
             */
            hostOrganisationId?: string | null;
            /** @enum {string} */
            level: "national" | "provincial" | "city" | "county";
            /** @example 2026年示范县送培到校项目 */
            name: string;
            /**
             * Format: uuid
             * @description The training centre or bureau that runs it, within the caller’s scope
             */
            ownerOrganisationId: string;
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            type: "toCounty" | "toSchool" | "shadowing" | "classTeacher" | "lecture" | "competition" | "showcase";
        };
        CreateQuestionnaireDto: {
            /** @description Default: true for a questionnaire, false for a needs survey */
            anonymous?: boolean;
            /**
             * Format: date
             * @description Last day answers are taken; null: no end. Default: a needs survey closes the day before the session, a questionnaire 14 days after it
             */
            closesOn?: string | null;
            /** @enum {string} */
            kind: "needsSurvey" | "questionnaire";
            /**
             * Format: date
             * @description First day answers are taken; null: from now on. Default: a questionnaire opens on the session’s last day
             */
            opensOn?: string | null;
            questions?: components["schemas"]["QuestionDto"][];
            /** @description A shipped template id or a stored template’s UUID; or give `questions` */
            templateId?: string;
            /** @description Defaults to the template’s name */
            title?: string;
        };
        CreateQuestionTemplateDto: {
            /** @enum {string} */
            kind: "needsSurvey" | "questionnaire";
            name: string;
            /**
             * Format: uuid
             * @description The centre (or bureau) whose template it is; defaults to the caller’s one organisation
             */
            ownerOrganisationId?: string;
            questions: components["schemas"]["QuestionDto"][];
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
        CreateSessionDto: {
            /** @description A teacher’s own enrolment waits for the school’s approval */
            approvalRequired: boolean;
            /** @description Seats; at least 1 to publish */
            capacity: number;
            /**
             * @description Percent of participant slots to attend to complete
             * @default 80
             */
            completionThreshold: number;
            /** @description The coordinator confirms a team with more than 60% local experts */
            confirmLocalShare?: boolean;
            /** @description 学时 declared, handed to credits on completion */
            creditHours: number;
            days: components["schemas"]["TimetableDayInputDto"][];
            eligibility?: components["schemas"]["SessionEligibilityInputDto"];
            /** Format: date */
            enrolClosesOn?: string | null;
            /** Format: date */
            enrolOpensOn?: string | null;
            /** @description The team besides the leader (the leader may be listed too) */
            expertIds?: string[];
            /** @description Local flags that differ from the default (same school or the venue’s county) */
            localOverrides?: components["schemas"]["SessionLocalOverrideDto"][];
            notes?: string | null;
            /** Format: uuid */
            programmeId: string;
            /**
             * Format: uuid
             * @description 送培组长; required to publish
             */
            teamLeaderExpertId?: string | null;
            /** @example 送培到校·城关小学语文数学 */
            title: string;
            /**
             * Format: uuid
             * @description The receiving school (送培校) or the centre
             */
            venueOrganisationId: string;
            /**
             * Format: date
             * @description The last day a teacher may withdraw
             */
            withdrawUntil?: string | null;
        };
        CreateStaffMemberDto: {
            /** @example liming@example.cn */
            email?: string | null;
            /** @enum {string|null} */
            gender?: "male" | "female" | null;
            /** @example 13812345678 */
            mobile?: string | null;
            /** @example 李明 */
            name: string;
            /**
             * Format: uuid
             * @description The organisation of any kind: bureau, training centre, school, donor
             */
            organisationId: string;
            /**
             * @description 职务
             * @example 基础教育股股长
             */
            position?: string | null;
            /**
             * @description 职称
             * @example 高级教师
             */
            title?: string | null;
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
        CreditOutboxPageDto: {
            /** @description Newest first */
            items: components["schemas"]["CreditOutboxRowDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CreditOutboxRowDto: {
            /**
             * Format: date-time
             * @description When the credits module took it
             */
            consumedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @description 学时: positive for an award, negative for a reversal */
            hours: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "award" | "reversal";
            /**
             * Format: uuid
             * @description The award a reversal reverses
             */
            reversesId: string | null;
            schoolName: string;
            /** Format: uuid */
            sessionId: string;
            sessionTitle: string;
            /** Format: uuid */
            teacherId: string;
            teacherName: string;
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
        EnrolBatchCountsDto: {
            enrolled: number;
            refused: number;
            waitlisted: number;
        };
        EnrolBatchResultDto: {
            counts: components["schemas"]["EnrolBatchCountsDto"];
            /** @description In the order of the request */
            results: components["schemas"]["EnrolmentResultDto"][];
        };
        EnrolmentCountsDto: {
            cancelled: number;
            enrolled: number;
            pending: number;
            rejected: number;
            waitlisted: number;
            withdrawn: number;
        };
        EnrolmentDto: {
            decidedAt: string | null;
            decidedBy: string | null;
            decidedByName: string | null;
            enrolledAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Rejection or withdrawal reason */
            reason: string | null;
            /** @description When the enrolment was asked for (ISO instant) */
            requestedAt: string;
            /** @description Who asked (user id) */
            requestedBy: string | null;
            requestedByName: string | null;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            /** Format: uuid */
            sessionId: string;
            /** @description skipReasons in the caller’s language */
            skipMessage: string | null;
            /** @description While waitlisted: why the last promotion passed this teacher over (codes) */
            skipReasons: string[];
            /** @enum {string} */
            source: "coordinator" | "self" | "walkIn";
            /** @enum {string} */
            status: "pending" | "enrolled" | "waitlisted" | "withdrawn" | "rejected" | "cancelled";
            subjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** Format: uuid */
            teacherId: string;
            teacherName: string;
            /** @description While waitlisted: the place in the queue now (1 = next) */
            waitlistPosition: number | null;
            /** @description The waitlist number given (kept as history after promotion or withdrawal) */
            waitlistSeq: number | null;
            withdrawnAt: string | null;
        };
        EnrolmentPageDto: {
            capacity: number;
            /** @description Rows per status the caller sees, with the school and name filters but not the status filter */
            counts: components["schemas"]["EnrolmentCountsDto"];
            /** @description Enrolled by pinyin, then the waitlist by number, then pending, then the rest */
            items: components["schemas"]["EnrolmentDto"][];
            page: number;
            pageSize: number;
            seatsTaken: number;
            total: number;
        };
        EnrolmentResultDto: {
            /** @description With training.conflict: the other session’s bookings */
            clashes?: components["schemas"]["ClashDto"][];
            /** @description Why refused: training.eligibility.*, training.conflict, training.enrolment.exists, training.enrolment.teacherInactive */
            code?: string;
            /** Format: uuid */
            enrolmentId: string | null;
            /** @description The refusal in the caller’s language */
            message?: string;
            /** @description Every reason code when several apply (eligibility) */
            reasons?: string[];
            /**
             * @description enrolled: holds a seat; waitlisted: waits by number; pending: awaits the school’s approval; refused: nothing written
             * @enum {string}
             */
            status: "enrolled" | "waitlisted" | "pending" | "refused";
            /** Format: uuid */
            teacherId: string;
            teacherName: string;
            /** @description The waitlist number, given in the same transaction that found the session full */
            waitlistSeq?: number | null;
        };
        EnrolTeachersDto: {
            /** @description Teachers of schools in the caller’s scope, 1 to 200; each gets its own result */
            teacherIds: string[];
        };
        ExpertBookedDayDto: {
            /** Format: date */
            date: string;
            halves: ("am" | "pm")[];
        };
        ExpertBookingDto: {
            days: components["schemas"]["ExpertBookedDayDto"][];
            /** @description Whether the caller may open the session (it may be another centre’s) */
            inScope: boolean;
            /** @enum {string} */
            role: "leader" | "expert";
            /** Format: uuid */
            sessionId: string;
            /**
             * @description Derived: a published session is running on its days
             * @enum {string}
             */
            status: "draft" | "published" | "running" | "completed" | "cancelled";
            title: string;
            /** Format: uuid */
            venueId: string;
            venueName: string;
        };
        ExpertDto: {
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Masked: 138****5678 */
            mobile: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string | null;
            /** @description Where the expert works: the organisation’s name, else the unit as written */
            organisationName: string | null;
            ownerName: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            specialty: string | null;
            /** @enum {string} */
            tier: "province" | "city" | "county";
            title: string | null;
            unitName: string | null;
            /** Format: uuid */
            userId: string | null;
            username: string | null;
            version: number;
        };
        ExpertPageDto: {
            items: components["schemas"]["ExpertDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ExpertScheduleDto: {
            /** Format: uuid */
            expertId: string;
            /** Format: date */
            from: string;
            /** @description The sessions the expert is booked in, by first day */
            items: components["schemas"]["ExpertBookingDto"][];
            name: string;
            /** Format: date */
            to: string;
        };
        FailedSourceDto: {
            id: string;
            owner: string;
        };
        FeedbackLessonDto: {
            /** @description Average score in hundredths: 8650 is 86.50 */
            average: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            givenOn: string;
            /** Format: uuid */
            id: string;
            notes: string | null;
            /** @description By expert name */
            ratings: components["schemas"]["FeedbackRatingDto"][];
            /** Format: uuid */
            sessionId: string;
            /** @enum {string|null} */
            subject: "chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other" | null;
            /** Format: uuid */
            teacherId: string;
            teacherName: string;
            title: string;
            /** @description Experts of the team who have not rated yet */
            unratedExpertIds: string[];
            version: number;
        };
        FeedbackLessonPageDto: {
            /** @description By day given */
            items: components["schemas"]["FeedbackLessonDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        FeedbackRatingDto: {
            comment: string | null;
            /** Format: uuid */
            expertId: string;
            expertName: string;
            score: number;
            /** Format: date-time */
            updatedAt: string;
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
        HandOffCountsDto: {
            awards: number;
            reversals: number;
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
        LinkStaffUserDto: {
            /**
             * Format: uuid
             * @description An existing account within the caller’s users scope
             */
            userId: string;
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
        MarkAttendanceDto: {
            /** @enum {string} */
            mark: "present" | "late" | "absent" | "excused";
            /** @example 病假，已提交请假条 */
            reason: string;
            /** @description The version of the record being corrected (required when one exists) */
            version?: number;
        };
        MarkResultDto: {
            attendance: components["schemas"]["AttendanceRowDto"];
            /** @description On a completed session: the teacher’s completion, recomputed with the correction */
            completion: components["schemas"]["TeacherCompletionDto"] | null;
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
             * Format: date-time
             * @description The server’s clock now: the admin takes "today" from it, not from the device
             */
            now: string;
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
        MyQuestionnaireDto: {
            anonymous: boolean;
            /**
             * Format: date
             * @description The day the caller answered
             */
            answeredOn: string | null;
            /** Format: date */
            closesOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "needsSurvey" | "questionnaire";
            /** Format: date */
            opensOn: string | null;
            questions: components["schemas"]["QuestionDto"][];
            /** Format: date */
            sessionEndsOn: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: date */
            sessionStartsOn: string;
            sessionTitle: string;
            /** @enum {string} */
            state: "open" | "answered";
            title: string;
        };
        MyQuestionnairePageDto: {
            /** @description Open ones first (by closing date), then answered ones */
            items: components["schemas"]["MyQuestionnaireDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MySessionDto: {
            /** @description The teacher may withdraw now (an active enrolment, deadline not passed) */
            canWithdraw: boolean;
            /** @description Completed: the session’s hours are handed to the credits (an award not reversed) */
            creditAwarded: boolean;
            creditHours: number;
            /** Format: date */
            endsOn: string;
            /** Format: uuid */
            enrolmentId: string;
            reason: string | null;
            /** Format: uuid */
            sessionId: string;
            /**
             * @description As of today (a published session is running on its days)
             * @enum {string}
             */
            sessionStatus: "draft" | "published" | "running" | "completed" | "cancelled";
            /** @enum {string} */
            source: "coordinator" | "self" | "walkIn";
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            status: "pending" | "enrolled" | "waitlisted" | "withdrawn" | "rejected" | "cancelled";
            title: string;
            /** Format: uuid */
            venueId: string;
            venueName: string;
            /** @description While waitlisted: the place in the queue now (1 = next) */
            waitlistPosition: number | null;
            waitlistSeq: number | null;
            /** Format: date */
            withdrawUntil: string | null;
        };
        MySessionPageDto: {
            /** @description Latest sessions first */
            items: components["schemas"]["MySessionDto"][];
            page: number;
            pageSize: number;
            total: number;
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
        OpenSessionDto: {
            /** @description Enrolling oneself waits for the school’s approval */
            approvalRequired: boolean;
            capacity: number;
            creditHours: number;
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolClosesOn: string | null;
            /**
             * @description The caller’s own enrolment in it, if any
             * @enum {string|null}
             */
            myStatus: "pending" | "enrolled" | "waitlisted" | "withdrawn" | "rejected" | "cancelled" | null;
            programmeName: string;
            /** @description Seats free now; 0 means a new enrolment goes on the waitlist */
            seatsLeft: number;
            seatsTaken: number;
            /** Format: uuid */
            sessionId: string;
            /** Format: date */
            startsOn: string;
            title: string;
            /** Format: uuid */
            venueId: string;
            venueName: string;
            waitlisted: number;
            /** Format: date */
            withdrawUntil: string | null;
        };
        OpenSessionPageDto: {
            /** @description Soonest first */
            items: components["schemas"]["OpenSessionDto"][];
            page: number;
            pageSize: number;
            total: number;
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
        ProgrammeDto: {
            /** Format: date-time */
            archivedAt: string | null;
            audiences: ("all" | "backbone" | "principal" | "classTeacher" | "rural" | "newTeacher" | "subject")[];
            /** @description In fen (分) */
            budget: number | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date */
            endsOn: string;
            /** @description The host’s name: the organisation’s when one is linked, else as written */
            hostName: string | null;
            /** Format: uuid */
            hostOrganisationId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "national" | "provincial" | "city" | "county";
            name: string;
            ownerName: string;
            /** Format: uuid */
            ownerOrganisationId: string;
            /** @description Sessions of the programme (cancelled ones included) */
            sessionCount: number;
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            type: "toCounty" | "toSchool" | "shadowing" | "classTeacher" | "lecture" | "competition" | "showcase";
            version: number;
        };
        ProgrammeEvaluationDto: {
            /** @description Satisfaction: the average of every `overall` rating of the programme’s sessions (weighted by ratings), in hundredths */
            overallAverage: number | null;
            overallCount: number;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            responses: number;
            /** @description Every session but cancelled ones, by first day */
            sessions: components["schemas"]["SessionSatisfactionDto"][];
        };
        ProgrammePageDto: {
            items: components["schemas"]["ProgrammeDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        QuestionDto: {
            /**
             * @description Stable: results are grouped by it
             * @example overall
             */
            code: string;
            /** @description Choices (single, multiple): two or more, each at most 200 characters */
            options?: string[];
            /** @default false */
            required: boolean;
            text: string;
            /** @enum {string} */
            type: "rating" | "single" | "multiple" | "text";
        };
        QuestionnaireDto: {
            /** @description Answers keep no teacher, and results show no names */
            anonymous: boolean;
            /** @description Questions and anonymity are locked once true */
            answered: boolean;
            /** Format: date */
            closesOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "needsSurvey" | "questionnaire";
            /** Format: date */
            opensOn: string | null;
            questions: components["schemas"]["QuestionDto"][];
            responseCount: number;
            /** Format: uuid */
            sessionId: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /**
             * @description Whether it takes answers today
             * @enum {string}
             */
            window: "notYetOpen" | "open" | "closed";
        };
        QuestionnairePageDto: {
            items: components["schemas"]["QuestionnaireDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        QuestionnaireResultsDto: {
            anonymous: boolean;
            /** @description Teachers who may answer: enrolled (walk-ins included); for a needs survey also pending and waitlisted */
            enrolled: number;
            /** @enum {string} */
            kind: "needsSurvey" | "questionnaire";
            /** Format: uuid */
            questionnaireId: string;
            questions: components["schemas"]["QuestionResultDto"][];
            /** @description Whole percent, capped at 100 */
            responseRate: number;
            responses: number;
            /** Format: uuid */
            sessionId: string;
            sessionTitle: string;
            title: string;
        };
        QuestionResultDto: {
            /** @description Responses that answered this question */
            answered: number;
            choices?: components["schemas"]["ChoiceCountDto"][];
            code: string;
            options?: string[];
            rating?: components["schemas"]["RatingSummaryDto"];
            text: string;
            texts?: components["schemas"]["TextAnswerDto"][];
            /** @enum {string} */
            type: "rating" | "single" | "multiple" | "text";
        };
        QuestionTemplateDto: {
            /** Format: date-time */
            archivedAt: string | null;
            /** @description A UUID, or the id of a shipped template (shipped-…) */
            id: string;
            /** @enum {string} */
            kind: "needsSurvey" | "questionnaire";
            name: string;
            /** Format: uuid */
            ownerOrganisationId: string | null;
            ownerOrganisationName: string | null;
            questions: components["schemas"]["QuestionDto"][];
            /** @description Shipped with SchoolBridge: read-only, in the caller’s language */
            shipped: boolean;
            /** @description null for shipped templates */
            version: number | null;
        };
        QuestionTemplatePageDto: {
            /** @description Shipped templates first, then stored ones by name */
            items: components["schemas"]["QuestionTemplateDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RateFeedbackLessonDto: {
            comment?: string | null;
            score: number;
        };
        RatingSummaryDto: {
            /** @description In hundredths: 425 is 4.25 */
            average: number | null;
            count: number;
            /** @description How many gave 1, 2, 3, 4, 5 */
            distribution: number[];
            sum: number;
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
        RejectEnrolmentDto: {
            /** @description Why the request is not approved; the teacher is told */
            reason: string;
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
        SessionCompletionDto: {
            /** @description Percent of participant slots to attend */
            completionThreshold: number;
            counts: components["schemas"]["CompletionCountsDto"];
            /** @description 学时 handed to credits on completion */
            creditHours: number;
            /** @description By school, then name in pinyin order */
            items: components["schemas"]["TeacherCompletionDto"][];
            requiredSlots: number;
            /** Format: uuid */
            sessionId: string;
            /** @description Participant slots */
            slotCount: number;
            /**
             * @description As shown today (a published session is running on its days)
             * @enum {string}
             */
            status: "draft" | "published" | "running" | "completed" | "cancelled";
        };
        SessionCountsDto: {
            capacity: number;
            /** @description Teachers’ own requests awaiting their school */
            pending: number;
            seatsTaken: number;
            waitlisted: number;
        };
        SessionDayDto: {
            /** Format: date */
            date: string;
            halves: components["schemas"]["SessionHalfDto"][];
        };
        SessionDetailDto: {
            approvalRequired: boolean;
            cancelReason: string | null;
            completionThreshold: number;
            counts: components["schemas"]["SessionCountsDto"];
            /** Format: date-time */
            createdAt: string;
            creditHours: number;
            days: components["schemas"]["SessionDayDto"][];
            eligibility: components["schemas"]["SessionEligibilityDto"];
            /** Format: date */
            endsOn: string;
            /** Format: date */
            enrolClosesOn: string | null;
            /** Format: date */
            enrolOpensOn: string | null;
            /** Format: uuid */
            id: string;
            localShare: components["schemas"]["SessionLocalShareDto"];
            /** @description The coordinator confirmed a team above the local limit */
            localShareConfirmed: boolean;
            /** @description The statuses it may move to from the derived one */
            nextStatuses: ("draft" | "published" | "running" | "completed" | "cancelled")[];
            notes: string | null;
            participantSlotCount: number;
            programme: components["schemas"]["SessionProgrammeDto"];
            /** Format: date */
            startsOn: string;
            /**
             * @description Derived: a published session is running on its days
             * @enum {string}
             */
            status: "draft" | "published" | "running" | "completed" | "cancelled";
            /**
             * @description As stored
             * @enum {string}
             */
            storedStatus: "draft" | "published" | "running" | "completed" | "cancelled";
            /** @description The leader first */
            team: components["schemas"]["SessionTeamMemberDto"][];
            /** Format: uuid */
            teamLeaderExpertId: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            venue: components["schemas"]["SessionVenueDto"];
            version: number;
            /** Format: date */
            withdrawUntil: string | null;
        };
        SessionEligibilityDto: {
            schools: components["schemas"]["SessionSchoolDto"][];
            stages: ("preschool" | "primary" | "junior" | "senior" | "vocational" | "special")[];
            subjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
        };
        SessionEligibilityInputDto: {
            /** @description Schools whose teachers may enrol; none: any school */
            schoolIds?: string[];
            /** @description None: any stage */
            stages?: ("preschool" | "primary" | "junior" | "senior" | "vocational" | "special")[];
            /** @description None: any subject */
            subjects?: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
        };
        SessionHalfDto: {
            /** @example 12:00 */
            endsAt: string;
            /** @enum {string} */
            half: "am" | "pm";
            modules: components["schemas"]["SessionModuleDto"][];
            participantSlot: boolean;
            /** Format: uuid */
            slotId: string;
            /** @example 08:30 */
            startsAt: string;
        };
        SessionListItemDto: {
            capacity: number;
            creditHours: number;
            /** Format: date */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            seatsTaken: number;
            /** Format: date */
            startsOn: string;
            /**
             * @description Derived
             * @enum {string}
             */
            status: "draft" | "published" | "running" | "completed" | "cancelled";
            teamLeaderName: string | null;
            title: string;
            /** Format: uuid */
            venueId: string;
            venueName: string;
            version: number;
            waitlisted: number;
        };
        SessionLocalOverrideDto: {
            /** Format: uuid */
            expertId: string;
            /** @description From the receiving school or its county (本地/本校) */
            local: boolean;
        };
        SessionLocalShareDto: {
            /** @description More than 60% local (DOMAIN.md §4) */
            exceedsLimit: boolean;
            local: number;
            /** @description local ÷ total, 0–1, for display */
            share: number;
            total: number;
        };
        SessionModuleDto: {
            /** Format: uuid */
            expertId: string | null;
            expertName: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "ethics" | "professionalDevelopment" | "schoolManagement" | "efficientClassroom" | "teachingMethods" | "demonstrationLesson" | "polishing" | "feedbackLesson" | "jointPlanning" | "summary" | "arrival" | "other";
            /** Format: uuid */
            lessonTeacherId: string | null;
            lessonTeacherName: string | null;
            title: string | null;
        };
        SessionPageDto: {
            items: components["schemas"]["SessionListItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SessionProgrammeDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "national" | "provincial" | "city" | "county";
            name: string;
            /** @enum {string} */
            type: "toCounty" | "toSchool" | "shadowing" | "classTeacher" | "lecture" | "competition" | "showcase";
        };
        SessionSatisfactionDto: {
            /** Format: date */
            endsOn: string;
            /** @description Average `overall` rating in hundredths */
            overallAverage: number | null;
            /** @description Responses that rated `overall` */
            overallCount: number;
            /**
             * Format: uuid
             * @description The post-training questionnaire, if the session has one
             */
            questionnaireId: string | null;
            /** @description Responses to the questionnaire */
            responses: number;
            /** Format: uuid */
            sessionId: string;
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "published" | "running" | "completed" | "cancelled";
            title: string;
        };
        SessionSchoolDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        SessionTeamMemberDto: {
            /** Format: uuid */
            expertId: string;
            /** @description 本地/本校 */
            local: boolean;
            name: string;
            /** @description Where the expert works */
            organisationName: string | null;
            /** @enum {string} */
            role: "leader" | "expert";
            /** @enum {string} */
            tier: "province" | "city" | "county";
        };
        SessionTemplateDto: {
            /** @description Sunday (team only) and the ten participant half-days Monday to Friday */
            days: components["schemas"]["TimetableDayInputDto"][];
        };
        SessionTemplateRequestDto: {
            /**
             * Format: date
             * @description The Sunday the team arrives
             */
            sunday: string;
        };
        SessionVenueDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "school" | "training_centre" | "bureau" | "donor" | "other";
            name: string;
        };
        SignInRowDto: {
            name: string;
            /** @description 序号 */
            no: number;
            schoolName: string;
            subjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
            /** Format: uuid */
            teacherId: string;
            walkIn: boolean;
        };
        SignInSheetDto: {
            creditHours: number;
            /** @description The days of the timetable */
            dates: string[];
            /** Format: date */
            endsOn: string;
            programmeName: string;
            /** Format: uuid */
            sessionId: string;
            slots: components["schemas"]["SignInSlotDto"][];
            /** Format: date */
            startsOn: string;
            title: string;
            venueName: string;
        };
        SignInSlotDto: {
            /** Format: date */
            date: string;
            /** @example 12:00 */
            endsAt: string;
            /** @enum {string} */
            half: "am" | "pm";
            /** @description By school (pinyin), then name (pinyin) */
            rows: components["schemas"]["SignInRowDto"][];
            /** Format: uuid */
            slotId: string;
            /** @example 2026-12-07.am */
            slotKey: string;
            /** @example 08:30 */
            startsAt: string;
        };
        SlotAttendanceDto: {
            counts: components["schemas"]["AttendanceCountsDto"];
            /** Format: date */
            date: string;
            /** @example 12:00 */
            endsAt: string;
            /** @enum {string} */
            half: "am" | "pm";
            /** @description By school, then name in pinyin order */
            items: components["schemas"]["AttendanceRowDto"][];
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            slotId: string;
            /** @example 2026-12-07.am */
            slotKey: string;
            /** @example 08:30 */
            startsAt: string;
        };
        StaffMemberDto: {
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            /** @enum {string|null} */
            gender: "male" | "female" | null;
            /** Format: uuid */
            id: string;
            /** @description Masked: 138****5678 */
            mobile: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            organisationKind: "school" | "training_centre" | "bureau" | "donor" | "other";
            organisationName: string;
            position: string | null;
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description The linked account’s display name */
            userDisplayName: string | null;
            /** Format: uuid */
            userId: string | null;
            username: string | null;
            version: number;
        };
        StaffPageDto: {
            items: components["schemas"]["StaffMemberDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StaffRevealDto: {
            mobile: string | null;
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
        TeacherCompletionDto: {
            absent: number;
            /** @description Participant slots present or late */
            attended: number;
            completed: boolean;
            /** @description An award is in the credit outbox and not reversed */
            creditAwarded: boolean;
            /** Format: uuid */
            enrolmentId: string;
            excused: number;
            name: string;
            /** @description The fewest attended slots that complete */
            requiredSlots: number;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            slotCount: number;
            /** Format: uuid */
            teacherId: string;
            walkIn: boolean;
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
        TextAnswerDto: {
            /** @description Always null when the questionnaire is anonymous */
            teacherName: string | null;
            text: string;
        };
        TimetableDayInputDto: {
            /** Format: date */
            date: string;
            halves: components["schemas"]["TimetableHalfInputDto"][];
        };
        TimetableHalfInputDto: {
            /**
             * @description Local time HH:MM; defaults 12:00 (am) / 17:30 (pm)
             * @example 12:00
             */
            endsAt?: string;
            /** @enum {string} */
            half: "am" | "pm";
            modules: components["schemas"]["TimetableModuleInputDto"][];
            /** @description A participants’ attendance slot; false for what only the team attends (the Sunday) */
            participantSlot: boolean;
            /**
             * @description Local time HH:MM; defaults 08:30 (am) / 14:00 (pm)
             * @example 08:30
             */
            startsAt?: string;
        };
        TimetableModuleInputDto: {
            /**
             * Format: uuid
             * @description The expert who gives it: one of the team
             */
            expertId?: string | null;
            /** @enum {string} */
            kind: "ethics" | "professionalDevelopment" | "schoolManagement" | "efficientClassroom" | "teachingMethods" | "demonstrationLesson" | "polishing" | "feedbackLesson" | "jointPlanning" | "summary" | "arrival" | "other";
            /**
             * Format: uuid
             * @description The local teacher giving a demonstration or feedback lesson
             */
            lessonTeacherId?: string | null;
            title?: string | null;
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
        TrainingCalendarDayDto: {
            /** Format: date */
            date: string;
            halves: components["schemas"]["TrainingCalendarHalfDto"][];
        };
        TrainingCalendarDto: {
            /** Format: date */
            from: string;
            /** @description Sessions in scope overlapping the range, by first day */
            items: components["schemas"]["TrainingCalendarSessionDto"][];
            /** Format: date */
            to: string;
        };
        TrainingCalendarHalfDto: {
            /** @example 12:00 */
            endsAt: string;
            /** @enum {string} */
            half: "am" | "pm";
            moduleKinds: ("ethics" | "professionalDevelopment" | "schoolManagement" | "efficientClassroom" | "teachingMethods" | "demonstrationLesson" | "polishing" | "feedbackLesson" | "jointPlanning" | "summary" | "arrival" | "other")[];
            participantSlot: boolean;
            /** @example 08:30 */
            startsAt: string;
        };
        TrainingCalendarSessionDto: {
            /** @description The session’s days within from … to */
            days: components["schemas"]["TrainingCalendarDayDto"][];
            /** Format: date */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            programmeName: string;
            /** Format: date */
            startsOn: string;
            /**
             * @description Derived
             * @enum {string}
             */
            status: "draft" | "published" | "running" | "completed" | "cancelled";
            /** @description The leader first */
            team: components["schemas"]["TrainingCalendarTeamMemberDto"][];
            title: string;
            /** Format: uuid */
            venueId: string;
            venueName: string;
        };
        TrainingCalendarTeamMemberDto: {
            /** Format: uuid */
            expertId: string;
            name: string;
            /** @enum {string} */
            role: "leader" | "expert";
        };
        TrainingVocabEntryDto: {
            /** @example toSchool */
            code: string;
            name: components["schemas"]["TrainingVocabNameDto"];
        };
        TrainingVocabNameDto: {
            /** @example Send-training-to-school */
            en: string;
            /** @example 送培到校 */
            "zh-CN": string;
        };
        TrainingVocabulariesDto: {
            attendanceMarks: components["schemas"]["TrainingVocabEntryDto"][];
            attendanceSources: components["schemas"]["TrainingVocabEntryDto"][];
            audiences: components["schemas"]["TrainingVocabEntryDto"][];
            enrolmentSources: components["schemas"]["TrainingVocabEntryDto"][];
            enrolmentStatuses: components["schemas"]["TrainingVocabEntryDto"][];
            expertRoles: components["schemas"]["TrainingVocabEntryDto"][];
            expertTiers: components["schemas"]["TrainingVocabEntryDto"][];
            halfDays: components["schemas"]["TrainingVocabEntryDto"][];
            moduleKinds: components["schemas"]["TrainingVocabEntryDto"][];
            programmeLevels: components["schemas"]["TrainingVocabEntryDto"][];
            programmeTypes: components["schemas"]["TrainingVocabEntryDto"][];
            questionnaireKinds: components["schemas"]["TrainingVocabEntryDto"][];
            questionTypes: components["schemas"]["TrainingVocabEntryDto"][];
            sessionStatuses: components["schemas"]["TrainingVocabEntryDto"][];
        };
        UpdateExpertDto: {
            mobile?: string | null;
            name?: string;
            /** Format: uuid */
            organisationId?: string | null;
            /** Format: uuid */
            ownerOrganisationId?: string;
            specialty?: string | null;
            /** @enum {string} */
            tier?: "province" | "city" | "county";
            title?: string | null;
            unitName?: string | null;
            /**
             * Format: uuid
             * @description null unlinks the account
             */
            userId?: string | null;
            version: number;
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
        UpdateProgrammeDto: {
            audiences?: ("all" | "backbone" | "principal" | "classTeacher" | "rural" | "newTeacher" | "subject")[];
            /** @description In fen (分) */
            budget?: number | null;
            description?: string | null;
            /** Format: date */
            endsOn?: string;
            hostName?: string | null;
            /** Format: uuid */
            hostOrganisationId?: string | null;
            /** @enum {string} */
            level?: "national" | "provincial" | "city" | "county";
            name?: string;
            /** Format: uuid */
            ownerOrganisationId?: string;
            /** Format: date */
            startsOn?: string;
            /** @enum {string} */
            type?: "toCounty" | "toSchool" | "shadowing" | "classTeacher" | "lecture" | "competition" | "showcase";
            version: number;
        };
        UpdateQuestionnaireDto: {
            /** @description Locked once an answer exists */
            anonymous?: boolean;
            /** Format: date */
            closesOn?: string | null;
            /** Format: date */
            opensOn?: string | null;
            /** @description Locked once an answer exists */
            questions?: components["schemas"]["QuestionDto"][];
            title?: string;
            version: number;
        };
        UpdateQuestionTemplateDto: {
            name?: string;
            questions?: components["schemas"]["QuestionDto"][];
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
        UpdateSessionDto: {
            approvalRequired?: boolean;
            /** @description Not below the seats taken */
            capacity?: number;
            /**
             * @description Percent of participant slots to attend to complete
             * @default 80
             */
            completionThreshold: number;
            /** @description The coordinator confirms a team with more than 60% local experts */
            confirmLocalShare?: boolean;
            creditHours?: number;
            /** @description The whole timetable; slots of dates and halves kept keep their ids */
            days?: components["schemas"]["TimetableDayInputDto"][];
            eligibility?: components["schemas"]["SessionEligibilityInputDto"];
            /** Format: date */
            enrolClosesOn?: string | null;
            /** Format: date */
            enrolOpensOn?: string | null;
            /** @description The team besides the leader (the leader may be listed too) */
            expertIds?: string[];
            /** @description Local flags that differ from the default (same school or the venue’s county) */
            localOverrides?: components["schemas"]["SessionLocalOverrideDto"][];
            notes?: string | null;
            /** Format: uuid */
            programmeId?: string;
            /**
             * Format: uuid
             * @description 送培组长; required to publish
             */
            teamLeaderExpertId?: string | null;
            title?: string;
            /** Format: uuid */
            venueOrganisationId?: string;
            version: number;
            /**
             * Format: date
             * @description The last day a teacher may withdraw
             */
            withdrawUntil?: string | null;
        };
        UpdateStaffMemberDto: {
            email?: string | null;
            /** @enum {string|null} */
            gender?: "male" | "female" | null;
            mobile?: string | null;
            name?: string;
            /** Format: uuid */
            organisationId?: string;
            position?: string | null;
            title?: string | null;
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
        VersionDto: {
            version: number;
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
        WalkInCandidateDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            schoolId: string;
            schoolName: string;
            subjects: ("chinese" | "math" | "english" | "physics" | "chemistry" | "biology" | "history" | "geography" | "politics" | "science" | "music" | "art" | "pe" | "it" | "psychology" | "labour" | "comprehensive" | "preschool" | "special" | "other")[];
        };
        WalkInCandidatePageDto: {
            /** @description At most 20, by pinyin */
            items: components["schemas"]["WalkInCandidateDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WalkInDto: {
            /**
             * Format: uuid
             * @description The participant slot they joined (present there)
             */
            slotId: string;
            /** Format: uuid */
            teacherId: string;
        };
        WithdrawEnrolmentDto: {
            /** @description Why; required when a coordinator withdraws a teacher after the withdrawal deadline */
            reason?: string;
        };
        WithdrawResultDto: {
            enrolment: components["schemas"]["EnrolmentDto"];
            /** @description Waitlisted teachers promoted to the freed seat (0 or 1) */
            promoted: number;
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
    DirectoryRegionsController_export: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                format?: "xlsx" | "csv";
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
            /** @description The regions with the list’s filters as .xlsx or .csv; without a sort, the tree top to bottom */
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
    StaffController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                gender?: "male" | "female";
                /** @description Whether the person is linked to an account */
                linked?: boolean;
                /** @description The organisation the person works for */
                organisationId?: string;
                /** @description The kind of that organisation */
                organisationKind?: "school" | "training_centre" | "bureau" | "donor" | "other";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                /** @description The record linked to this account (a user page shows the person) */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff members in the caller’s scope; mobiles masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageDto"];
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
    StaffController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
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
    StaffController_get: {
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
                    "application/json": components["schemas"]["StaffMemberDto"];
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
    StaffController_remove: {
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
            /** @description Refused (409) while the record is linked to an account */
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
    StaffController_update: {
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
                "application/json": components["schemas"]["UpdateStaffMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
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
    StaffController_archive: {
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
                    "application/json": components["schemas"]["StaffMemberDto"];
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
    StaffController_restore: {
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
                    "application/json": components["schemas"]["StaffMemberDto"];
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
    StaffController_reveal: {
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
            /** @description The unmasked mobile of this one staff member; the view is recorded in the audit log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRevealDto"];
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
    StaffController_linkUser: {
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
                "application/json": components["schemas"]["LinkStaffUserDto"];
            };
        };
        responses: {
            /** @description Links an existing account; 409 when it is linked to a teacher or another staff record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
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
    StaffController_unlinkUser: {
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
            /** @description Unlinks the account; the account itself stays */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
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
    StaffController_export: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                format?: "xlsx" | "csv";
                gender?: "male" | "female";
                /** @description Whether the person is linked to an account */
                linked?: boolean;
                /** @description The organisation the person works for */
                organisationId?: string;
                /** @description The kind of that organisation */
                organisationKind?: "school" | "training_centre" | "bureau" | "donor" | "other";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                /** @description The record linked to this account (a user page shows the person) */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list with its current filters as .xlsx or .csv; mobiles masked */
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
                /** @description The record linked to this account (a user page shows the person) */
                userId?: string;
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
                /** @description The record linked to this account (a user page shows the person) */
                userId?: string;
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
    TrainingCalendarController_get: {
        parameters: {
            query: {
                expertId?: string;
                from: string;
                includeCancelled?: boolean;
                /** @description Inclusive; at most 62 days after from */
                to: string;
                venueId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions in scope overlapping from … to (at most 62 days), with their days in the range */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCalendarDto"];
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
    CheckInController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description 422 checkIn.codeExpired / checkIn.codeInvalid; 409 training.checkIn.already naming the first record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResultDto"];
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
    CompletionController_outbox: {
        parameters: {
            query?: {
                kind?: "award" | "reversal";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                sessionId?: string;
                teacherId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Awards and reversals handed to credits, newest first (read-only) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditOutboxPageDto"];
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
    EnrolmentController_approve: {
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
            /** @description A teacher’s own request approved: a seat, or the waitlist when full */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
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
    EnrolmentController_reject: {
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
                "application/json": components["schemas"]["RejectEnrolmentDto"];
            };
        };
        responses: {
            /** @description A teacher’s own request not approved; the teacher is told the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDto"];
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
    EnrolmentController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WithdrawEnrolmentDto"];
            };
        };
        responses: {
            /** @description Withdrawal; a freed seat goes to the next eligible teacher on the waitlist at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawResultDto"];
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
    ExpertsController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                /** @description Experts local to this school: working at it or at an organisation of its county (本地/本校) */
                localTo?: string;
                /** @description Where the expert works */
                organisationId?: string;
                /** @description The pool (centre or bureau) */
                ownerOrganisationId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                tier?: "province" | "city" | "county";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Experts of the pools in the caller’s scope; `q` finds a name by characters, pinyin or initials; mobiles masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertPageDto"];
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
    ExpertsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExpertDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
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
    ExpertsController_get: {
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
                    "application/json": components["schemas"]["ExpertDto"];
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
    ExpertsController_remove: {
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
            /** @description Refused (409, naming the sessions) while the expert is on a session’s team */
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
    ExpertsController_update: {
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
                "application/json": components["schemas"]["UpdateExpertDto"];
            };
        };
        responses: {
            /** @description Carries the version read; a stale one answers 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
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
    ExpertsController_archive: {
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
            /** @description An archived expert stays on the teams they are on but cannot be added to another */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
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
    ExpertsController_restore: {
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
                    "application/json": components["schemas"]["ExpertDto"];
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
    ExpertsController_schedule: {
        parameters: {
            query: {
                from: string;
                /** @description Inclusive */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions and half-days the expert is booked in between from and to (at most 366 days) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertScheduleDto"];
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
    FeedbackLessonsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                expertId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateFeedbackLessonDto"];
            };
        };
        responses: {
            /** @description An expert rates as themselves; the centre’s coordinator may record any team expert’s rating */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackLessonDto"];
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
    EnrolmentController_openSessions: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published sessions taking enrolments today that the caller may join */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenSessionPageDto"];
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
    QuestionnairesController_mine: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s open questionnaires and those they answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyQuestionnairePageDto"];
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
    EnrolmentController_mySessions: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s own enrolments (a teacher’s “my sessions”) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySessionPageDto"];
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
    ProgrammesController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                audience?: "all" | "backbone" | "principal" | "classTeacher" | "rural" | "newTeacher" | "subject";
                /** @description Programmes whose period overlaps from … to */
                from?: string;
                level?: "national" | "provincial" | "city" | "county";
                /** @description The centre or bureau that runs it */
                ownerOrganisationId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials (zs → 张三), or a code */
                q?: string;
                /** @description Comma list of fields, '-' for descending: name,-createdAt */
                sort?: string;
                to?: string;
                type?: "toCounty" | "toSchool" | "shadowing" | "classTeacher" | "lecture" | "competition" | "showcase";
                /** @description Programmes whose period overlaps this calendar year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Programmes whose owner or host is in the caller’s scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePageDto"];
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
    ProgrammesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
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
    ProgrammesController_get: {
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
                    "application/json": components["schemas"]["ProgrammeDto"];
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
    ProgrammesController_remove: {
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
            /** @description Refused (409, naming them) while the programme has sessions */
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
    ProgrammesController_update: {
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
                "application/json": components["schemas"]["UpdateProgrammeDto"];
            };
        };
        responses: {
            /** @description Carries the version read; a stale one answers 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
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
    ProgrammesController_archive: {
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
                    "application/json": components["schemas"]["ProgrammeDto"];
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
    QuestionnairesController_programmeEvaluation: {
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
            /** @description Satisfaction per session and for the programme (weighted by ratings) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeEvaluationDto"];
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
    ProgrammesController_restore: {
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
                    "application/json": components["schemas"]["ProgrammeDto"];
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
    QuestionTemplatesController_list: {
        parameters: {
            query?: {
                /** @description Stored templates: false current, true archived only, all both (shipped ones are never archived) */
                archived?: "false" | "true" | "all";
                kind?: "needsSurvey" | "questionnaire";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shipped templates (in the caller’s language), then stored ones of organisations in scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionTemplatePageDto"];
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
    QuestionTemplatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionTemplateDto"];
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
    QuestionTemplatesController_get: {
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
            /** @description A shipped template (id shipped-…) or a stored one (UUID) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionTemplateDto"];
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
    QuestionTemplatesController_update: {
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
                "application/json": components["schemas"]["UpdateQuestionTemplateDto"];
            };
        };
        responses: {
            /** @description Stored templates only (409 for a shipped one); questionnaires made from it keep their copy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionTemplateDto"];
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
    QuestionTemplatesController_archive: {
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
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            /** @description No longer offered for new questionnaires */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionTemplateDto"];
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
    QuestionnairesController_get: {
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
                    "application/json": components["schemas"]["QuestionnaireDto"];
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
    QuestionnairesController_update: {
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
                "application/json": components["schemas"]["UpdateQuestionnaireDto"];
            };
        };
        responses: {
            /** @description Questions and anonymity are locked once answered (409 training.questionnaire.answered) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireDto"];
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
    QuestionnairesController_answer: {
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
                "application/json": components["schemas"]["AnswerQuestionnaireDto"];
            };
        };
        responses: {
            /** @description The caller’s answers, once; 403 training.questionnaire.notParticipant when not a participant */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyQuestionnaireDto"];
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
    QuestionnairesController_results: {
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
            /** @description For holders of training.evaluation.manage in scope and the experts of the session’s team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireResultsDto"];
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
    SessionsController_list: {
        parameters: {
            query?: {
                /** @description Sessions with this expert on the team */
                expertId?: string;
                /** @description Sessions overlapping from … to */
                from?: string;
                /** @description The programme’s level */
                level?: "national" | "provincial" | "city" | "county";
                /** @description Sessions whose venue is this organisation or one it manages (a central school and its teaching points) */
                organisationId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                programmeId?: string;
                /** @description Title contains */
                q?: string;
                /** @description Sessions whose venue is managed within the region or located in it (as the report counts them) */
                regionId?: string;
                /** @description startsOn, title, createdAt; '-' for descending (default -startsOn) */
                sort?: string;
                /** @description The derived status, or several comma-separated (draft, published, running, completed, cancelled); running includes published sessions on their days */
                status?: string;
                to?: string;
                /** @description The programme’s type */
                type?: "toCounty" | "toSchool" | "shadowing" | "classTeacher" | "lecture" | "competition" | "showcase";
                venueId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions in the caller’s scope (owner, venue, team, own enrolments); status is derived */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPageDto"];
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
    SessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            /** @description A draft. 409 training.conflict names a double booking; 409 training.session.localShareExceeded asks for confirmLocalShare */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailDto"];
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
    SessionsController_get: {
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
                    "application/json": components["schemas"]["SessionDetailDto"];
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
    SessionsController_update: {
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
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            /** @description Carries the version read; refused (409) once completed or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailDto"];
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
    SessionsController_cancel: {
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
                "application/json": components["schemas"]["CancelSessionDto"];
            };
        };
        responses: {
            /** @description draft | published → cancelled: bookings released, enrolments cancelled, teachers notified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailDto"];
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
    CompletionController_complete: {
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
            /** @description From running (or published after its last day); 409 naming the allowed statuses otherwise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionRunDto"];
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
    CompletionController_get: {
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
            /** @description Per enrolled teacher; a teacher sees their own line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCompletionDto"];
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
    CompletionController_recompute: {
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
            /** @description Idempotent: writes only the awards and reversals that changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionRunDto"];
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
    EnrolmentController_enrolMe: {
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
            /** @description The caller enrols themself: pending when the session needs the school’s approval; a refusal is a problem (409 conflict or existing enrolment, 422 not eligible) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResultDto"];
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
    EnrolmentController_list: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Teacher name by characters, full pinyin or initials */
                q?: string;
                /** @description The teachers’ school */
                schoolId?: string;
                status?: "pending" | "enrolled" | "waitlisted" | "withdrawn" | "rejected" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session’s enrolments the caller may see, with counts per status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentPageDto"];
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
    EnrolmentController_enrol: {
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
                "application/json": components["schemas"]["EnrolTeachersDto"];
            };
        };
        responses: {
            /** @description A coordinator enrols teachers of their schools: each gets a seat, a waitlist number, or a refusal with its reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolBatchResultDto"];
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
    FeedbackLessonsController_list: {
        parameters: {
            query?: {
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
            /** @description With each lesson’s ratings and average; for the session’s parties and team (403 for participating teachers) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackLessonPageDto"];
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
    FeedbackLessonsController_create: {
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
                "application/json": components["schemas"]["CreateFeedbackLessonDto"];
            };
        };
        responses: {
            /** @description Given by a teacher of the venue school on a day of the session */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackLessonDto"];
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
    SessionsController_publish: {
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
            /** @description draft → published; needs a participant slot, a team leader and capacity ≥ 1 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailDto"];
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
    QuestionnairesController_listForSession: {
        parameters: {
            query?: {
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
            /** @description The session’s needs survey and questionnaire, if made */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnairePageDto"];
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
    QuestionnairesController_create: {
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
                "application/json": components["schemas"]["CreateQuestionnaireDto"];
            };
        };
        responses: {
            /** @description From a template (its questions are copied) or with questions; one per kind (409 when it exists) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireDto"];
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
    AttendanceController_signInSheet: {
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
            /** @description Rows to print per participant slot, by school then name (pinyin) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInSheetDto"];
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
    AttendanceController_slotAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Needs training.attendance.run or training.attendance.mark in scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotAttendanceDto"];
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
    AttendanceController_mark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAttendanceDto"];
            };
        };
        responses: {
            /** @description Marks or corrects with a reason; on a completed session the credit hand-off follows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkResultDto"];
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
    AttendanceController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmAttendanceDto"];
            };
        };
        responses: {
            /** @description Confirms the recorded marks; teachers named without a record are marked present */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotAttendanceDto"];
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
    AttendanceController_checkInCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                slotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rotating code of a participant slot, on its day; for an expert of the team or a coordinator whose scope covers the session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInCodeDto"];
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
    SessionsController_start: {
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
            /** @description published → running, from the first day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetailDto"];
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
    AttendanceController_walkInCandidates: {
        parameters: {
            query: {
                /** @description Name by characters, full pinyin or initials (zs → 张三) */
                q: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teachers who may join on the day (the schools the session is open to), not yet enrolled; for the trainer’s walk-in picker */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalkInCandidatePageDto"];
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
    AttendanceController_walkIn: {
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
                "application/json": components["schemas"]["WalkInDto"];
            };
        };
        responses: {
            /** @description The slot’s sheet with the walk-in, flagged */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotAttendanceDto"];
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
    SessionsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionTemplateRequestDto"];
            };
        };
        responses: {
            /** @description The 送培到校 6-day timetable from a Sunday, for the editor to start from; nothing is saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTemplateDto"];
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
    EnrolmentController_teacherSessions: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
            };
            header?: never;
            path: {
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One teacher’s sessions (the teacher page); the teacher must be in the caller’s directory scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySessionPageDto"];
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
    TrainingVocabulariesController_list: {
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
                    "application/json": components["schemas"]["TrainingVocabulariesDto"];
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
                /** @description Part of the username or the display name, or the start of the display name’s pinyin or initials (zs → 张三) */
                q?: string;
                /** @description Users holding this role */
                role?: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
                /** @description Comma list of username, displayName, createdAt, lastLoginAt (displayName in pinyin order); `-` sorts descending */
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
                /** @description Part of the username or the display name, or the start of the display name’s pinyin or initials (zs → 张三) */
                q?: string;
                /** @description Users holding this role */
                role?: "admin" | "bureau_officer" | "centre_coordinator" | "school_coordinator" | "principal" | "teacher" | "expert" | "inspector" | "donor";
                /** @description Comma list of username, displayName, createdAt, lastLoginAt (displayName in pinyin order); `-` sorts descending */
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
