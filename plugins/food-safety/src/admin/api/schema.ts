/**
 * Types of the routes of plugin "food-safety" (/api/food-safety/…), cut out of the API's OpenAPI document.
 * Do not edit: when the routes change, run
 *   npm run generate:plugin-client -- --plugin plugins/food-safety --id food-safety
 */

export interface paths {
    "/api/food-safety/authorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoritiesController_list"];
        put?: never;
        post: operations["AuthoritiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/authorities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoritiesController_get"];
        put?: never;
        post?: never;
        delete: operations["AuthoritiesController_remove"];
        options?: never;
        head?: never;
        patch: operations["AuthoritiesController_update"];
        trace?: never;
    };
    "/api/food-safety/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_list"];
        put?: never;
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete: operations["CampaignsController_remove"];
        options?: never;
        head?: never;
        patch: operations["CampaignsController_update"];
        trace?: never;
    };
    "/api/food-safety/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CanteensController_list"];
        put?: never;
        post: operations["CanteensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CanteensController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CanteensController_update"];
        trace?: never;
    };
    "/api/food-safety/canteens/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CanteensController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CanteensController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens/{id}/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CanteensController_addSchool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens/{id}/schools/{schoolId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CanteensController_removeSchool"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CanteensController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens/options/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CanteensController_regionOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/canteens/options/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CanteensController_schoolOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FoodHandlersController_list"];
        put?: never;
        post: operations["FoodHandlersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/handlers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FoodHandlersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["FoodHandlersController_update"];
        trace?: never;
    };
    "/api/food-safety/handlers/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FoodHandlersController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/handlers/{id}/duty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FoodHandlersController_duty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/handlers/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FoodHandlersController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionsController_list"];
        put?: never;
        post: operations["InspectionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionsController_get"];
        put?: never;
        post?: never;
        delete: operations["InspectionsController_remove"];
        options?: never;
        head?: never;
        patch: operations["InspectionsController_update"];
        trace?: never;
    };
    "/api/food-safety/inspections/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InspectionsController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/inspections/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InspectionsController_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/inspections/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["InspectionsController_saveResults"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/inspections/{id}/results/{itemCode}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InspectionsController_attachPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/inspections/{id}/results/{itemCode}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["InspectionsController_detachPhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/inspections/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InspectionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/letters/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NoticesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NoticesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["NoticesController_update"];
        trace?: never;
    };
    "/api/food-safety/notices/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NoticesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/notices/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NoticesController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/notices/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NoticesController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/notices/{id}/items/{itemId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NoticesController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/notices/{id}/items/{itemId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NoticesController_submitEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/notices/{id}/items/{itemId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NoticesController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/outings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutingsController_list"];
        put?: never;
        post: operations["OutingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/outings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutingsController_get"];
        put?: never;
        post?: never;
        delete: operations["OutingsController_remove"];
        options?: never;
        head?: never;
        patch: operations["OutingsController_update"];
        trace?: never;
    };
    "/api/food-safety/penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PenaltiesController_list"];
        put?: never;
        post: operations["PenaltiesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/penalties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PenaltiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/routine/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoutineController_checklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/routine/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoutineController_listRecords"];
        put?: never;
        post: operations["RoutineController_createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/routine/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoutineController_getRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RoutineController_updateRecord"];
        trace?: never;
    };
    "/api/food-safety/routine/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoutineController_listSamples"];
        put?: never;
        post: operations["RoutineController_createSample"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/routine/samples/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoutineController_getSample"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RoutineController_updateSample"];
        trace?: never;
    };
    "/api/food-safety/routine/samples/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoutineController_removeSample"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_read"];
        put: operations["SettingsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/template-versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_versionById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/template-vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_vocabularies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_list"];
        put?: never;
        post: operations["TemplatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TemplatesController_update"];
        trace?: never;
    };
    "/api/food-safety/templates/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TemplatesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/templates/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TemplatesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/templates/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/food-safety/templates/{id}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TemplatesController_version"];
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
        AmendInspectionDto: {
            /** @description The rectification deadline, needed only when the amendment puts items on a notice and the inspection had none; ignored otherwise */
            deadline?: components["schemas"]["DeadlineInputDto"];
            inspectors?: components["schemas"]["InspectorInputDto"][];
            notes?: string | null;
            /** @description Why the submitted inspection is changed (printed on the reissued letter) */
            reason: string;
            results?: components["schemas"]["ResultInputDto"][];
            version: number;
        };
        AttachPhotoDto: {
            /**
             * Format: uuid
             * @description An uploaded file (POST /api/files) the caller may see
             */
            fileId: string;
        };
        AuthorityDto: {
            active: boolean;
            /** Format: uuid */
            id: string;
            /** @description Letters issued in its name, all years */
            letterCount: number;
            name: string;
            /** @description How the next letter of this year would be numbered */
            nextNumber: string;
            numberPrefix: string;
            /** Format: uuid */
            regionId: string;
            regionName: string;
            version: number;
        };
        AuthorityPageDto: {
            items: components["schemas"]["AuthorityDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CampaignDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            documentFileId: string | null;
            documentNumber: string | null;
            documentTitle: string | null;
            /** Format: date */
            endsOn: string;
            /** Format: uuid */
            id: string;
            /** @description Submitted inspections of the campaign */
            inspectionCount: number;
            name: string;
            notes: string | null;
            /** @description Outings of the campaign */
            outingCount: number;
            /** Format: uuid */
            regionId: string;
            regionName: string;
            /** Format: date */
            startsOn: string;
            /**
             * @description planned before the period, active in it, closed after it
             * @enum {string}
             */
            status: "planned" | "active" | "closed";
            /** Format: uuid */
            templateId: string | null;
            templateName: string | null;
            version: number;
        };
        CampaignPageDto: {
            items: components["schemas"]["CampaignDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CampaignProgressDto: {
            /** Format: uuid */
            campaignId: string;
            /** @description Canteens and meal suppliers in the campaign’s region, not archived (家) */
            canteensInRegion: number;
            /** @description Distinct canteens with a submitted inspection of the campaign (家) */
            canteensInspected: number;
            /** @description Drafts not yet submitted */
            drafts: number;
            grades: components["schemas"]["GradeCountDto"][];
            /** @description Submitted inspections, re-inspections included */
            inspections: number;
            /** @description Opinion letters issued (份) */
            letters: number;
            noticesByStatus: components["schemas"]["NoticeStatusCountDto"][];
            /** @description Notices issued from the campaign’s inspections */
            noticesIssued: number;
            /** @description Notices past their deadline and not closed, as of today */
            noticesOverdue: number;
            outings: number;
            /** @description Inspector person-times (人次), counted per outing */
            personTimes: number;
            /** @description Vehicle trips (辆次), counted per outing */
            vehicleTrips: number;
        };
        CanteenDetailDto: {
            address: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /** @description Whether the caller may edit it (food-safety.manage in scope) */
            canManage: boolean;
            /** @description Masked: 138****5678 */
            contactMobile: string | null;
            contactName: string | null;
            diners: number | null;
            handlers: components["schemas"]["HandlerCountsDto"];
            hasDisinfection: boolean;
            hasPestProofing: boolean;
            hasSampleFridge: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "canteen" | "supplier";
            /** Format: date */
            licenceExpiresOn: string | null;
            licenceNo: string | null;
            /**
             * @description Derived today: expiring = within 30 days
             * @enum {string}
             */
            licenceState: "valid" | "expiring" | "expired" | "none";
            mealsPerDay: number | null;
            name: string;
            /** @enum {string} */
            operator: "selfRun" | "contracted";
            operatorName: string | null;
            /** Format: uuid */
            regionId: string | null;
            regionName: string | null;
            /** Format: uuid */
            schoolId: string | null;
            schoolName: string | null;
            /** @description A supplier’s schools (empty for a canteen) */
            servedSchools: components["schemas"]["ServedSchoolDto"][];
            version: number;
        };
        CanteenDto: {
            address: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /** @description Masked: 138****5678 */
            contactMobile: string | null;
            contactName: string | null;
            diners: number | null;
            hasDisinfection: boolean;
            hasPestProofing: boolean;
            hasSampleFridge: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "canteen" | "supplier";
            /** Format: date */
            licenceExpiresOn: string | null;
            licenceNo: string | null;
            /**
             * @description Derived today: expiring = within 30 days
             * @enum {string}
             */
            licenceState: "valid" | "expiring" | "expired" | "none";
            mealsPerDay: number | null;
            name: string;
            /** @enum {string} */
            operator: "selfRun" | "contracted";
            operatorName: string | null;
            /** Format: uuid */
            regionId: string | null;
            regionName: string | null;
            /** Format: uuid */
            schoolId: string | null;
            schoolName: string | null;
            /** @description A supplier’s schools (empty for a canteen) */
            servedSchools: components["schemas"]["ServedSchoolDto"][];
            version: number;
        };
        CanteenPageDto: {
            items: components["schemas"]["CanteenDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ChecklistDto: {
            /** @enum {string} */
            kind: "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            /** @description The checklist version a new record is filled against */
            version: components["schemas"]["TemplateVersionDto"];
        };
        CloseNoticeDto: {
            /** @description The version read; a stale one gets 409 */
            version?: number;
        };
        CreateAuthorityDto: {
            /** @default true */
            active: boolean;
            /** @example 某某县市场监督管理局餐饮服务监督所 */
            name: string;
            /**
             * @description Letters are numbered 〈prefix〉〔2026〕第015号
             * @example 某监餐意
             */
            numberPrefix: string;
            /**
             * Format: uuid
             * @description The region it serves, within the caller’s scope
             */
            regionId: string;
        };
        CreateCampaignDto: {
            /**
             * Format: uuid
             * @description The uploaded document (POST /api/files)
             */
            documentFileId?: string | null;
            /**
             * @description 文号 of the document that ordered it
             * @example 某市监发〔2026〕12号
             */
            documentNumber?: string | null;
            /** @example 关于迅速开展中小学食堂食品安全检查的紧急通知 */
            documentTitle?: string | null;
            /** Format: date */
            endsOn: string;
            /** @example 2026年春季学校食堂食品安全专项检查 */
            name: string;
            notes?: string | null;
            /**
             * Format: uuid
             * @description The county (or township) the campaign covers, within the caller’s scope
             */
            regionId: string;
            /** Format: date */
            startsOn: string;
            /**
             * Format: uuid
             * @description The checklist template inspections of the campaign start from
             */
            templateId?: string | null;
        };
        CreateCanteenDto: {
            address?: string | null;
            /** @example 13812345678 */
            contactMobile?: string | null;
            contactName?: string | null;
            diners?: number | null;
            hasDisinfection?: boolean;
            hasPestProofing?: boolean;
            hasSampleFridge?: boolean;
            /** @enum {string} */
            kind: "canteen" | "supplier";
            /** Format: date */
            licenceExpiresOn?: string | null;
            /** @description 食品经营许可证编号 */
            licenceNo?: string | null;
            mealsPerDay?: number | null;
            /** @example 城关一小食堂 */
            name: string;
            /**
             * @description selfRun 自营 / contracted 承包
             * @enum {string}
             */
            operator?: "selfRun" | "contracted";
            /** @description The contractor or the supplier’s company */
            operatorName?: string | null;
            /**
             * Format: uuid
             * @description The supplier’s county or township (a supplier only)
             */
            regionId?: string | null;
            /**
             * Format: uuid
             * @description The school (a canteen only), within the caller’s scope
             */
            schoolId?: string | null;
            /** @description The schools a supplier serves */
            servedSchoolIds?: string[];
        };
        CreateHandlerDto: {
            /** Format: uuid */
            canteenId: string;
            /** @enum {string|null} */
            gender?: "male" | "female" | null;
            /** Format: date */
            healthCertExpiresOn?: string | null;
            /** @description 健康证编号 */
            healthCertNo?: string | null;
            /** @example 13812345678 */
            mobile?: string | null;
            /** @example 李桂花 */
            name: string;
            /** @description On duty from now: refused (409) unless certificate and training are valid today */
            onDuty?: boolean;
            /** @example 厨师 */
            position?: string | null;
            /**
             * Format: date
             * @description The last food-safety training
             */
            trainedOn?: string | null;
        };
        CreateInspectionDto: {
            /** Format: uuid */
            authorityId?: string | null;
            /**
             * Format: uuid
             * @description Required for kind campaign
             */
            campaignId?: string | null;
            /**
             * Format: uuid
             * @description The canteen or meal supplier, within the caller’s scope
             */
            canteenId: string;
            /**
             * Format: uuid
             * @description Required for a re-inspection: the submitted inspection it follows up
             */
            followsInspectionId?: string | null;
            /**
             * Format: date
             * @description Defaults to the outing’s date, else today
             */
            inspectedOn?: string;
            /** @description Defaults to the outing’s team, else the caller */
            inspectors?: components["schemas"]["InspectorInputDto"][];
            /** @enum {string} */
            kind: "routine" | "campaign" | "reinspection";
            notes?: string | null;
            /** Format: uuid */
            outingId?: string | null;
            /**
             * Format: uuid
             * @description The checklist template; its current version is used. Defaults to the campaign’s, or the followed inspection’s template
             */
            templateId?: string;
        };
        CreateOutingDto: {
            /** Format: uuid */
            campaignId?: string | null;
            members: components["schemas"]["OutingMemberInputDto"][];
            notes?: string | null;
            /** Format: date */
            outingOn: string;
            /**
             * Format: uuid
             * @description Defaults to the campaign’s region; required without a campaign
             */
            regionId?: string;
            /** @example 陕C·12345 */
            vehiclePlates?: string | null;
            /** @description Vehicles used (辆次) */
            vehicles: number;
        };
        CreateRecordDto: {
            /** Format: uuid */
            canteenId: string;
            /**
             * Format: date
             * @description Any day of the period (the week or month is worked out)
             */
            date: string;
            /** @description 发现问题 */
            findings?: string | null;
            /** @enum {string} */
            kind: "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            /** @description 整改 / 防范措施 */
            measures?: string | null;
            /** @example 王芳 */
            person: string;
            /** @description One per item of the current checklist version */
            results: components["schemas"]["ItemResultInputDto"][];
            /** @description The monthly dispatch meeting’s risks (风险研判) */
            risks?: string | null;
        };
        CreateSampleDto: {
            /** Format: uuid */
            canteenId: string;
            /** @example 红烧肉 */
            dish: string;
            /** @example 1号留样柜 */
            fridge?: string | null;
            /** @enum {string} */
            meal: "breakfast" | "lunch" | "dinner" | "other";
            /** Format: date */
            mealDate: string;
            note?: string | null;
            /** Format: date-time */
            retainedAt: string;
            /** @example 王芳 */
            retainedBy: string;
            /** @description Grams (125 or more; less is kept with a warning) */
            weightG: number;
        };
        CreateTemplateDto: {
            areas: components["schemas"]["TemplateAreaInputDto"][];
            /**
             * @description Lower-case letters, digits and hyphens; made up when left out. Area and item codes start with it
             * @example county-spring
             */
            code?: string;
            description?: string | null;
            /** @example 春季学校食堂专项检查表 */
            name: string;
            /** @description Note of version 1 */
            note?: string | null;
            /** @enum {string} */
            purpose: "inspection" | "dailyCheck" | "weeklyReview" | "monthlyDispatch";
        };
        DeadlineInputDto: {
            /** @enum {string} */
            kind: "date" | "immediateOngoing";
            /**
             * Format: date
             * @description Required for kind date
             */
            on?: string;
        };
        DutyProblemDto: {
            code: string;
            /** @enum {string} */
            field: "healthCertExpiresOn" | "trainedOn";
            params: {
                [key: string]: unknown;
            };
        };
        EscalateNoticeDto: {
            reason: string;
        };
        EvidenceDto: {
            files: components["schemas"]["EvidenceFileDto"][];
            /** Format: uuid */
            id: string;
            note: string;
            /** Format: date-time */
            reviewedAt: string | null;
            reviewedByName: string | null;
            reviewNote: string | null;
            /** @enum {string|null} */
            reviewResult: "accepted" | "rejected" | null;
            /** Format: date-time */
            submittedAt: string;
            submittedByName: string | null;
        };
        EvidenceFileDto: {
            /** Format: uuid */
            id: string;
            mediaType: string;
            originalName: string;
            size: number;
            /** @description Where to fetch it: …/notices/{id}/files/{fileId} */
            url: string;
        };
        FoodHandlerDto: {
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            /**
             * @description Derived today: expiring = within 30 days
             * @enum {string}
             */
            certificateState: "valid" | "expiring" | "expired" | "none";
            /** @description May be put on duty today */
            dutyAllowed: boolean;
            /** @description What keeps them off duty today (empty when allowed) */
            dutyProblems: components["schemas"]["DutyProblemDto"][];
            /** @description On duty although the certificate or training has lapsed since (derived today) */
            flagged: boolean;
            /** @enum {string|null} */
            gender: "male" | "female" | null;
            /** Format: date */
            healthCertExpiresOn: string | null;
            healthCertNo: string | null;
            /** Format: uuid */
            id: string;
            /** @description Masked: 138****5678 */
            mobile: string | null;
            name: string;
            onDuty: boolean;
            position: string | null;
            /** Format: date */
            trainedOn: string | null;
            /** @enum {string} */
            trainingState: "valid" | "expiring" | "expired" | "none";
            /**
             * Format: date
             * @description The last day the training counts
             */
            trainingValidUntil: string | null;
            version: number;
        };
        FoodHandlerPageDto: {
            items: components["schemas"]["FoodHandlerDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        FoodSafetySettingsDto: {
            /**
             * @description Licences and health certificates expiring within this many days are 即将到期
             * @example 30
             */
            dueSoonDays: number;
            grading: components["schemas"]["GradingSettingsDto"];
            /**
             * @description Rectification notices due within this many days are 即将到期
             * @example 3
             */
            noticeDueSoonDays: number;
            /**
             * @description Each retained sample weighs at least this many grams
             * @example 125
             */
            sampleMinGrams: number;
            /**
             * @description Samples are kept at least this many hours
             * @example 48
             */
            sampleMinHours: number;
            /**
             * @description A food handler’s food-safety training counts for this many days
             * @example 365
             */
            trainingValidityDays: number;
            /** Format: date-time */
            updatedAt: string | null;
            /** @description 0 while nothing has been saved (the defaults) */
            version: number;
        };
        FoodSampleDto: {
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            dish: string;
            fridge: string | null;
            /** Format: uuid */
            id: string;
            /** @description Hours kept, to one decimal, once removed */
            keptHours: number | null;
            /** @enum {string} */
            meal: "breakfast" | "lunch" | "dinner" | "other";
            /** Format: date */
            mealDate: string;
            note: string | null;
            /**
             * Format: date-time
             * @description The earliest it may be taken out (retained + the minimum hours)
             */
            removableFrom: string;
            /** Format: date-time */
            removedAt: string | null;
            removedBy: string | null;
            /** Format: date-time */
            retainedAt: string;
            retainedBy: string;
            version: number;
            /** @description Derived from the settings: below the minimum grams, taken out before the minimum hours */
            warnings: ("underweight" | "removedEarly")[];
            weightG: number;
        };
        FoodSamplePageDto: {
            items: components["schemas"]["FoodSampleDto"][];
            /** @description The thresholds the warnings use */
            minGrams: number;
            minHours: number;
            page: number;
            pageSize: number;
            total: number;
        };
        GradeCountDto: {
            count: number;
            /** @enum {string} */
            grade: "excellent" | "good" | "fair" | "fail";
        };
        GradingSettingsDto: {
            /**
             * @description The best grade with a failed critical item
             * @enum {string}
             */
            criticalCap: "excellent" | "good" | "fair" | "fail";
            /**
             * @description Lowest score graded 优秀, in hundredths
             * @example 9000
             */
            excellentMin: number;
            /**
             * @description Lowest score graded 一般; below it is 不合格
             * @example 6000
             */
            fairMin: number;
            /**
             * @description Lowest score graded 良好
             * @example 7500
             */
            goodMin: number;
            /**
             * @description Lowest mean score of the year graded A
             * @example 9000
             */
            yearlyAMin: number;
            /**
             * @description Lowest mean score of the year graded B; below it is C
             * @example 7500
             */
            yearlyBMin: number;
            /**
             * @description The best yearly grade with a failed critical item in the year
             * @enum {string}
             */
            yearlyCriticalCap: "A" | "B" | "C";
        };
        HandlerCountsDto: {
            /** @description Health certificates expiring within 30 days or expired */
            certificatesDue: number;
            /** @description On duty with an expired or missing certificate or training (derived today) */
            flagged: number;
            onDuty: number;
            total: number;
        };
        InspectionCountsDto: {
            compliant: number;
            correctedOnSite: number;
            failedCritical: number;
            nonCompliant: number;
            notApplicable: number;
            notObserved: number;
            repeats: number;
            unanswered: number;
        };
        InspectionDto: {
            amendments: number;
            /** Format: uuid */
            authorityId: string | null;
            authorityName: string | null;
            /** Format: uuid */
            campaignId: string | null;
            campaignName: string | null;
            /** @description Whether the caller may edit, submit or amend it */
            canEdit: boolean;
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            capped: boolean;
            counts: components["schemas"]["InspectionCountsDto"];
            /** @enum {string|null} */
            deadlineKind: "date" | "immediateOngoing" | null;
            /** Format: date */
            deadlineOn: string | null;
            /** Format: uuid */
            followsInspectionId: string | null;
            /** @enum {string|null} */
            grade: "excellent" | "good" | "fair" | "fail" | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            inspectedOn: string;
            inspectors: components["schemas"]["InspectorDto"][];
            /** @enum {string} */
            kind: "routine" | "campaign" | "reinspection";
            letter: components["schemas"]["LetterRefDto"] | null;
            notes: string | null;
            notice: components["schemas"]["NoticeRefDto"] | null;
            /** Format: uuid */
            outingId: string | null;
            rectificationOwner: string | null;
            results: components["schemas"]["ResultDto"][];
            schoolName: string | null;
            /** @description Hundredths (8750 = 87.50) */
            score: number | null;
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: uuid */
            templateId: string;
            templateName: string;
            /** Format: uuid */
            templateVersionId: string;
            templateVersionNumber: number;
            /**
             * @description The grade the score alone gives, before the critical cap
             * @enum {string|null}
             */
            uncappedGrade: "excellent" | "good" | "fair" | "fail" | null;
            version: number;
        };
        InspectionPageDto: {
            items: components["schemas"]["InspectionSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        InspectionSummaryDto: {
            amendments: number;
            /** Format: uuid */
            campaignId: string | null;
            campaignName: string | null;
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            capped: boolean;
            counts: components["schemas"]["InspectionCountsDto"];
            /** @enum {string|null} */
            grade: "excellent" | "good" | "fair" | "fail" | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            inspectedOn: string;
            inspectors: components["schemas"]["InspectorDto"][];
            /** @enum {string} */
            kind: "routine" | "campaign" | "reinspection";
            letter: components["schemas"]["LetterRefDto"] | null;
            notice: components["schemas"]["NoticeRefDto"] | null;
            /** Format: uuid */
            outingId: string | null;
            schoolName: string | null;
            /** @description Hundredths (8750 = 87.50) */
            score: number | null;
            /** @enum {string} */
            status: "draft" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            version: number;
        };
        InspectorDto: {
            agency: string | null;
            name: string;
            /** Format: uuid */
            userId: string | null;
        };
        InspectorInputDto: {
            agency?: string | null;
            /** @description Required without userId; with one, defaults to the user’s display name */
            name?: string;
            /** Format: uuid */
            userId?: string | null;
        };
        ItemResultInputDto: {
            /** @description The item’s stable code */
            itemCode: string;
            note?: string | null;
            /** @enum {string} */
            result: "pass" | "fail" | "na";
        };
        LetterDto: {
            /** Format: uuid */
            authorityId: string;
            authorityName: string;
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            /** @description What the current revision shows */
            current: components["schemas"]["LetterSnapshotDto"];
            currentRevision: number;
            /** @enum {string|null} */
            grade: "excellent" | "good" | "fair" | "fail" | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            inspectedOn: string;
            /** Format: uuid */
            inspectionId: string;
            /** @enum {string} */
            inspectionKind: "routine" | "campaign" | "reinspection";
            /** Format: date */
            issuedOn: string;
            number: string;
            /** @description GET it for the PDF of the current revision */
            pdfUrl: string;
            revisions: components["schemas"]["LetterRevisionDto"][];
            schoolName: string | null;
            serial: number;
            year: number;
        };
        LetterPageDto: {
            items: components["schemas"]["LetterSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LetterRefDto: {
            currentRevision: number;
            /** Format: uuid */
            id: string;
            number: string;
        };
        LetterRevisionDto: {
            /** Format: date-time */
            issuedAt: string;
            /** Format: date */
            issuedOn: string;
            /** @description GET it for the PDF of this revision */
            pdfUrl: string;
            reason: string | null;
            revision: number;
        };
        LetterSnapshotDto: {
            authority: components["schemas"]["SnapshotAuthorityDto"];
            canteen: components["schemas"]["SnapshotCanteenDto"];
            counts: components["schemas"]["SnapshotCountsDto"];
            deadline: components["schemas"]["SnapshotDeadlineDto"] | null;
            findings: components["schemas"]["SnapshotFindingDto"][];
            inspection: components["schemas"]["SnapshotInspectionDto"];
            inspectors: components["schemas"]["SnapshotPersonDto"][];
            /** Format: date */
            issuedOn: string;
            notes: string | null;
            number: string;
            reason: string | null;
            rectificationOwner: string | null;
            revision: number;
        };
        LetterSummaryDto: {
            /** Format: uuid */
            authorityId: string;
            authorityName: string;
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            currentRevision: number;
            /** @enum {string|null} */
            grade: "excellent" | "good" | "fair" | "fail" | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            inspectedOn: string;
            /** Format: uuid */
            inspectionId: string;
            /** @enum {string} */
            inspectionKind: "routine" | "campaign" | "reinspection";
            /** Format: date */
            issuedOn: string;
            number: string;
            /** @description GET it for the PDF of the current revision */
            pdfUrl: string;
            schoolName: string | null;
            serial: number;
            year: number;
        };
        NoticeDetailDto: {
            acceptedCount: number;
            /** @description What the caller may do with the notice now */
            actions: ("setOwner" | "close" | "escalate" | "reinspect")[];
            /** Format: uuid */
            canteenId: string;
            /** @enum {string} */
            canteenKind: "canteen" | "supplier";
            canteenName: string;
            /** Format: date */
            closedOn: string | null;
            /** @enum {string|null} */
            closedVia: "review" | "reinspection" | "amendment" | null;
            /** @description Days past the deadline (0 when not overdue) */
            daysOverdue: number;
            /** Format: date */
            deadline: string | null;
            /** @enum {string} */
            deadlineKind: "date" | "immediateOngoing";
            /** @description Derived: dated, not closed, due within the due-soon days */
            dueSoon: boolean;
            /** Format: date */
            escalatedOn: string | null;
            escalationReason: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            issuedByName: string | null;
            /** Format: date */
            issuedOn: string;
            itemCount: number;
            measures: string | null;
            noticeItems: components["schemas"]["NoticeItemDto"][];
            number: string;
            /** @description Derived: dated, deadline passed, not closed */
            overdue: boolean;
            ownerName: string | null;
            /** Format: uuid */
            ownerUserId: string | null;
            /** @description Re-inspections that follow the notice’s inspection */
            reinspections: components["schemas"]["NoticeReinspectionDto"][];
            /**
             * Format: uuid
             * @description The canteen’s school (evidence files are uploaded for it)
             */
            schoolId: string | null;
            /** @enum {string} */
            status: "open" | "evidenceSubmitted" | "escalated" | "closed";
            submittedCount: number;
            version: number;
        };
        NoticeItemDto: {
            /** @description What the caller may do with the item now */
            actions: ("submitEvidence" | "accept" | "reject")[];
            areaCode: string;
            areaName: string | null;
            /** @description Every submission, newest first */
            evidence: components["schemas"]["EvidenceDto"][];
            /** @description What the inspector found */
            finding: string | null;
            /** Format: uuid */
            id: string;
            itemCode: string;
            /** @description 整改措施 */
            measures: string | null;
            position: number;
            /**
             * Format: uuid
             * @description The re-inspection that last decided it
             */
            reinspectionId: string | null;
            /** @description 整改要求 */
            requirement: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            reviewedByName: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            severity: "critical" | "major" | "minor";
            /** @enum {string} */
            status: "open" | "submitted" | "accepted" | "rejected";
            text: string;
            version: number;
        };
        NoticeItemMeasuresDto: {
            /** Format: uuid */
            itemId: string;
            measures: string | null;
        };
        NoticeListItemDto: {
            acceptedCount: number;
            /** Format: uuid */
            canteenId: string;
            /** @enum {string} */
            canteenKind: "canteen" | "supplier";
            canteenName: string;
            /** Format: date */
            closedOn: string | null;
            /** @description Days past the deadline (0 when not overdue) */
            daysOverdue: number;
            /** Format: date */
            deadline: string | null;
            /** @enum {string} */
            deadlineKind: "date" | "immediateOngoing";
            /** @description Derived: dated, not closed, due within the due-soon days */
            dueSoon: boolean;
            /** Format: date */
            escalatedOn: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string;
            /** Format: date */
            issuedOn: string;
            itemCount: number;
            number: string;
            /** @description Derived: dated, deadline passed, not closed */
            overdue: boolean;
            ownerName: string | null;
            /** @enum {string} */
            status: "open" | "evidenceSubmitted" | "escalated" | "closed";
            submittedCount: number;
            version: number;
        };
        NoticePageDto: {
            /** @description The due-soon window used, in days */
            dueSoonDays: number;
            items: components["schemas"]["NoticeListItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        NoticeRefDto: {
            /** Format: uuid */
            id: string;
            number: string;
            status: string;
        };
        NoticeReinspectionDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            inspectedOn: string;
            status: string;
        };
        NoticeStatusCountDto: {
            count: number;
            /** @description A notice status of the rectification part (open, submitted, closed, escalated…) */
            status: string;
        };
        OptionDto: {
            /** @description Where it is (a school’s region), for telling namesakes apart */
            hint: string | null;
            /** Format: uuid */
            id: string;
            name: string;
        };
        OptionListDto: {
            items: components["schemas"]["OptionDto"][];
        };
        OutingDto: {
            /** Format: uuid */
            campaignId: string | null;
            campaignName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Inspections made on the outing (drafts included) */
            inspectionCount: number;
            members: components["schemas"]["OutingMemberDto"][];
            notes: string | null;
            /** Format: date */
            outingOn: string;
            /** Format: uuid */
            regionId: string;
            regionName: string;
            vehiclePlates: string | null;
            vehicles: number;
            version: number;
        };
        OutingMemberDto: {
            agency: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "leader" | "member";
            /** Format: uuid */
            userId: string | null;
        };
        OutingMemberInputDto: {
            /** @example 县市场监督管理局餐饮服务监督所 */
            agency?: string | null;
            /**
             * @description Required without userId; with one, defaults to the user’s display name
             * @example 王建国
             */
            name?: string;
            /** @enum {string} */
            role: "leader" | "member";
            /**
             * Format: uuid
             * @description The member’s account, if they have one
             */
            userId?: string | null;
        };
        OutingPageDto: {
            items: components["schemas"]["OutingDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PenaltyDto: {
            /** @description Fen (分) */
            amount: number;
            authorityName: string;
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            decidedOn: string;
            documentNumber: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inspectionId: string | null;
            note: string | null;
            /** Format: uuid */
            noticeId: string | null;
            noticeNumber: string | null;
            /** @enum {string} */
            reasonCode: "expiredFood" | "noHealthCertificate" | "noLicence" | "rawCookedMixed" | "samplesMissing" | "irregularPurchaseLedger" | "poorHygiene" | "notRectified" | "other";
            reasonText: string | null;
            version: number;
        };
        PenaltyPageDto: {
            items: components["schemas"]["PenaltyDto"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description Sum of the amounts of every penalty the filters match, in fen */
            totalAmount: number;
        };
        PhotoDto: {
            /** @description GET it to download the bytes */
            contentUrl: string;
            /** Format: uuid */
            fileId: string;
            mediaType: string;
            originalName: string;
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
        RecordItemDto: {
            areaCode: string;
            areaName: string;
            itemCode: string;
            note: string | null;
            /** @enum {string} */
            result: "pass" | "fail" | "na";
            text: string;
        };
        RecordPenaltyDto: {
            /** @description The fine in fen (分); 0 for a warning */
            amount: number;
            /** @description The authority that decided */
            authorityName: string;
            /**
             * Format: uuid
             * @description Required when neither a notice nor an inspection is given
             */
            canteenId?: string;
            /** Format: date */
            decidedOn: string;
            /** @description 处罚决定书文号 */
            documentNumber: string;
            /**
             * Format: uuid
             * @description The inspection the decision followed (taken from the notice when one is given)
             */
            inspectionId?: string | null;
            note?: string | null;
            /**
             * Format: uuid
             * @description The notice the decision followed
             */
            noticeId?: string | null;
            /** @enum {string} */
            reasonCode: "expiredFood" | "noHealthCertificate" | "noLicence" | "rawCookedMixed" | "samplesMissing" | "irregularPurchaseLedger" | "poorHygiene" | "notRectified" | "other";
            /** @description Required for other */
            reasonText?: string | null;
        };
        RemoveSampleDto: {
            /**
             * Format: date-time
             * @description Default: now
             */
            removedAt?: string;
            /** @example 王芳 */
            removedBy: string;
            version: number;
        };
        ResultDto: {
            areaCode: string;
            areaName: string;
            correctedOnSite: boolean;
            defectCode: string | null;
            itemCode: string;
            leaveOffReason: string | null;
            note: string | null;
            photos: components["schemas"]["PhotoDto"][];
            /** @description Also failed in the canteen’s previous submitted inspection */
            repeat: boolean;
            /**
             * @description null while unanswered
             * @enum {string|null}
             */
            result: "compliant" | "nonCompliant" | "notApplicable" | "notObserved" | null;
            /** @enum {string} */
            severity: "critical" | "major" | "minor";
            /** @description The requirement as the checklist words it */
            text: string;
            weight: number;
        };
        ResultInputDto: {
            correctedOnSite?: boolean;
            /** @description The item’s stable code */
            itemCode: string;
            /** @description Why a failed minor item is left off the notice */
            leaveOffReason?: string | null;
            /** @description What was found */
            note?: string | null;
            /**
             * @description null clears the answer (drafts only)
             * @enum {string|null}
             */
            result?: "compliant" | "nonCompliant" | "notApplicable" | "notObserved" | null;
        };
        ReviewItemDto: {
            /** @description Required when rejecting: what is still wrong */
            note?: string | null;
        };
        RoutineRecordDto: {
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            failedCount: number;
            findings: string | null;
            /** Format: uuid */
            id: string;
            itemCount: number;
            items: components["schemas"]["RecordItemDto"][];
            /** @enum {string} */
            kind: "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            measures: string | null;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            person: string;
            risks: string | null;
            templateName: string;
            /** Format: uuid */
            templateVersionId: string;
            templateVersionNumber: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RoutineRecordPageDto: {
            items: components["schemas"]["RoutineRecordSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RoutineRecordSummaryDto: {
            /** Format: uuid */
            canteenId: string;
            canteenName: string;
            failedCount: number;
            /** Format: uuid */
            id: string;
            itemCount: number;
            /** @enum {string} */
            kind: "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            person: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SaveResultsDto: {
            results: components["schemas"]["ResultInputDto"][];
            version: number;
        };
        ServedSchoolBodyDto: {
            /** Format: uuid */
            schoolId: string;
        };
        ServedSchoolDto: {
            name: string;
            /** Format: uuid */
            schoolId: string;
        };
        SetDutyDto: {
            /** @description true puts on duty (refused with 409 naming what is missing or expired); false takes off duty */
            onDuty: boolean;
            version: number;
        };
        SnapshotAuthorityDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        SnapshotCanteenDto: {
            address: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "canteen" | "supplier";
            name: string;
            operatorName: string | null;
            schoolName: string | null;
        };
        SnapshotCountsDto: {
            compliant: number;
            correctedOnSite: number;
            nonCompliant: number;
            notApplicable: number;
            notObserved: number;
        };
        SnapshotDeadlineDto: {
            /** @enum {string} */
            kind: "date" | "immediateOngoing";
            /** Format: date */
            on: string | null;
        };
        SnapshotFindingDto: {
            areaName: string;
            correctedOnSite: boolean;
            itemCode: string;
            leaveOffReason: string | null;
            note: string | null;
            onNotice: boolean;
            repeat: boolean;
            requirement: string;
            /** @enum {string} */
            result: "compliant" | "nonCompliant" | "notApplicable" | "notObserved";
            /** @enum {string} */
            severity: "critical" | "major" | "minor";
        };
        SnapshotInspectionDto: {
            capped: boolean;
            followsLetterNumber: string | null;
            /** @enum {string|null} */
            grade: "excellent" | "good" | "fair" | "fail" | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            inspectedOn: string;
            /** @enum {string} */
            kind: "routine" | "campaign" | "reinspection";
            score: number | null;
        };
        SnapshotPersonDto: {
            agency: string | null;
            name: string;
        };
        SubmitEvidenceDto: {
            /** @description Files uploaded through /api/files (photos, scans), in order */
            fileIds: string[];
            /** @description What was done 整改情况 */
            note: string;
        };
        SubmitInspectionDto: {
            /**
             * Format: uuid
             * @description The issuing authority, unless the draft names one
             */
            authorityId?: string;
            /** @description The rectification deadline; required when items go onto a notice */
            deadline?: components["schemas"]["DeadlineInputDto"];
            /** @description 整改责任人 at the school, if known */
            rectificationOwner?: string | null;
            /** @description The version read; a stale one answers 409 */
            version?: number;
        };
        TemplateAreaDto: {
            /** @description Stable across versions */
            code: string;
            items: components["schemas"]["TemplateItemDto"][];
            name: string;
            /** @description Order, from 1 */
            position: number;
        };
        TemplateAreaInputDto: {
            /** @description An area of the current version keeps its code; leave empty for a new area */
            code?: string | null;
            items: components["schemas"]["TemplateItemInputDto"][];
            /** @example 索证索票/贮存 */
            name: string;
        };
        TemplateDetailDto: {
            /** Format: date-time */
            archivedAt: string | null;
            areaCount: number;
            code: string;
            /** Format: date-time */
            createdAt: string;
            currentVersion: components["schemas"]["TemplateVersionDto"];
            /** Format: uuid */
            currentVersionId: string | null;
            currentVersionNumber: number;
            /** @description Whether a record has used the current version: an edit of the content then makes the next version */
            currentVersionUsed: boolean;
            description: string | null;
            /** Format: uuid */
            id: string;
            itemCount: number;
            name: string;
            /** @enum {string} */
            purpose: "inspection" | "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            /** @description Installed with the plugin (系统内置) */
            shipped: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TemplateItemDto: {
            areaCode: string;
            /** @description Stable across versions */
            code: string;
            /** @enum {string|null} */
            defectCode: "rawCookedMixed" | "noSampleFridge" | "samplesMissingOrShort" | "irregularPurchaseLedger" | "expiredFood" | "crudeFacilities" | "missingHealthCertificate" | null;
            /**
             * Format: uuid
             * @description Changes when an unused version is edited in place: refer to items by code
             */
            id: string;
            /** @description Order within the area, from 1 */
            position: number;
            /** @enum {string} */
            severity: "critical" | "major" | "minor";
            text: string;
            weight: number;
        };
        TemplateItemInputDto: {
            /** @description An item of the current version keeps its code; leave empty for a new item */
            code?: string | null;
            /**
             * @description The known defect this item finds
             * @enum {string|null}
             */
            defectCode?: "rawCookedMixed" | "noSampleFridge" | "samplesMissingOrShort" | "irregularPurchaseLedger" | "expiredFood" | "crudeFacilities" | "missingHealthCertificate" | null;
            /** @enum {string} */
            severity: "critical" | "major" | "minor";
            /** @example 冷藏设备内生熟食品分开存放，无生熟混放 */
            text: string;
            /** @description Whole number: the item’s share of the score */
            weight: number;
        };
        TemplatePageDto: {
            items: components["schemas"]["TemplateSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TemplateSummaryDto: {
            /** Format: date-time */
            archivedAt: string | null;
            areaCount: number;
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            currentVersionId: string | null;
            currentVersionNumber: number;
            /** @description Whether a record has used the current version: an edit of the content then makes the next version */
            currentVersionUsed: boolean;
            description: string | null;
            /** Format: uuid */
            id: string;
            itemCount: number;
            name: string;
            /** @enum {string} */
            purpose: "inspection" | "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            /** @description Installed with the plugin (系统内置) */
            shipped: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TemplateVersionDto: {
            areas: components["schemas"]["TemplateAreaDto"][];
            /** Format: date-time */
            createdAt: string;
            createdByName: string | null;
            /** @description Whether this is the template’s current version */
            current: boolean;
            /** Format: uuid */
            id: string;
            itemCount: number;
            note: string | null;
            /** @description 第 N 版 */
            number: number;
            /** @enum {string} */
            purpose: "inspection" | "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            /** @description Whether the template is archived (new records should not use it) */
            templateArchived: boolean;
            templateCode: string;
            /** Format: uuid */
            templateId: string;
            templateName: string;
            /** @description Sum of the item weights */
            totalWeight: number;
            /**
             * Format: date-time
             * @description When a record first used it; a used version never changes
             */
            usedAt: string | null;
        };
        TemplateVersionListDto: {
            /** @description Newest first */
            items: components["schemas"]["TemplateVersionSummaryDto"][];
        };
        TemplateVersionSummaryDto: {
            areaCount: number;
            /** Format: date-time */
            createdAt: string;
            createdByName: string | null;
            current: boolean;
            /** Format: uuid */
            id: string;
            itemCount: number;
            note: string | null;
            number: number;
            /** Format: date-time */
            usedAt: string | null;
        };
        TemplateVocabEntryDto: {
            /** @example critical */
            code: string;
            name: components["schemas"]["VocabNameDto"];
        };
        TemplateVocabulariesDto: {
            defects: components["schemas"]["TemplateVocabEntryDto"][];
            purposes: components["schemas"]["TemplateVocabEntryDto"][];
            severities: components["schemas"]["TemplateVocabEntryDto"][];
        };
        UpdateAuthorityDto: {
            active?: boolean;
            name?: string;
            /** @description Letters already issued keep their numbers */
            numberPrefix?: string;
            /** Format: uuid */
            regionId?: string;
            version: number;
        };
        UpdateCampaignDto: {
            /** Format: uuid */
            documentFileId?: string | null;
            documentNumber?: string | null;
            documentTitle?: string | null;
            /** Format: date */
            endsOn?: string;
            name?: string;
            notes?: string | null;
            /** Format: uuid */
            regionId?: string;
            /** Format: date */
            startsOn?: string;
            /** Format: uuid */
            templateId?: string | null;
            version: number;
        };
        UpdateCanteenDto: {
            address?: string | null;
            /** @example 13812345678 */
            contactMobile?: string | null;
            contactName?: string | null;
            diners?: number | null;
            hasDisinfection?: boolean;
            hasPestProofing?: boolean;
            hasSampleFridge?: boolean;
            /** Format: date */
            licenceExpiresOn?: string | null;
            /** @description 食品经营许可证编号 */
            licenceNo?: string | null;
            mealsPerDay?: number | null;
            name?: string;
            /**
             * @description selfRun 自营 / contracted 承包
             * @enum {string}
             */
            operator?: "selfRun" | "contracted";
            /** @description The contractor or the supplier’s company */
            operatorName?: string | null;
            /**
             * Format: uuid
             * @description A supplier’s region
             */
            regionId?: string;
            /**
             * Format: uuid
             * @description A canteen’s school
             */
            schoolId?: string;
            version: number;
        };
        UpdateFoodSafetySettingsDto: {
            /**
             * @description Licences and health certificates expiring within this many days are 即将到期
             * @example 30
             */
            dueSoonDays: number;
            grading: components["schemas"]["GradingSettingsDto"];
            /**
             * @description Rectification notices due within this many days are 即将到期
             * @example 3
             */
            noticeDueSoonDays: number;
            /**
             * @description Each retained sample weighs at least this many grams
             * @example 125
             */
            sampleMinGrams: number;
            /**
             * @description Samples are kept at least this many hours
             * @example 48
             */
            sampleMinHours: number;
            /**
             * @description A food handler’s food-safety training counts for this many days
             * @example 365
             */
            trainingValidityDays: number;
            /** @description The version read (0 while the settings are still the defaults); a stale one answers 409 */
            version: number;
        };
        UpdateHandlerDto: {
            /** @enum {string|null} */
            gender?: "male" | "female" | null;
            /** Format: date */
            healthCertExpiresOn?: string | null;
            /** @description 健康证编号 */
            healthCertNo?: string | null;
            /** @example 13812345678 */
            mobile?: string | null;
            name?: string;
            /** @example 厨师 */
            position?: string | null;
            /**
             * Format: date
             * @description The last food-safety training
             */
            trainedOn?: string | null;
            version: number;
        };
        UpdateInspectionDto: {
            /** Format: uuid */
            authorityId?: string | null;
            /** Format: uuid */
            campaignId?: string | null;
            /** Format: date */
            inspectedOn?: string;
            /** @description Replaces the officers present */
            inspectors?: components["schemas"]["InspectorInputDto"][];
            notes?: string | null;
            /** Format: uuid */
            outingId?: string | null;
            version: number;
        };
        UpdateNoticeDto: {
            /** @description Measures per item */
            items?: components["schemas"]["NoticeItemMeasuresDto"][];
            /** @description 整改措施 of the notice as a whole */
            measures?: string | null;
            /** @description 整改责任人 */
            ownerName?: string | null;
            /**
             * Format: uuid
             * @description The owner’s user, if they have an account at the school
             */
            ownerUserId?: string | null;
            /** @description The version read */
            version: number;
        };
        UpdateOutingDto: {
            /** Format: uuid */
            campaignId?: string | null;
            /** @description Replaces the whole team */
            members?: components["schemas"]["OutingMemberInputDto"][];
            notes?: string | null;
            /** Format: date */
            outingOn?: string;
            /** Format: uuid */
            regionId?: string;
            vehiclePlates?: string | null;
            vehicles?: number;
            version: number;
        };
        UpdateRecordDto: {
            /** @description 发现问题 */
            findings?: string | null;
            /** @description 整改 / 防范措施 */
            measures?: string | null;
            person?: string;
            results?: components["schemas"]["ItemResultInputDto"][];
            /** @description The monthly dispatch meeting’s risks (风险研判) */
            risks?: string | null;
            version: number;
        };
        UpdateSampleDto: {
            dish?: string;
            fridge?: string | null;
            note?: string | null;
            /** Format: date-time */
            retainedAt?: string;
            retainedBy?: string;
            version: number;
            weightG?: number;
        };
        UpdateTemplateDto: {
            areas?: components["schemas"]["TemplateAreaInputDto"][];
            description?: string | null;
            name?: string;
            /** @description What changed: kept on the version the edit writes */
            note?: string | null;
            version: number;
        };
        VocabNameDto: {
            /** @example Primary */
            en: string;
            /** @example 小学 */
            "zh-CN": string;
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
    AuthoritiesController_list: {
        parameters: {
            query?: {
                /** @description true: active only (the pickers); false: inactive only */
                active?: boolean;
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
            /** @description Authorities of, above or under the caller’s regions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorityPageDto"];
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
    AuthoritiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAuthorityDto"];
            };
        };
        responses: {
            /** @description The number prefix is unique (409 otherwise) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorityDto"];
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
    AuthoritiesController_get: {
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
                    "application/json": components["schemas"]["AuthorityDto"];
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
    AuthoritiesController_remove: {
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
            /** @description Refused (409) once it has inspections or letters; make it inactive instead */
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
    AuthoritiesController_update: {
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
                "application/json": components["schemas"]["UpdateAuthorityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorityDto"];
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
    CampaignsController_list: {
        parameters: {
            query?: {
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Part of the name or the document number */
                q?: string;
                /** @description Campaigns of this region or a region under it */
                regionId?: string;
                /** @description Derived from the period and today */
                status?: "planned" | "active" | "closed";
                /** @description Campaigns whose period overlaps this calendar year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Campaigns of regions in the caller’s scope, latest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPageDto"];
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
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
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
    CampaignsController_get: {
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
                    "application/json": components["schemas"]["CampaignDto"];
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
    CampaignsController_remove: {
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
            /** @description Refused (409) while outings or inspections belong to it */
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
    CampaignsController_update: {
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
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            /** @description Carries the version read; a stale one answers 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
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
    CampaignsController_progress: {
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
            /** @description Canteens in the region vs inspected, inspections, letters, outings, notices by status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgressDto"];
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
    CanteensController_list: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                kind?: "canteen" | "supplier";
                /** @description Licence state today: expiring = within 30 days */
                licence?: "valid" | "expiring" | "expired" | "none";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials */
                q?: string;
                /** @description A region: canteens and suppliers located in it or below it */
                regionId?: string;
                /** @description A school: its canteen and the suppliers serving it */
                schoolId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Canteens and suppliers in the caller’s scope (a supplier also through the schools it serves); licence state derived today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanteenPageDto"];
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
    CanteensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCanteenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanteenDetailDto"];
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
    CanteensController_get: {
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
            /** @description With served schools, handler counts and the licence state derived today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanteenDetailDto"];
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
    CanteensController_update: {
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
                "application/json": components["schemas"]["UpdateCanteenDto"];
            };
        };
        responses: {
            /** @description Carries the version read; a stale one answers 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanteenDetailDto"];
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
    CanteensController_archive: {
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
                    "application/json": components["schemas"]["CanteenDetailDto"];
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
    CanteensController_restore: {
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
                    "application/json": components["schemas"]["CanteenDetailDto"];
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
    CanteensController_addSchool: {
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
                "application/json": components["schemas"]["ServedSchoolBodyDto"];
            };
        };
        responses: {
            /** @description A supplier starts serving a school (in the caller’s scope) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanteenDetailDto"];
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
    CanteensController_removeSchool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                schoolId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A supplier no longer serves the school */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanteenDetailDto"];
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
    CanteensController_export: {
        parameters: {
            query?: {
                /** @description false: current rows; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                format?: "xlsx" | "csv";
                kind?: "canteen" | "supplier";
                /** @description Licence state today: expiring = within 30 days */
                licence?: "valid" | "expiring" | "expired" | "none";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials */
                q?: string;
                /** @description A region: canteens and suppliers located in it or below it */
                regionId?: string;
                /** @description A school: its canteen and the suppliers serving it */
                schoolId?: string;
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
    CanteensController_regionOptions: {
        parameters: {
            query?: {
                /** @description Name by characters */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regions of the caller’s scope to place a supplier in (at most 100) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionListDto"];
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
    CanteensController_schoolOptions: {
        parameters: {
            query?: {
                /** @description Name by characters */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schools of the caller’s scope to pick for a canteen or a supplier (at most 50) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionListDto"];
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
    FoodHandlersController_list: {
        parameters: {
            query?: {
                archived?: "false" | "true" | "all";
                /** @description One canteen’s handlers; without it, every canteen in scope */
                canteenId?: string;
                /** @description Health certificate state today */
                certificate?: "valid" | "expiring" | "expired" | "none";
                /** @description Only handlers on duty whose certificate or training has lapsed since */
                flagged?: boolean;
                onDuty?: boolean;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Name by characters, full pinyin or initials */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Handlers of the canteens in scope (or of one); certificate, training and flag derived today; mobiles masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodHandlerPageDto"];
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
    FoodHandlersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHandlerDto"];
            };
        };
        responses: {
            /** @description Created on duty only when certificate and training are valid today (else 409 with field errors) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodHandlerDto"];
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
    FoodHandlersController_get: {
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
                    "application/json": components["schemas"]["FoodHandlerDto"];
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
    FoodHandlersController_update: {
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
                "application/json": components["schemas"]["UpdateHandlerDto"];
            };
        };
        responses: {
            /** @description Carries the version read; a stale one answers 409; an edit leaving someone on duty with lapsed papers answers 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodHandlerDto"];
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
    FoodHandlersController_archive: {
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
            /** @description Also takes the handler off duty */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodHandlerDto"];
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
    FoodHandlersController_duty: {
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
                "application/json": components["schemas"]["SetDutyDto"];
            };
        };
        responses: {
            /** @description On or off duty; on duty is refused (409, field errors naming what is missing or expired) unless both papers are valid today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodHandlerDto"];
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
    FoodHandlersController_restore: {
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
                    "application/json": components["schemas"]["FoodHandlerDto"];
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
    InspectionsController_list: {
        parameters: {
            query?: {
                campaignId?: string;
                canteenId?: string;
                /** @description Inspected on or after */
                from?: string;
                grade?: "excellent" | "good" | "fair" | "fail";
                kind?: "routine" | "campaign" | "reinspection";
                outingId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Part of the canteen’s name */
                q?: string;
                /** @description '-inspectedOn' (default), 'inspectedOn', '-score', 'score' */
                sort?: string;
                status?: "draft" | "submitted";
                /** @description Inspected on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Inspections of canteens in the caller’s scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPageDto"];
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
    InspectionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionDto"];
            };
        };
        responses: {
            /** @description A draft with every item of the template’s current version, unanswered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
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
    InspectionsController_get: {
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
                    "application/json": components["schemas"]["InspectionDto"];
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
    InspectionsController_remove: {
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
            /** @description Discards a draft; a submitted inspection answers 409 */
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
    InspectionsController_update: {
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
                "application/json": components["schemas"]["UpdateInspectionDto"];
            };
        };
        responses: {
            /** @description A draft’s particulars; a submitted inspection answers 409 (amend it) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
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
    InspectionsController_amend: {
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
                "application/json": components["schemas"]["AmendInspectionDto"];
            };
        };
        responses: {
            /** @description Changes a submitted inspection (reason required): rescored, audited, the letter reissued as the next revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
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
    InspectionsController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A photo of the inspection, for whoever may read the inspection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
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
    InspectionsController_saveResults: {
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
                "application/json": components["schemas"]["SaveResultsDto"];
            };
        };
        responses: {
            /** @description Saves some or all answers of a draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
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
    InspectionsController_attachPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachPhotoDto"];
            };
        };
        responses: {
            /** @description Attaches an uploaded image the caller may see (again: no change) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultDto"];
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
    InspectionsController_detachPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
                itemCode: string;
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
                    "application/json": components["schemas"]["ResultDto"];
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
    InspectionsController_submit: {
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
                "application/json": components["schemas"]["SubmitInspectionDto"];
            };
        };
        responses: {
            /** @description Scores it, issues the opinion letter and opens the rectification notice, once; a second submit answers 409 foodSafety.inspection.alreadySubmitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
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
    LettersController_list: {
        parameters: {
            query?: {
                authorityId?: string;
                campaignId?: string;
                canteenId?: string;
                /** @description Issued on or after (the first revision’s day) */
                from?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Issued on or before */
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Letters of canteens in the caller’s scope, by year and serial, latest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterPageDto"];
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
    LettersController_get: {
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
                    "application/json": components["schemas"]["LetterDto"];
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
    LettersController_pdf: {
        parameters: {
            query?: {
                /** @description The revision to print; the current one by default */
                revision?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as PDF (the current revision unless ?revision= names one) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    NoticesController_list: {
        parameters: {
            query?: {
                /** @description With status=overdue: the notices that were overdue on this day (issued by then, deadline before it, not closed by then), as the report counts them; default today */
                asOf?: string;
                /** @description Notices of inspections of this campaign */
                campaignId?: string;
                canteenId?: string;
                /** @description Closed (销号) on or after */
                closedFrom?: string;
                /** @description Closed (销号) on or before */
                closedTo?: string;
                /** @description Issued on or after */
                from?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Number or canteen name contains */
                q?: string;
                /** @description A stored status, or a derived one: overdue (deadline passed, not closed), dueSoon (deadline within the due-soon days), notClosed */
                status?: "open" | "evidenceSubmitted" | "escalated" | "closed" | "overdue" | "dueSoon" | "notClosed";
                /** @description Issued on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notices of the canteens in the caller’s scope: overdue first, then by deadline, closed last; overdue and dueSoon are derived from today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePageDto"];
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
    NoticesController_get: {
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
            /** @description With items, every evidence submission and review, and the actions the caller may take now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailDto"];
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
    NoticesController_update: {
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
                "application/json": components["schemas"]["UpdateNoticeDto"];
            };
        };
        responses: {
            /** @description The school sets the owner 整改责任人 and measures (the notice’s and per item); carries the version read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailDto"];
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
    NoticesController_close: {
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
                "application/json": components["schemas"]["CloseNoticeDto"];
            };
        };
        responses: {
            /** @description 销号: only when every item is accepted; 409 naming the allowed actions otherwise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailDto"];
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
    NoticesController_escalate: {
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
                "application/json": components["schemas"]["EscalateNoticeDto"];
            };
        };
        responses: {
            /** @description 升级: from open or evidence submitted once overdue (立行立改: by decision); reason required */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailDto"];
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
    NoticesController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An evidence file of the notice */
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
    NoticesController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewItemDto"];
            };
        };
        responses: {
            /** @description submitted → accepted; 409 naming the allowed actions otherwise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailDto"];
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
    NoticesController_submitEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitEvidenceDto"];
            };
        };
        responses: {
            /** @description open | rejected → submitted; 409 naming the allowed actions otherwise */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailDto"];
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
    NoticesController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewItemDto"];
            };
        };
        responses: {
            /** @description submitted → rejected, with a note; the school is told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailDto"];
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
    OutingsController_list: {
        parameters: {
            query?: {
                campaignId?: string;
                /** @description Outings on or after */
                from?: string;
                /** @description Outings with this user in the team */
                memberUserId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Outings on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Outings of regions in the caller’s scope, latest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutingPageDto"];
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
    OutingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutingDto"];
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
    OutingsController_get: {
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
                    "application/json": components["schemas"]["OutingDto"];
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
    OutingsController_remove: {
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
            /** @description Refused (409) while inspections refer to it */
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
    OutingsController_update: {
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
                "application/json": components["schemas"]["UpdateOutingDto"];
            };
        };
        responses: {
            /** @description Carries the version read; `members` replaces the team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutingDto"];
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
    PenaltiesController_list: {
        parameters: {
            query?: {
                canteenId?: string;
                /** @description Decided on or after */
                from?: string;
                noticeId?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                reasonCode?: "expiredFood" | "noHealthCertificate" | "noLicence" | "rawCookedMixed" | "samplesMissing" | "irregularPurchaseLedger" | "poorHygiene" | "notRectified" | "other";
                /** @description Decided on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Penalties of the canteens in the caller’s scope, newest decision first, with the sum of the amounts (fen) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyPageDto"];
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
    PenaltiesController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPenaltyDto"];
            };
        };
        responses: {
            /** @description Records the decision; the canteen comes from the notice or inspection when one is given */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyDto"];
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
    PenaltiesController_get: {
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
                    "application/json": components["schemas"]["PenaltyDto"];
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
    RoutineController_checklist: {
        parameters: {
            query: {
                kind: "dailyCheck" | "weeklyReview" | "monthlyDispatch";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checklist version a new record of the kind is filled against */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistDto"];
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
    RoutineController_listRecords: {
        parameters: {
            query?: {
                canteenId?: string;
                from?: string;
                kind?: "dailyCheck" | "weeklyReview" | "monthlyDispatch";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Inclusive */
                to?: string;
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
                    "application/json": components["schemas"]["RoutineRecordPageDto"];
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
    RoutineController_createRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecordDto"];
            };
        };
        responses: {
            /** @description One per canteen and day / week / month: a second answers 409 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutineRecordDto"];
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
    RoutineController_getRecord: {
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
                    "application/json": components["schemas"]["RoutineRecordDto"];
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
    RoutineController_updateRecord: {
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
                "application/json": components["schemas"]["UpdateRecordDto"];
            };
        };
        responses: {
            /** @description Carries the version read; a stale one answers 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutineRecordDto"];
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
    RoutineController_listSamples: {
        parameters: {
            query?: {
                canteenId?: string;
                from?: string;
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                /** @description Only samples with a warning (too light, or taken out too early) */
                problems?: boolean;
                /** @description Inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Samples of the canteens in scope; `problems=true` lists only those with a warning */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodSamplePageDto"];
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
    RoutineController_createSample: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSampleDto"];
            };
        };
        responses: {
            /** @description Kept even when too light; the warning comes back with it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodSampleDto"];
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
    RoutineController_getSample: {
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
                    "application/json": components["schemas"]["FoodSampleDto"];
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
    RoutineController_updateSample: {
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
                "application/json": components["schemas"]["UpdateSampleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodSampleDto"];
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
    RoutineController_removeSample: {
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
                "application/json": components["schemas"]["RemoveSampleDto"];
            };
        };
        responses: {
            /** @description Records the removal; before the minimum hours it is kept with a warning */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodSampleDto"];
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
    SettingsController_read: {
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
                    "application/json": components["schemas"]["FoodSafetySettingsDto"];
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
    SettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFoodSafetySettingsDto"];
            };
        };
        responses: {
            /** @description The whole settings document with the version read; stale → 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodSafetySettingsDto"];
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
    TemplatesController_versionById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A version by its id alone (what an inspection or routine record keeps) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersionDto"];
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
    TemplatesController_vocabularies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Purposes, severities and known defect codes with their names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVocabulariesDto"];
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
    TemplatesController_list: {
        parameters: {
            query?: {
                /** @description false: current templates; true: archived only; all: both */
                archived?: "false" | "true" | "all";
                page?: number;
                /** @description Larger values are capped at 200 */
                pageSize?: number;
                purpose?: "inspection" | "dailyCheck" | "weeklyReview" | "monthlyDispatch";
                /** @description Name or code, by characters */
                q?: string;
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
                    "application/json": components["schemas"]["TemplatePageDto"];
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
    TemplatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
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
    TemplatesController_get: {
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
            /** @description With the current version’s areas and items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
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
    TemplatesController_update: {
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
                "application/json": components["schemas"]["UpdateTemplateDto"];
            };
        };
        responses: {
            /** @description Carries the version read (stale → 409). New content replaces the current version in place while no record used it, else becomes the next version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
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
    TemplatesController_archive: {
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
            /** @description Archived templates are not offered for new records; past records keep their version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDetailDto"];
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
    TemplatesController_restore: {
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
                    "application/json": components["schemas"]["TemplateDetailDto"];
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
    TemplatesController_versions: {
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
                    "application/json": components["schemas"]["TemplateVersionListDto"];
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
    TemplatesController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
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
                    "application/json": components["schemas"]["TemplateVersionDto"];
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
