// Generated from the gateway OpenAPI document by `npx nx run console:api-types`. Do not edit.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ready only when the gateway and every service it needs are ready (public)
     * @description **Public:** no token needed.
     */
    get: operations['GatewayHealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/institutions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List institutions (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['InstitutionsController_list'];
    put?: never;
    /**
     * Register an institution
     * @description **Roles:** admin.
     */
    post: operations['InstitutionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/institutions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an institution
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['InstitutionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an institution
     * @description **Roles:** admin.
     */
    patch: operations['InstitutionsController_update'];
    trace?: never;
  };
  '/v1/plan/axes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The plan’s five axes (eixos estratégicos)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanController_axes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Priority actions (ações prioritárias), in code order (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanController_actions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per axis and overall: activities by status, mean progress, overdue and late counts, per institution
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanController_dashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Activities (atividades), in code order, filtered by axis, action, status, institution or text (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanActivitiesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/activities/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An activity with its indicators and evidence
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanActivitiesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an activity’s status, lead and partners, dates or indicators
     * @description **Roles:** coordinator.
     */
    patch: operations['PlanActivitiesController_update'];
    trace?: never;
  };
  '/v1/plan/activities/{code}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All the evidence of an activity, in the order it was recorded (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanActivitiesController_evidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/activities/{code}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Progress reports of an activity, oldest first (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanActivitiesController_reports'];
    put?: never;
    /**
     * Submit a progress report for a period (an agency of the lead or a partner institution, or a coordinator)
     * @description **Roles:** coordinator, agency.
     */
    post: operations['PlanActivitiesController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/activities/{code}/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A progress report
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PlanActivitiesController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/activities/{code}/reports/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a pending report: the activity’s progress and indicator values move
     * @description **Roles:** coordinator.
     */
    post: operations['PlanActivitiesController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/plan/activities/{code}/reports/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return a pending report to its submitter with a reason; the activity does not move
     * @description **Roles:** coordinator.
     */
    post: operations['PlanActivitiesController_returnReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Agreements visible to the caller (restricted ones only to their parties and coordinators), filtered, paged
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PartnershipsController_list'];
    put?: never;
    /**
     * Register an agreement (it starts as a draft)
     * @description **Roles:** coordinator.
     */
    post: operations['PartnershipsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Coordinators’ view: counts, in force, expiring, overdue commitments, per axis and activity
     * @description **Roles:** coordinator.
     */
    get: operations['PartnershipsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One agreement (404 when restricted and the caller is neither a party nor a coordinator)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PartnershipsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an agreement; null clears a field; dates of a signed one change by amendment
     * @description **Roles:** coordinator.
     */
    patch: operations['PartnershipsController_update'];
    trace?: never;
  };
  '/v1/partnerships/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move the agreement along its lifecycle, saying why (409 for a transition not allowed)
     * @description **Roles:** coordinator.
     */
    post: operations['PartnershipsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Creation, transitions (who, when, why) and amendments, oldest first
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['PartnershipsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record an amendment (termo aditivo) changing dates or adding commitments
     * @description **Roles:** coordinator.
     */
    post: operations['PartnershipsController_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships/{id}/renewals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew: a new draft term linked to this agreement
     * @description **Roles:** coordinator.
     */
    post: operations['PartnershipsController_renew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships/{id}/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a commitment to the work plan
     * @description **Roles:** coordinator.
     */
    post: operations['PartnershipsController_addCommitment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/partnerships/{id}/commitments/{commitmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a commitment (an agency of the responsible institution: status and evidence only)
     * @description **Roles:** coordinator, agency.
     */
    patch: operations['PartnershipsController_updateCommitment'];
    trace?: never;
  };
  '/v1/partnerships/{id}/commitments/{commitmentId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a commitment, with evidence links (coordinators or the responsible agency)
     * @description **Roles:** coordinator, agency.
     */
    post: operations['PartnershipsController_completeCommitment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your institution’s endpoints (coordinators: every institution’s), paged
     * @description **Roles:** agency, coordinator.
     */
    get: operations['NotificationsController_list'];
    put?: never;
    /**
     * Register a webhook endpoint; its whsec_ secret is in this answer only
     * @description **Roles:** agency, coordinator.
     */
    post: operations['NotificationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One endpoint
     * @description **Roles:** agency, coordinator.
     */
    get: operations['NotificationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the URL, description, event types or enabled flag
     * @description **Roles:** agency, coordinator.
     */
    patch: operations['NotificationsController_update'];
    trace?: never;
  };
  '/v1/notifications/endpoints/{id}/secret/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new secret (shown once); the old one keeps signing beside it for 24 hours
     * @description **Roles:** agency, coordinator.
     */
    post: operations['NotificationsController_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/endpoints/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a notification.test message to the endpoint
     * @description **Roles:** agency, coordinator.
     */
    post: operations['NotificationsController_test'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/endpoints/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The endpoint’s messages, oldest first, cursor-paged
     * @description **Roles:** agency, coordinator.
     */
    get: operations['NotificationsController_messages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/endpoints/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The delivery log: time, status, duration and start of each answer, cursor-paged
     * @description **Roles:** agency, coordinator.
     */
    get: operations['NotificationsController_attempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/endpoints/{id}/messages/{messageId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send one message again (same webhook-id)
     * @description **Roles:** agency, coordinator.
     */
    post: operations['NotificationsController_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/notifications/endpoints/{id}/recover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resend every message of the endpoint that failed since a date
     * @description **Roles:** agency, coordinator.
     */
    post: operations['NotificationsController_recover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List dead letters (paged), of one service, or of every consuming service (those not answering are listed in unavailable)
     * @description **Roles:** admin.
     */
    get: operations['DeadLettersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/dead-letters/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the event through the same handler again; on success the dead letter is removed (409 if it fails again)
     * @description **Roles:** admin.
     */
    post: operations['DeadLettersController_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/dead-letters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Discard a dead letter
     * @description **Roles:** admin.
     */
    delete: operations['DeadLettersController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/modules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Curriculum modules, by audience and activity code (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['TrainingCatalogController_listModules'];
    put?: never;
    /**
     * Add a module to the minimum curriculum
     * @description **Roles:** admin, coordinator.
     */
    post: operations['TrainingCatalogController_createModule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/modules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One curriculum module
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['TrainingCatalogController_getModule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a curriculum module (only the fields sent)
     * @description **Roles:** admin, coordinator.
     */
    patch: operations['TrainingCatalogController_updateModule'];
    trace?: never;
  };
  '/v1/training/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The expert bank (only experts whose consent was recorded), by area, language and UF (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['TrainingCatalogController_listExperts'];
    put?: never;
    /**
     * List an expert, with the consent they gave
     * @description **Roles:** admin, coordinator.
     */
    post: operations['TrainingCatalogController_createExpert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/experts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One expert
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['TrainingCatalogController_getExpert'];
    put?: never;
    post?: never;
    /**
     * Remove an expert on their request (the record is deleted)
     * @description **Roles:** admin, coordinator.
     */
    delete: operations['TrainingCatalogController_removeExpert'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Training courses by status, modality, UF, audience, activity code and organiser (paged)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['TrainingEventsController_list'];
    put?: never;
    /**
     * Plan a training course (status planned); an agency only for its own institution
     * @description **Roles:** admin, coordinator, agency.
     *
     *     The place is a UF and an IBGE municipality code of that UF, unless the course is online.
     */
    post: operations['TrainingEventsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One training course (counts of seats, never participants)
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['TrainingEventsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a course not yet completed or cancelled (only the fields sent; null clears)
     * @description **Roles:** admin, coordinator, agency.
     *
     *     Modality, place, time zone and sessions do not change: cancel and plan another course. The capacity never goes below the seats taken (409); more seats take people off the waiting list, in order.
     */
    patch: operations['TrainingEventsController_update'];
    trace?: never;
  };
  '/v1/training/events/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a course: planned → open → in_progress, or → cancelled (409 otherwise)
     * @description **Roles:** admin, coordinator, agency.
     *
     *     Completion has its own operation, which issues the certificates.
     */
    post: operations['TrainingEventsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/events/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a course in progress: certificates for everyone who met the completion rule
     * @description **Roles:** admin, coordinator, agency.
     *
     *     Publishes training.completed (participants counted by audience, no personal data).
     */
    post: operations['TrainingEventsController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * People trained (certificates) by audience, UF, institution, year and activity code
     * @description **Roles:** admin, coordinator, agency, viewer.
     */
    get: operations['TrainingEventsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/events/{id}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A course’s participants in order of arrival: seats, then the waiting list
     * @description **Roles:** admin, coordinator, agency, viewer.
     *
     *     Participants are personal data: only the organising institution and coordinators see them; anyone else gets 404.
     */
    get: operations['TrainingParticipantsController_list'];
    put?: never;
    /**
     * Enrol someone: a seat if one is free, otherwise the waiting list (never overbooks)
     * @description **Roles:** admin, coordinator, agency.
     *
     *     Participants are personal data: only the organising institution and coordinators see them; anyone else gets 404. The same email twice in one course is 409 TRAINING.ALREADY_ENROLLED.
     */
    post: operations['TrainingParticipantsController_enrol'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/events/{id}/enrolments/{enrolmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Cancel an enrolment; the first on the waiting list takes the seat
     * @description **Roles:** admin, coordinator, agency.
     *
     *     Participants are personal data: only the organising institution and coordinators see them; anyone else gets 404.
     */
    delete: operations['TrainingParticipantsController_cancel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/events/{id}/enrolments/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enrol every row of a CSV (UTF-8, BOM optional, comma or semicolon), or none
     * @description **Roles:** admin, coordinator, agency.
     *
     *     Participants are personal data: only the organising institution and coordinators see them; anyone else gets 404. Columns: name (nome), email (e-mail), audience (público), and optionally cpf, uf, institutionId (instituição). Any bad row rejects the file: 400 TRAINING.IMPORT_INVALID with errors[] giving line, column and message. Emails already enrolled are left unchanged, so the same file imported again changes nothing.
     */
    post: operations['TrainingParticipantsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/training/events/{id}/sessions/{sessionId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record who attended a session, in bulk (replaces what was recorded for it)
     * @description **Roles:** admin, coordinator, agency.
     *
     *     Participants are personal data: only the organising institution and coordinators see them; anyone else gets 404.
     */
    put: operations['TrainingParticipantsController_attendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/certificates/{code}.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The printable A4 certificate in Portuguese, with a QR code of its verification URL (public)
     * @description **Public:** no token needed.
     */
    get: operations['CertificatesController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/certificates/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify a certificate: participant’s name, course, hours, date and issuer only (public)
     * @description **Public:** no token needed.
     */
    get: operations['CertificatesController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a case (consent, or a legal basis from LGPD art. 11 II, is required)
     * @description **Roles:** agency.
     */
    post: operations['CasesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/cases/lookups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find the caller’s own earlier cases of one person by CPF or passport, through the keyed blind index (audited)
     * @description **Roles:** agency.
     */
    post: operations['CasesController_lookup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An owned case: pseudonymous core and consent
     * @description **Roles:** agency.
     */
    get: operations['CasesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/cases/{id}/identifier-reads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read the identifiers of an owned case for a stated purpose (audited)
     * @description **Roles:** agency.
     */
    post: operations['CasesController_identifiers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/cases/{id}/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record the consent of an owned case anew, or its withdrawal; its referrals’ sharing is decided again (audited)
     * @description **Roles:** agency.
     */
    put: operations['CasesController_consent'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/cases/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything held on an owned case (LGPD art. 18), audited
     * @description **Roles:** agency.
     */
    get: operations['CasesController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refer an owned case to another institution (the server decides what is shared)
     * @description **Roles:** agency.
     */
    post: operations['ReferralsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Referrals received by the caller’s institution (filters: status, urgency, overdue)
     * @description **Roles:** agency.
     */
    get: operations['ReferralsController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Referrals sent by the caller’s institution (filters: status, urgency, overdue)
     * @description **Roles:** agency.
     */
    get: operations['ReferralsController_outbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Case counts by one or two dimensions; counts under 11 and their complements suppressed
     * @description **Roles:** agency, coordinator, viewer.
     */
    get: operations['ReferralsController_statistics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A referral and its case core (404 for a third institution)
     * @description **Roles:** agency, coordinator.
     */
    get: operations['ReferralsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/{id}/identifier-reads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read the case identifiers for a stated purpose (audited; 403 when not shared)
     * @description **Roles:** agency.
     */
    post: operations['ReferralsController_identifiers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/referrals/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept, reject, start, complete (receiver) or revoke (sender); 409 for the loser of a race
     * @description **Roles:** agency.
     */
    post: operations['ReferralsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recompute the referrals access-audit hash chain; report the first broken link
     * @description **Roles:** admin.
     */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get an access token (OAuth2 client_credentials)
     * @description **Public:** no token needed.
     *
     *     Credentials go in the body (client_id, client_secret) or in HTTP Basic. The token is a signed JWT living at most 15 minutes; send it as `Authorization: Bearer <token>`. A wrong or revoked client gets 401; a grant type other than client_credentials gets 400. Too many failed attempts for a client id or from an address get 429 with Retry-After.
     */
    post: operations['TokenController_token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/institutions/{id}/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an institution's API clients (paged, without secrets)
     * @description **Roles:** admin, agency.
     *
     *     An agency sees only the clients of its own institution.
     */
    get: operations['ApiClientsController_list'];
    put?: never;
    /**
     * Create an API client of an institution
     * @description **Roles:** admin.
     *
     *     The answer carries the client secret; it is never readable again.
     */
    post: operations['ApiClientsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/institutions/{id}/clients/{clientId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API client
     * @description **Roles:** admin.
     *
     *     It gets no new tokens, and its tokens stop working within CLIENT_STATUS_CACHE_MS (≤ 30 s).
     */
    delete: operations['ApiClientsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current session
     * @description **Roles:** admin, coordinator, agency, viewer.
     *
     *     With the session cookie; changes need the `x-csrf-token` header. Touches the idle timer. 401 when there is none or it expired.
     */
    get: operations['SessionController_current'];
    put?: never;
    /**
     * Sign in a person (email, password and, when enabled, the TOTP code)
     * @description **Public:** no token needed.
     *
     *     Sets the `elo_session` cookie (HttpOnly, SameSite=Strict, Secure in production) and answers the session with its CSRF token. 401 AUTH.INVALID_CREDENTIALS whatever was wrong — unknown email, wrong password or code, an account disabled or temporarily locked after repeated failures — so the answer never tells whether an email has an account; a missing code (after the right password): 401 AUTH.TOTP_REQUIRED; too many failures per email or address: 429 with Retry-After.
     */
    post: operations['SessionController_signIn'];
    /**
     * Sign out (this session)
     * @description **Roles:** admin, coordinator, agency, viewer.
     *
     *     With the session cookie; changes need the `x-csrf-token` header.
     */
    delete: operations['SessionController_signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/session/sign-out-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out every session of this person, on every device
     * @description **Roles:** admin, coordinator, agency, viewer.
     *
     *     With the session cookie; changes need the `x-csrf-token` header.
     */
    post: operations['SessionController_signOutEverywhere'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/session/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change my password; my other sessions end
     * @description **Roles:** admin, coordinator, agency, viewer.
     *
     *     With the session cookie and the `x-csrf-token` header. The current password (400 DIRECTORY.WRONG_PASSWORD), a new one under the invitation's rules (400 DIRECTORY.WEAK_PASSWORD) and, when the second factor is on, a current code not used before (400 DIRECTORY.INVALID_TOTP). This session stays signed in; every other one ends. Wrong current passwords and codes count towards the account’s lock, as at sign-in; while locked: 423 AUTH.ACCOUNT_LOCKED.
     */
    post: operations['AccountController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/session/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start turning my second factor (TOTP) on: a new secret to enrol
     * @description **Roles:** admin, coordinator, agency, viewer.
     *
     *     With the session cookie and the `x-csrf-token` header. For people who skipped TOTP at activation (viewers). Needs the current password (400 DIRECTORY.WRONG_PASSWORD); 409 DIRECTORY.TOTP_ALREADY_ENABLED when it is on. The factor is on only once POST /v1/session/totp/confirm gets a code of this secret; starting again replaces it. Wrong current passwords and codes count towards the account’s lock, as at sign-in; while locked: 423 AUTH.ACCOUNT_LOCKED.
     */
    post: operations['AccountController_startTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/session/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn my second factor on with a code of the new secret
     * @description **Roles:** admin, coordinator, agency, viewer.
     *
     *     With the session cookie and the `x-csrf-token` header. 400 DIRECTORY.INVALID_TOTP for a wrong or already used code, or when no enrolment was started; 409 DIRECTORY.TOTP_ALREADY_ENABLED when it is on. From then on, sign-in asks for a code.
     */
    post: operations['AccountController_confirmTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/session/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What an invitation link shows: the person, and the TOTP secret to enrol
     * @description **Public:** no token needed.
     *
     *     404 DIRECTORY.INVITATION_NOT_FOUND when the link is unknown, used or expired.
     */
    get: operations['InvitationsController_show'];
    put?: never;
    /**
     * Accept an invitation: set the password (and the TOTP factor)
     * @description **Public:** no token needed.
     *
     *     Password: at least 12 characters and not a common one (400 DIRECTORY.WEAK_PASSWORD). `totpCode` is required when the invitation says totpRequired (400 DIRECTORY.INVALID_TOTP when wrong). The link then stops working.
     */
    post: operations['InvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/people/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite a person
     * @description **Roles:** admin, coordinator.
     *
     *     Answers a one-time link that expires, to send to the person. A coordinator cannot invite an admin (403). Inviting again someone who has not accepted yet replaces the link; an active account is 409 DIRECTORY.EMAIL_TAKEN.
     */
    post: operations['PeopleController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List people (paged)
     * @description **Roles:** admin, coordinator.
     *
     *     Never their passwords or TOTP secrets.
     */
    get: operations['PeopleController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/people/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable a person: their sessions end at once and sign-in is refused
     * @description **Roles:** admin, coordinator.
     *
     *     A coordinator may disable agency and viewer people only, and nobody their own account (403). Already disabled: answered as is. 404 DIRECTORY.PERSON_NOT_FOUND; 409 DIRECTORY.PERSON_NOT_ACTIVE for someone who has not accepted the invitation yet; 409 DIRECTORY.LAST_ADMIN when the person is the last active admin (the platform always keeps one). Sign-in then answers as for a wrong password.
     */
    post: operations['PeopleController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/people/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a disabled person again
     * @description **Roles:** admin, coordinator.
     *
     *     The same rules as disabling. Already active: answered as is. A sign-in lock still running from failed attempts is cleared, so the person can sign in at once.
     */
    post: operations['PeopleController_enable'];
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
    HealthDto: {
      /** @description Always "ok" when this answers 200 */
      status: string;
      /** @description Readiness of each backing service */
      services: {
        [key: string]: string;
      };
    };
    /**
     * @description The service whose handler gave up
     * @enum {string}
     */
    EventService: 'directory' | 'plan-tracking' | 'partnerships' | 'training' | 'referrals' | 'notifications';
    /**
     * @description invalid_event: failed validation (parked at once); permanent_error: the handler said it can never succeed; max_deliver: the handler kept failing; no_answer: the last delivery was never settled (process died or hung, or could not store the letter)
     * @enum {string}
     */
    DeadLetterReason: 'invalid_event' | 'permanent_error' | 'max_deliver' | 'no_answer';
    DeadLetterDto: {
      /** @description Dead-letter id (<service>.<24 hex>) */
      id: string;
      /** @description The service whose handler gave up */
      service: components['schemas']['EventService'];
      /**
       * @description The handler’s name
       * @example record-training-evidence
       */
      handler: string;
      /**
       * @description The JetStream durable consumer
       * @example plan-tracking__record-training-evidence
       */
      consumer: string;
      /** @description invalid_event: failed validation (parked at once); permanent_error: the handler said it can never succeed; max_deliver: the handler kept failing; no_answer: the last delivery was never settled (process died or hung, or could not store the letter) */
      reason: components['schemas']['DeadLetterReason'];
      /** @description The CloudEvent’s envelope (specversion, id, type, source, subject, time), never its data: the event stays in the service for replays only */
      event: {
        [key: string]: unknown;
      };
      /** @description The event’s id */
      eventId: string;
      /**
       * @description The event’s type
       * @example institution.created
       */
      eventType: string;
      /** @description The last error’s first line, at most 500 characters (no stack trace) */
      error: string;
      /** @description Deliveries made before it was dead-lettered */
      deliveryCount: number;
      /** @description First failure that dead-lettered it (ISO 8601, UTC) */
      firstFailedAt: string;
      /** @description Latest failure, including failed replays (ISO 8601, UTC) */
      lastFailedAt: string;
    };
    DeadLetterPageDto: {
      /** @description This page of dead letters */
      items: components['schemas']['DeadLetterDto'][];
      /** @description Cursor of the next page, or null on the last page */
      nextCursor: string | null;
      /** @description Services that did not answer (not deployed or down): their dead letters are missing from this page */
      unavailable: components['schemas']['EventService'][];
    };
    ReplayResultDto: {
      /** @description The replayed dead letter’s id (now removed) */
      id: string;
      /**
       * @description Always true: the handler succeeded
       * @enum {boolean}
       */
      replayed: true;
    };
    /**
     * @description Always Bearer
     * @enum {string}
     */
    TokenType: 'Bearer';
    TokenResponseDto: {
      /** @description The bearer token (a signed JWT) for the Authorization header */
      access_token: string;
      /** @description Always Bearer */
      token_type: components['schemas']['TokenType'];
      /**
       * @description Seconds until the token expires (at most 900)
       * @example 900
       */
      expires_in: number;
    };
    FieldErrorDto: {
      /**
       * @description The offending field, as a dotted path
       * @example cnpj
       */
      field: string;
      /**
       * @description What is wrong with it
       * @example cnpj must be 14 digits with valid check digits
       */
      message: string;
      /**
       * @description For an uploaded file (CSV import): the 1-based line
       * @example 12
       */
      line?: number;
      /**
       * @description For an uploaded file (CSV import): the column
       * @example email
       */
      column?: string;
    };
    ProblemDto: {
      /**
       * @description URI identifying the problem type
       * @example https://elo.gov.br/problems/common-validation
       */
      type: string;
      /**
       * @description Short, human-readable summary of the problem type
       * @example The request is invalid
       */
      title: string;
      /**
       * @description HTTP status code
       * @example 400
       */
      status: number;
      /**
       * @description Explanation specific to this occurrence
       * @example Invalid fields: cnpj
       */
      detail: string;
      /**
       * @description The request path that produced the problem
       * @example /v1/institutions
       */
      instance: string;
      /**
       * @description Stable machine-readable error code
       * @example COMMON.VALIDATION
       */
      code: string;
      /** @description The request id (X-Request-Id) for tracing in logs */
      correlationId: string;
      /** @description Field-level validation errors */
      errors?: components['schemas']['FieldErrorDto'][];
    };
    ChangePasswordInput: {
      /**
       * Format: password
       * @description The current password
       * @example trilha-serena-do-cerrado
       */
      currentPassword: string;
      /**
       * Format: password
       * @description New password: 12–256 characters, not a common password (DIRECTORY.WEAK_PASSWORD)
       * @example trilha-serena-do-cerrado
       */
      newPassword: string;
      /**
       * @description Required when the person signs in with TOTP (400 DIRECTORY.INVALID_TOTP without it)
       * @example 492039
       */
      totpCode?: string;
    };
    StartTotpInput: {
      /**
       * Format: password
       * @description The current password
       * @example trilha-serena-do-cerrado
       */
      currentPassword: string;
    };
    ConfirmTotpInput: {
      /**
       * @description A current code of the newly enrolled authenticator app
       * @example 492039
       */
      totpCode: string;
    };
    AcceptInvitationInput: {
      /**
       * Format: password
       * @description New password: 12–256 characters, not a common password (DIRECTORY.WEAK_PASSWORD)
       * @example trilha-serena-do-cerrado
       */
      password: string;
      /**
       * @description Required when totpRequired; when given otherwise, the second factor is turned on
       * @example 492039
       */
      totpCode?: string;
    };
    InvitePersonInput: {
      /**
       * @description Full name
       * @example Maria Souza
       */
      name: string;
      /**
       * Format: email
       * @description Institutional email (compared case-insensitively)
       * @example maria.souza@mj.gov.br
       */
      email: string;
      /**
       * @description The institution the person works for
       * @example 665f1c2e9b1e8a0012345678
       */
      institutionId: string;
      /**
       * @description Roles, the same as API clients’
       * @example [
       *       "coordinator"
       *     ]
       */
      roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
    };
    SignInInput: {
      /**
       * @description Institutional email
       * @example maria.souza@mj.gov.br
       */
      email: string;
      /**
       * Format: password
       * @description Password
       * @example trilha-serena-do-cerrado
       */
      password: string;
      /**
       * @description Required for people with a second factor (AUTH.TOTP_REQUIRED without it)
       * @example 492039
       */
      totpCode?: string;
    };
    CreateApiClientInput: {
      /**
       * @description What the client is, e.g. the calling system
       * @example SEI integration
       */
      name: string;
      /**
       * @description Roles its tokens carry
       * @example [
       *       "agency"
       *     ]
       */
      roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
    };
    TokenRequest: {
      /**
       * @description OAuth2 grant type: only client_credentials
       * @enum {string}
       */
      grant_type: 'client_credentials';
      /**
       * @description Client id (required unless sent with HTTP Basic)
       * @example elo_3q2-7wEs1b6TK0bI8zQy9A
       */
      client_id?: string;
      /**
       * Format: password
       * @description Client secret (required unless sent with HTTP Basic)
       */
      client_secret?: string;
    };
    CreateInstitutionInput: {
      /**
       * @description Official name
       * @example Ministério da Justiça e Segurança Pública
       */
      name: string;
      /**
       * @description Acronym, unique regardless of case
       * @example MJSP
       */
      acronym: string;
      /**
       * @description Kind of institution
       * @enum {string}
       */
      kind:
        | 'federal_body'
        | 'state_body'
        | 'municipal_body'
        | 'justice_system'
        | 'civil_society'
        | 'international_organization'
        | 'private_company'
        | 'foreign_government';
      /**
       * @description CNPJ without punctuation: 14 digits, or 12 digits or uppercase letters then 2 check digits (IN RFB 2.229/2024)
       * @example 00394494000136
       */
      cnpj?: string;
      /**
       * @description Federative unit (state) where it is based
       * @enum {string}
       */
      uf?:
        | 'AC'
        | 'AL'
        | 'AP'
        | 'AM'
        | 'BA'
        | 'CE'
        | 'DF'
        | 'ES'
        | 'GO'
        | 'MA'
        | 'MT'
        | 'MS'
        | 'MG'
        | 'PA'
        | 'PB'
        | 'PR'
        | 'PE'
        | 'PI'
        | 'RJ'
        | 'RN'
        | 'RS'
        | 'RO'
        | 'RR'
        | 'SC'
        | 'SP'
        | 'SE'
        | 'TO';
      /**
       * @description IBGE municipality code (7 digits)
       * @example 1400100
       */
      municipalityCode?: string;
      /**
       * @description Networks it takes part in
       * @example [
       *       "CONATRAP"
       *     ]
       */
      networks?: ('CONATRAP' | 'NETP' | 'PAAHM' | 'STATE_COMMITTEE')[];
    };
    UpdateInstitutionInput: {
      /**
       * @description Official name
       * @example Ministério da Justiça e Segurança Pública
       */
      name?: string;
      /**
       * @description Acronym, unique regardless of case
       * @example MJSP
       */
      acronym?: string;
      /**
       * @description Kind of institution
       * @enum {string}
       */
      kind?:
        | 'federal_body'
        | 'state_body'
        | 'municipal_body'
        | 'justice_system'
        | 'civil_society'
        | 'international_organization'
        | 'private_company'
        | 'foreign_government';
      /**
       * @description CNPJ without punctuation: 14 digits, or 12 digits or uppercase letters then 2 check digits (IN RFB 2.229/2024)
       * @example 00394494000136
       */
      cnpj?: string;
      /**
       * @description Federative unit (state) where it is based
       * @enum {string}
       */
      uf?:
        | 'AC'
        | 'AL'
        | 'AP'
        | 'AM'
        | 'BA'
        | 'CE'
        | 'DF'
        | 'ES'
        | 'GO'
        | 'MA'
        | 'MT'
        | 'MS'
        | 'MG'
        | 'PA'
        | 'PB'
        | 'PR'
        | 'PE'
        | 'PI'
        | 'RJ'
        | 'RN'
        | 'RS'
        | 'RO'
        | 'RR'
        | 'SC'
        | 'SP'
        | 'SE'
        | 'TO';
      /**
       * @description IBGE municipality code (7 digits)
       * @example 1400100
       */
      municipalityCode?: string;
      /**
       * @description Networks it takes part in
       * @example [
       *       "CONATRAP"
       *     ]
       */
      networks?: ('CONATRAP' | 'NETP' | 'PAAHM' | 'STATE_COMMITTEE')[];
    };
    CreateEndpointInput: {
      /**
       * Format: uri
       * @description Where deliveries are POSTed; https in production (private addresses are refused)
       * @example https://hooks.agency.example/elo
       */
      url: string;
      /**
       * @description What the endpoint is, for the people who manage it
       * @example Sistema de casos do CREAS
       */
      description?: string;
      /**
       * @description Event types wanted; empty: every type the institution may receive
       * @default []
       * @example []
       */
      eventTypes: (
        | 'institution.created'
        | 'institution.updated'
        | 'training.scheduled'
        | 'training.enrollment-opened'
        | 'training.updated'
        | 'training.cancelled'
        | 'training.completed'
        | 'partnership.signed'
        | 'partnership.in-force'
        | 'partnership.suspended'
        | 'partnership.expired'
        | 'partnership.terminated'
        | 'partnership.expiring'
        | 'partnership.commitment-overdue'
        | 'partnership.data-sharing-changed'
        | 'activity.status-changed'
        | 'activity.report-submitted'
        | 'activity.report-approved'
        | 'activity.report-returned'
        | 'activity.overdue'
        | 'notification.endpoint-disabled'
        | 'referral.sent'
        | 'referral.accepted'
        | 'referral.rejected'
        | 'referral.completed'
        | 'referral.revoked'
        | 'referral.sharing-changed'
        | 'referral.overdue'
      )[];
      /**
       * @description Disabled endpoints receive nothing
       * @default true
       * @example true
       */
      enabled: boolean;
    };
    UpdateEndpointInput: {
      /**
       * Format: uri
       * @description Where deliveries are POSTed; https in production (private addresses are refused)
       * @example https://hooks.agency.example/elo
       */
      url?: string;
      /**
       * @description What the endpoint is, for the people who manage it
       * @example Sistema de casos do CREAS
       */
      description?: string;
      /**
       * @description Event types wanted; empty: every type the institution may receive
       * @example []
       */
      eventTypes?: (
        | 'institution.created'
        | 'institution.updated'
        | 'training.scheduled'
        | 'training.enrollment-opened'
        | 'training.updated'
        | 'training.cancelled'
        | 'training.completed'
        | 'partnership.signed'
        | 'partnership.in-force'
        | 'partnership.suspended'
        | 'partnership.expired'
        | 'partnership.terminated'
        | 'partnership.expiring'
        | 'partnership.commitment-overdue'
        | 'partnership.data-sharing-changed'
        | 'activity.status-changed'
        | 'activity.report-submitted'
        | 'activity.report-approved'
        | 'activity.report-returned'
        | 'activity.overdue'
        | 'notification.endpoint-disabled'
        | 'referral.sent'
        | 'referral.accepted'
        | 'referral.rejected'
        | 'referral.completed'
        | 'referral.revoked'
        | 'referral.sharing-changed'
        | 'referral.overdue'
      )[];
      /**
       * @description Disabled endpoints receive nothing
       * @example false
       */
      enabled?: boolean;
    };
    RecoverInput: {
      /**
       * Format: date-time
       * @description Resend every failed message created since then
       */
      since: string;
    };
    /** @description A new agreement; it starts as a draft */
    CreatePartnershipInput: {
      /**
       * @description Kind of agreement
       * @example private_sector
       * @enum {string}
       */
      kind:
        | 'private_sector'
        | 'technical_cooperation'
        | 'bilateral'
        | 'multilateral'
        | 'memorandum_of_understanding'
        | 'international_project'
        | 'international_operation'
        | 'data_sharing';
      /**
       * @description Private-sector area
       * @example air_transport
       * @enum {string}
       */
      sector?:
        | 'air_transport'
        | 'maritime_transport'
        | 'river_transport'
        | 'road_transport'
        | 'football_sports'
        | 'tourism_hotels'
        | 'artist_model_agencies'
        | 'technology'
        | 'other';
      /**
       * @description Title
       * @example Pacto pela prevenção ao tráfico no transporte aéreo
       */
      title: string;
      /** @description Objective of the agreement */
      objective: string;
      /**
       * @description Administrative process number (NUP), 00000.000000/0000-00, with valid check digits (Portaria Interministerial nº 11/2019)
       * @example 08000.012345/2025-84
       */
      nup?: string;
      /** @description Publication of the extract in the Diário Oficial */
      dou?: {
        /**
         * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
         * @example 3
         */
        section: 1 | 2 | 3;
        /**
         * @description Publication date (YYYY-MM-DD)
         * @example 2025-03-14
         */
        date: string;
        /**
         * @description Page
         * @example 112
         */
        page: number;
      };
      /**
       * @description Signature date (YYYY-MM-DD)
       * @example 2025-03-10
       */
      signedAt?: string;
      /**
       * @description First day in force (YYYY-MM-DD)
       * @example 2025-03-14
       */
      effectiveFrom?: string;
      /**
       * @description Last day in force (YYYY-MM-DD); only memoranda, bilateral and multilateral agreements may omit it
       * @example 2027-03-13
       */
      effectiveUntil?: string;
      /**
       * @description restricted: visible only to its parties and to coordinators
       * @default public
       * @example public
       * @enum {string}
       */
      confidentiality: 'public' | 'restricted';
      /** @description Institutions taking part */
      parties: {
        /**
         * @description Institution (directory id)
         * @example 665f1c2e9b1e8a0012345678
         */
        institutionId: string;
        /**
         * @description Role in the agreement
         * @example signatory
         * @enum {string}
         */
        role: 'signatory' | 'implementer' | 'funder' | 'observer';
      }[];
      /**
       * @description Countries taking part (ISO 3166-1 alpha-2)
       * @default []
       * @example [
       *       "AR",
       *       "PY"
       *     ]
       */
      countries: string[];
      /**
       * @description Plan activities the agreement serves
       * @default []
       * @example [
       *       "2.5.1"
       *     ]
       */
      activityCodes: string[];
      /**
       * @description Documents
       * @default []
       */
      documents: {
        /**
         * @description Title
         * @example Extrato do Acordo de Cooperação Técnica
         */
        title: string;
        /**
         * Format: uri
         * @description Where it is published
         */
        url: string;
        /** @description SHA-256 of the file, lowercase hex */
        sha256: string;
        /**
         * @description Date of the document (YYYY-MM-DD)
         * @example 2025-03-10
         */
        date: string;
      }[];
      /** @description What data may flow between the parties, on which legal basis, and when */
      dataSharing?: {
        /** @description The permitted flows */
        flows: {
          /**
           * @description Categories of data that may flow
           * @example [
           *       "aggregate_statistics"
           *     ]
           */
          categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
          /**
           * @description The party that sends the data
           * @example 665f1c2e9b1e8a0012345678
           */
          fromInstitutionId: string;
          /**
           * @description The party that receives it
           * @example 665f1c2e9b1e8a0012345678
           */
          toInstitutionId: string;
          /** @description LGPD legal basis (article, item and sub-item) */
          legalBasis: {
            /**
             * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
             * @example 11
             */
            article: 7 | 11 | 23 | 26;
            /**
             * @description Item (inciso), Roman numeral
             * @example II
             */
            item: string;
            /**
             * @description Sub-item (alínea), when the item has them
             * @example b
             */
            letter?: string;
          };
          /**
           * @description First day data may flow (YYYY-MM-DD)
           * @example 2025-01-01
           */
          from: string;
          /**
           * @description Last day data may flow (YYYY-MM-DD)
           * @example 2026-12-31
           */
          until: string;
        }[];
      };
    };
    /** @description Changes to an agreement; absent fields stay, null clears */
    UpdatePartnershipInput: {
      /**
       * @description Private-sector area
       * @example air_transport
       * @enum {string|null}
       */
      sector?:
        | 'air_transport'
        | 'maritime_transport'
        | 'river_transport'
        | 'road_transport'
        | 'football_sports'
        | 'tourism_hotels'
        | 'artist_model_agencies'
        | 'technology'
        | 'other'
        | null;
      /**
       * @description Title
       * @example Pacto pela prevenção ao tráfico no transporte aéreo
       */
      title?: string;
      /** @description Objective of the agreement */
      objective?: string;
      /**
       * @description Administrative process number (NUP), 00000.000000/0000-00, with valid check digits (Portaria Interministerial nº 11/2019)
       * @example 08000.012345/2025-84
       */
      nup?: string | null;
      /** @description Publication of the extract in the Diário Oficial */
      dou?: {
        /**
         * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
         * @example 3
         */
        section: 1 | 2 | 3;
        /**
         * @description Publication date (YYYY-MM-DD)
         * @example 2025-03-14
         */
        date: string;
        /**
         * @description Page
         * @example 112
         */
        page: number;
      } | null;
      /**
       * @description Signature date (YYYY-MM-DD)
       * @example 2025-03-10
       */
      signedAt?: string | null;
      /**
       * @description First day in force (YYYY-MM-DD)
       * @example 2025-03-14
       */
      effectiveFrom?: string | null;
      /**
       * @description Last day in force (YYYY-MM-DD); only memoranda, bilateral and multilateral agreements may omit it
       * @example 2027-03-13
       */
      effectiveUntil?: string | null;
      /**
       * @description restricted: visible only to its parties and to coordinators
       * @example public
       * @enum {string}
       */
      confidentiality?: 'public' | 'restricted';
      /** @description Institutions taking part */
      parties?: {
        /**
         * @description Institution (directory id)
         * @example 665f1c2e9b1e8a0012345678
         */
        institutionId: string;
        /**
         * @description Role in the agreement
         * @example signatory
         * @enum {string}
         */
        role: 'signatory' | 'implementer' | 'funder' | 'observer';
      }[];
      /**
       * @description Countries taking part (ISO 3166-1 alpha-2)
       * @example [
       *       "AR",
       *       "PY"
       *     ]
       */
      countries?: string[];
      /**
       * @description Plan activities the agreement serves
       * @example [
       *       "2.5.1"
       *     ]
       */
      activityCodes?: string[];
      /** @description Documents */
      documents?: {
        /**
         * @description Title
         * @example Extrato do Acordo de Cooperação Técnica
         */
        title: string;
        /**
         * Format: uri
         * @description Where it is published
         */
        url: string;
        /** @description SHA-256 of the file, lowercase hex */
        sha256: string;
        /**
         * @description Date of the document (YYYY-MM-DD)
         * @example 2025-03-10
         */
        date: string;
      }[];
      /** @description What data may flow between the parties, on which legal basis, and when */
      dataSharing?: {
        /** @description The permitted flows */
        flows: {
          /**
           * @description Categories of data that may flow
           * @example [
           *       "aggregate_statistics"
           *     ]
           */
          categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
          /**
           * @description The party that sends the data
           * @example 665f1c2e9b1e8a0012345678
           */
          fromInstitutionId: string;
          /**
           * @description The party that receives it
           * @example 665f1c2e9b1e8a0012345678
           */
          toInstitutionId: string;
          /** @description LGPD legal basis (article, item and sub-item) */
          legalBasis: {
            /**
             * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
             * @example 11
             */
            article: 7 | 11 | 23 | 26;
            /**
             * @description Item (inciso), Roman numeral
             * @example II
             */
            item: string;
            /**
             * @description Sub-item (alínea), when the item has them
             * @example b
             */
            letter?: string;
          };
          /**
           * @description First day data may flow (YYYY-MM-DD)
           * @example 2025-01-01
           */
          from: string;
          /**
           * @description Last day data may flow (YYYY-MM-DD)
           * @example 2026-12-31
           */
          until: string;
        }[];
      } | null;
    };
    /** @description A change of status */
    PartnershipTransitionInput: {
      /**
       * @description The new status
       * @example negotiation
       * @enum {string}
       */
      to: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
      /**
       * @description Why
       * @example Minuta enviada às partes
       */
      reason: string;
    };
    /** @description An amendment (termo aditivo) of a signed agreement */
    PartnershipAmendmentInput: {
      /** @description What the amendment (termo aditivo) changes and why */
      description: string;
      /**
       * @description Signature date (YYYY-MM-DD)
       * @example 2025-03-10
       */
      signedAt: string;
      /**
       * @description Last day in force (YYYY-MM-DD); only memoranda, bilateral and multilateral agreements may omit it
       * @example 2027-03-13
       */
      effectiveUntil?: string | null;
      /**
       * @description First day in force (YYYY-MM-DD)
       * @example 2025-03-14
       */
      effectiveFrom?: string;
      /** @description Commitments added by the amendment */
      commitments?: components['schemas']['CommitmentInput'][];
    };
    /** @description A renewal: a new term, as a draft, linked to this one */
    PartnershipRenewalInput: {
      /**
       * @description Title
       * @example Pacto pela prevenção ao tráfico no transporte aéreo
       */
      title?: string;
      /**
       * @description First day in force (YYYY-MM-DD)
       * @example 2025-03-14
       */
      effectiveFrom: string;
      /**
       * @description Last day in force (YYYY-MM-DD); only memoranda, bilateral and multilateral agreements may omit it
       * @example 2027-03-13
       */
      effectiveUntil?: string;
    };
    /** @description A commitment of the work plan */
    CommitmentInput: {
      /**
       * @description What is to be done
       * @example Capacitar tripulações
       */
      description: string;
      /**
       * @description The party responsible (directory id)
       * @example 665f1c2e9b1e8a0012345678
       */
      responsibleInstitutionId: string;
      /**
       * @description Due date (YYYY-MM-DD)
       * @example 2025-12-31
       */
      dueDate: string;
    };
    /** @description Changes to a commitment */
    CommitmentUpdateInput: {
      /**
       * @description What is to be done
       * @example Capacitar tripulações
       */
      description?: string;
      /**
       * @description The party responsible (directory id)
       * @example 665f1c2e9b1e8a0012345678
       */
      responsibleInstitutionId?: string;
      /**
       * @description Due date (YYYY-MM-DD)
       * @example 2025-12-31
       */
      dueDate?: string;
      /**
       * @description New status (use complete for done)
       * @example in_progress
       * @enum {string}
       */
      status?: 'pending' | 'in_progress' | 'cancelled';
      /** @description Links showing the commitment was kept (replace the list) */
      evidence?: {
        /**
         * @description What it shows
         * @example Relatório de campanha
         */
        title: string;
        /**
         * Format: uri
         * @description Link to it
         */
        url: string;
      }[];
    };
    /** @description Completes a commitment, optionally adding evidence links */
    CommitmentCompletionInput: {
      /** @description Links showing the commitment was kept */
      evidence?: {
        /**
         * @description What it shows
         * @example Relatório de campanha
         */
        title: string;
        /**
         * Format: uri
         * @description Link to it
         */
        url: string;
      }[];
    };
    UpdateActivityInput: {
      /**
       * @description New status
       * @enum {string}
       */
      status?: 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'cancelled';
      /**
       * @description Lead institution (directory id); null removes it
       * @example 665f1c2e9b1e8a0012345678
       */
      leadInstitutionId?: string | null;
      /** @description Partner institutions (directory ids), replacing the current list */
      partnerInstitutionIds?: string[];
      /**
       * Format: date
       * @description Start date (YYYY-MM-DD, 2024–2028); null removes it
       * @example 2025-01-01
       */
      startDate?: string | null;
      /**
       * Format: date
       * @description Due date (YYYY-MM-DD, 2024–2028, not before the start); null removes it
       * @example 2026-12-31
       */
      dueDate?: string | null;
      /** @description Indicator definitions, replacing the current ones; values already recorded are kept by key */
      indicators?: {
        /**
         * @description Stable key within the activity (a-z, 0-9, - or _)
         * @example professionals-trained
         */
        key: string;
        /**
         * @description What it measures
         * @example Profissionais capacitados
         */
        name: string;
        /**
         * @description Unit; "people_trained" makes completed trainings count towards it
         * @example people_trained
         */
        unit: string;
        /**
         * @description Value at the start of the plan
         * @example 0
         */
        baseline: number;
        /**
         * @description Value to reach by the due date
         * @example 600
         */
        target: number;
        /** @description Whether completed trainings add their participants (default: unit is people_trained) */
        countsPeopleTrained?: boolean;
        /** @description Count only participants of these audiences */
        audiences?: (
          | 'justice_system'
          | 'law_enforcement'
          | 'health'
          | 'social_assistance'
          | 'education'
          | 'labour_inspection'
          | 'migration_services'
          | 'civil_society'
          | 'other'
        )[];
      }[];
    };
    SubmitReportInput: {
      /**
       * @description Reporting period: a quarter from 2024-Q1 to 2028-Q4
       * @example 2025-Q3
       */
      period: string;
      /**
       * @description Progress of the activity at the end of the period, 0–100
       * @example 40
       */
      progress: number;
      /** @description What was done in the period */
      narrative: string;
      /** @description Indicator values for the period */
      indicatorValues?: {
        /**
         * @description Key of one of the activity’s indicators
         * @example professionals-trained
         */
        indicatorKey: string;
        /**
         * @description Value for the report’s period
         * @example 120
         */
        value: number;
      }[];
      /** @description Evidence of the work */
      evidence?: {
        /**
         * @description What it is
         * @example Ata da reunião do CONATRAP
         */
        title: string;
        /**
         * Format: uri
         * @description Link to the document (http or https)
         * @example https://www.gov.br/mj/ata.pdf
         */
        url?: string;
        /** @description Details */
        description?: string;
      }[];
    };
    ReturnReportInput: {
      /** @description Why the report goes back to its submitter */
      reason: string;
    };
    CreateCaseInput: {
      /** @description The pseudonymous core (HTCDS fields) */
      core: {
        /** @enum {string} */
        gender: 'female' | 'male' | 'transgender' | 'other' | 'unknown';
        /** @enum {string} */
        ageGroup:
          '0-8' | '9-17' | '18-20' | '21-23' | '24-26' | '27-29' | '30-38' | '39-47' | '48+' | 'unknown';
        /**
         * @description Country, ISO 3166-1 alpha-2
         * @example PY
         */
        citizenship: string;
        identification: {
          /** @enum {string} */
          status: 'presumed' | 'identified';
          /** @description Who decided (role or body) */
          decidedBy: string;
        };
        exploitation: (
          | 'organ_removal'
          | 'slavery_like_labour'
          | 'servitude'
          | 'illegal_adoption'
          | 'sexual_exploitation'
          | 'forced_marriage'
          | 'forced_criminality'
          | 'begging'
        )[];
        /** @default [] */
        meansOfControl: (
          | 'debt_bondage'
          | 'document_retention'
          | 'threats'
          | 'physical_violence'
          | 'sexual_violence'
          | 'psychological_abuse'
          | 'restricted_movement'
          | 'withheld_earnings'
          | 'substance_dependence'
          | 'other'
        )[];
        /** @enum {string} */
        recruiterRelation:
          'intimate_partner' | 'family' | 'friend' | 'employer' | 'stranger' | 'other' | 'unknown';
        recruitmentPlace?:
          | {
              /**
               * @description The UF
               * @example MT
               * @enum {string}
               */
              uf:
                | 'AC'
                | 'AL'
                | 'AP'
                | 'AM'
                | 'BA'
                | 'CE'
                | 'DF'
                | 'ES'
                | 'GO'
                | 'MA'
                | 'MT'
                | 'MS'
                | 'MG'
                | 'PA'
                | 'PB'
                | 'PR'
                | 'PE'
                | 'PI'
                | 'RJ'
                | 'RN'
                | 'RS'
                | 'RO'
                | 'RR'
                | 'SC'
                | 'SP'
                | 'SE'
                | 'TO';
              /**
               * @description IBGE municipality code (7 digits)
               * @example 5103403
               */
              ibgeCode: string;
            }
          | {
              /**
               * @description Country, ISO 3166-1 alpha-2
               * @example PY
               */
              country: string;
            };
        exploitationPlace?:
          | {
              /**
               * @description The UF
               * @example MT
               * @enum {string}
               */
              uf:
                | 'AC'
                | 'AL'
                | 'AP'
                | 'AM'
                | 'BA'
                | 'CE'
                | 'DF'
                | 'ES'
                | 'GO'
                | 'MA'
                | 'MT'
                | 'MS'
                | 'MG'
                | 'PA'
                | 'PB'
                | 'PR'
                | 'PE'
                | 'PI'
                | 'RJ'
                | 'RN'
                | 'RS'
                | 'RO'
                | 'RR'
                | 'SC'
                | 'SP'
                | 'SE'
                | 'TO';
              /**
               * @description IBGE municipality code (7 digits)
               * @example 5103403
               */
              ibgeCode: string;
            }
          | {
              /**
               * @description Country, ISO 3166-1 alpha-2
               * @example PY
               */
              country: string;
            };
        /** Format: date */
        identifiedOn: string;
        /** Format: date */
        exploitationStartedOn?: string;
        /**
         * @description Disque 100 / Ligue 180 protocols, when the case came from a call there
         * @default []
         */
        protocols: {
          /**
           * @description The hotline: disque_100 or ligue_180
           * @example disque_100
           * @enum {string}
           */
          channel: 'disque_100' | 'ligue_180';
          /**
           * @description The protocol number given by the hotline (digits only)
           * @example 20261203004512
           */
          number: string;
        }[];
      };
      /** @description Consent, or the legal basis used without it */
      consent:
        | {
            /** @enum {string} */
            status: 'given';
            /**
             * Format: date-time
             * @description When the person gave consent (not in the future)
             */
            at: string;
            /**
             * @description How the consent was recorded
             * @example signed_form
             * @enum {string}
             */
            recordedHow: 'signed_form' | 'recorded_audio' | 'witnessed_verbal';
          }
        | {
            /** @enum {string} */
            status: 'refused' | 'not_obtainable';
            /**
             * @description LGPD art. 11 II letter, e.g. b (public policy) or e (protection of life)
             * @example e
             * @enum {string}
             */
            legalBasis?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
          };
      /** @description Identifiers, sealed field by field by the service and never echoed */
      identifiers?: {
        name?: string;
        socialName?: string;
        cpf?: string;
        passport?: string;
        rnm?: string;
        phone?: string;
        address?: string;
      };
    };
    /** @description Which identifier to look for, and why */
    CaseLookupInput:
      | {
          /** @enum {string} */
          by: 'cpf';
          /**
           * @description CPF, with or without punctuation
           * @example 529.982.247-25
           */
          cpf: string;
          /**
           * @description Why the earlier cases of this person are looked for (audited)
           * @example Checking for an earlier case before opening a new one
           */
          purpose: string;
        }
      | {
          /** @enum {string} */
          by: 'passport';
          /**
           * @description Passport number (letters and digits)
           * @example FZ123456
           */
          passport: string;
          /**
           * @description Why the earlier cases of this person are looked for (audited)
           * @example Checking for an earlier case before opening a new one
           */
          purpose: string;
        };
    IdentifierReadInput: {
      /**
       * @description Why the identifiers are needed (audited)
       * @example Scheduling shelter intake
       */
      purpose: string;
    };
    /** @description The new consent state: given, refused or not obtainable (with a basis), or withdrawn */
    ConsentChangeInput:
      | {
          /** @enum {string} */
          status: 'given';
          /**
           * Format: date-time
           * @description When the person gave consent (not in the future)
           */
          at: string;
          /**
           * @description How the consent was recorded
           * @example signed_form
           * @enum {string}
           */
          recordedHow: 'signed_form' | 'recorded_audio' | 'witnessed_verbal';
        }
      | {
          /** @enum {string} */
          status: 'refused' | 'not_obtainable';
          /**
           * @description LGPD art. 11 II letter, e.g. b (public policy) or e (protection of life)
           * @example e
           * @enum {string}
           */
          legalBasis?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
        }
      | {
          /** @enum {string} */
          status: 'withdrawn';
          /**
           * @description A basis of LGPD art. 11 II that still applies without consent (e.g. e, protection of life). Without one, the receivers of the case’s referrals stop seeing its identifiers.
           * @example e
           * @enum {string}
           */
          legalBasis?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
        };
    SendReferralInput: {
      /**
       * @description Resource id (24 lowercase hex characters)
       * @example 665f1c2e9b1e8a0012345678
       */
      caseId: string;
      /**
       * @description Resource id (24 lowercase hex characters)
       * @example 665f1c2e9b1e8a0012345678
       */
      receiverInstitutionId: string;
      /**
       * @description The service the case needs
       * @example shelter
       * @enum {string}
       */
      service:
        | 'shelter'
        | 'health'
        | 'psychosocial_care'
        | 'legal_aid'
        | 'documentation_regularization'
        | 'repatriation_consular'
        | 'labour_rights'
        | 'protection_programme'
        | 'investigation';
      /**
       * @description Answer deadline: life_risk 4 h, high 24 h, normal 72 h
       * @example high
       * @enum {string}
       */
      urgency: 'life_risk' | 'high' | 'normal';
      /** @description A note for the receiver (no identifiers) */
      note?: string;
    };
    ReferralTransitionInput:
      | {
          /** @enum {string} */
          to: 'accepted';
        }
      | {
          /** @enum {string} */
          to: 'rejected';
          reason: string;
        }
      | {
          /** @enum {string} */
          to: 'in_progress';
        }
      | {
          /** @enum {string} */
          to: 'completed';
          outcome: string;
        }
      | {
          /** @enum {string} */
          to: 'revoked';
          reason: string;
        };
    CreateCurriculumModule: {
      /**
       * @description Module title
       * @example Conceitos e marco legal
       */
      title: string;
      /**
       * @description Workload in hours
       * @example 4
       */
      hours: number;
      /**
       * @description Learning objectives
       * @example [
       *       "Reconhecer os elementos do art. 149-A"
       *     ]
       */
      objectives: string[];
      /**
       * @description Target audiences
       * @example [
       *       "justice_system"
       *     ]
       */
      audiences: (
        | 'justice_system'
        | 'law_enforcement'
        | 'health'
        | 'social_assistance'
        | 'education'
        | 'labour_inspection'
        | 'migration_services'
        | 'civil_society'
        | 'other'
      )[];
      /**
       * @description IV Plano activity codes served
       * @example [
       *       "1.4.2"
       *     ]
       */
      activityCodes: string[];
    };
    UpdateCurriculumModule: {
      /**
       * @description Module title
       * @example Conceitos e marco legal
       */
      title?: string;
      /**
       * @description Workload in hours
       * @example 4
       */
      hours?: number;
      /**
       * @description Learning objectives
       * @example [
       *       "Reconhecer os elementos do art. 149-A"
       *     ]
       */
      objectives?: string[];
      /**
       * @description Target audiences
       * @example [
       *       "justice_system"
       *     ]
       */
      audiences?: (
        | 'justice_system'
        | 'law_enforcement'
        | 'health'
        | 'social_assistance'
        | 'education'
        | 'labour_inspection'
        | 'migration_services'
        | 'civil_society'
        | 'other'
      )[];
      /**
       * @description IV Plano activity codes served
       * @example [
       *       "1.4.2"
       *     ]
       */
      activityCodes?: string[];
    };
    CreateExpert: {
      /**
       * @description Full name
       * @example Dra. Ana Exemplo
       */
      name: string;
      /**
       * Format: email
       * @description Professional email
       * @example maria.souza@example.org
       */
      email: string;
      /**
       * @description Id (24 lowercase hex characters)
       * @example 665f1c2e9b1e8a0012345678
       */
      institutionId: string;
      /**
       * @description Areas of expertise
       * @example [
       *       "jurisprudência"
       *     ]
       */
      areas: string[];
      /**
       * @description Languages (BCP 47)
       * @example [
       *       "pt",
       *       "es"
       *     ]
       */
      languages: string[];
      /**
       * @description State where the expert works
       * @enum {string}
       */
      uf?:
        | 'AC'
        | 'AL'
        | 'AP'
        | 'AM'
        | 'BA'
        | 'CE'
        | 'DF'
        | 'ES'
        | 'GO'
        | 'MA'
        | 'MT'
        | 'MS'
        | 'MG'
        | 'PA'
        | 'PB'
        | 'PR'
        | 'PE'
        | 'PI'
        | 'RJ'
        | 'RN'
        | 'RS'
        | 'RO'
        | 'RR'
        | 'SC'
        | 'SP'
        | 'SE'
        | 'TO';
      /** @description The recorded consent; without it nobody is listed */
      consent: {
        /**
         * @description The expert agreed to be listed
         * @enum {boolean}
         */
        given: true;
        /** @description What the expert agreed to, as recorded */
        statement: string;
      };
    };
    CreateTrainingEvent: {
      /**
       * @description Course title
       * @example Jurisprudência sul-americana
       */
      title: string;
      /** @description What the course covers */
      description?: string;
      /**
       * @description in_person, online or hybrid
       * @enum {string}
       */
      modality: 'in_person' | 'online' | 'hybrid';
      /** @description Where it happens; required unless the course is online */
      place?: {
        /**
         * @description State (UF)
         * @example SP
         * @enum {string}
         */
        uf:
          | 'AC'
          | 'AL'
          | 'AP'
          | 'AM'
          | 'BA'
          | 'CE'
          | 'DF'
          | 'ES'
          | 'GO'
          | 'MA'
          | 'MT'
          | 'MS'
          | 'MG'
          | 'PA'
          | 'PB'
          | 'PR'
          | 'PE'
          | 'PI'
          | 'RJ'
          | 'RN'
          | 'RS'
          | 'RO'
          | 'RR'
          | 'SC'
          | 'SP'
          | 'SE'
          | 'TO';
        /**
         * @description IBGE municipality code
         * @example 3550308
         */
        municipalityCode: string;
      };
      /**
       * @description Time zone of the sessions
       * @example America/Sao_Paulo
       * @enum {string}
       */
      timezone:
        | 'America/Noronha'
        | 'America/Belem'
        | 'America/Fortaleza'
        | 'America/Recife'
        | 'America/Araguaina'
        | 'America/Maceio'
        | 'America/Bahia'
        | 'America/Sao_Paulo'
        | 'America/Campo_Grande'
        | 'America/Cuiaba'
        | 'America/Santarem'
        | 'America/Porto_Velho'
        | 'America/Boa_Vista'
        | 'America/Manaus'
        | 'America/Eirunepe'
        | 'America/Rio_Branco';
      /** @description Sessions, each with start and end */
      sessions: {
        /**
         * Format: date-time
         * @example 2025-03-10T14:00:00-03:00
         */
        start: string;
        /**
         * Format: date-time
         * @example 2025-03-10T18:00:00-03:00
         */
        end: string;
      }[];
      /**
       * @description Seats
       * @example 40
       */
      capacity: number;
      /**
       * @description Target audiences
       * @example [
       *       "justice_system"
       *     ]
       */
      audiences: (
        | 'justice_system'
        | 'law_enforcement'
        | 'health'
        | 'social_assistance'
        | 'education'
        | 'labour_inspection'
        | 'migration_services'
        | 'civil_society'
        | 'other'
      )[];
      /**
       * @description Id (24 lowercase hex characters)
       * @example 665f1c2e9b1e8a0012345678
       */
      organiserInstitutionId: string;
      /** @description Partner institutions (directory ids) */
      partnerInstitutionIds?: string[];
      /**
       * @description Partnership agreement the course belongs to (e.g. EUROFRONT), once signed (TRAINING.UNKNOWN_REFERENCE otherwise)
       * @example 665f1c2e9b1e8a0012345678
       */
      partnershipId?: string;
      /** @description Instructors, from the expert bank */
      instructorIds?: string[];
      /** @description Curriculum modules taught */
      moduleIds?: string[];
      /**
       * @description IV Plano activity codes served
       * @example [
       *       "1.4.2"
       *     ]
       */
      activityCodes?: string[];
      /** @description Certificate rule; 75 % of the hours unless set */
      completionRule?: {
        /**
         * @description Share of hours to attend
         * @example 0.75
         */
        minAttendanceShare: number;
      };
    };
    /** @description Changes to a course; null clears description or partnershipId */
    UpdateTrainingEvent: {
      /**
       * @description Course title
       * @example Jurisprudência sul-americana
       */
      title?: string;
      /** @description What the course covers */
      description?: string | null;
      /**
       * @description Seats: never fewer than the people holding one; more seats take people off the waiting list
       * @example 60
       */
      capacity?: number;
      /**
       * @description Target audiences
       * @example [
       *       "justice_system"
       *     ]
       */
      audiences?: (
        | 'justice_system'
        | 'law_enforcement'
        | 'health'
        | 'social_assistance'
        | 'education'
        | 'labour_inspection'
        | 'migration_services'
        | 'civil_society'
        | 'other'
      )[];
      /** @description Partner institutions (directory ids) */
      partnerInstitutionIds?: string[];
      /**
       * @description Partnership agreement the course belongs to (e.g. EUROFRONT), once signed (TRAINING.UNKNOWN_REFERENCE otherwise)
       * @example 665f1c2e9b1e8a0012345678
       */
      partnershipId?: string | null;
      /** @description Instructors, from the expert bank */
      instructorIds?: string[];
      /** @description Curriculum modules taught */
      moduleIds?: string[];
      /**
       * @description IV Plano activity codes served
       * @example [
       *       "1.4.2"
       *     ]
       */
      activityCodes?: string[];
      /** @description Certificate rule; 75 % of the hours unless set */
      completionRule?: {
        /**
         * @description Share of hours to attend
         * @example 0.75
         */
        minAttendanceShare: number;
      };
    };
    TrainingTransition: {
      /**
       * @description open, in_progress or cancelled
       * @enum {string}
       */
      to: 'open' | 'in_progress' | 'cancelled';
    };
    TrainingParticipant: {
      /**
       * @description Full name
       * @example Maria Exemplo
       */
      name: string;
      /**
       * Format: email
       * @description Professional email
       * @example maria.souza@example.org
       */
      email: string;
      /**
       * @description CPF (optional), 11 digits with or without punctuation
       * @example 529.982.247-25
       */
      cpf?: string;
      /**
       * @description Id (24 lowercase hex characters)
       * @example 665f1c2e9b1e8a0012345678
       */
      institutionId?: string;
      /**
       * @description Professional field
       * @example health
       * @enum {string}
       */
      audience:
        | 'justice_system'
        | 'law_enforcement'
        | 'health'
        | 'social_assistance'
        | 'education'
        | 'labour_inspection'
        | 'migration_services'
        | 'civil_society'
        | 'other';
      /**
       * @description State where the participant works
       * @enum {string}
       */
      uf?:
        | 'AC'
        | 'AL'
        | 'AP'
        | 'AM'
        | 'BA'
        | 'CE'
        | 'DF'
        | 'ES'
        | 'GO'
        | 'MA'
        | 'MT'
        | 'MS'
        | 'MG'
        | 'PA'
        | 'PB'
        | 'PR'
        | 'PE'
        | 'PI'
        | 'RJ'
        | 'RN'
        | 'RS'
        | 'RO'
        | 'RR'
        | 'SC'
        | 'SP'
        | 'SE'
        | 'TO';
    };
    ParticipantsImport: {
      /** @description UTF-8 CSV (BOM optional, comma or semicolon): name,email,cpf,audience,uf,institutionId */
      csv: string;
    };
    SessionAttendance: {
      /** @description Everyone present at the session (replaces what was recorded for it) */
      presentEnrolmentIds: string[];
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
  GatewayHealthController_health: {
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
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  InstitutionsController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only institutions of this kind */
        kind?:
          | 'federal_body'
          | 'state_body'
          | 'municipal_body'
          | 'justice_system'
          | 'civil_society'
          | 'international_organization'
          | 'private_company'
          | 'foreign_government';
        /** @description Only members of this network */
        network?: 'CONATRAP' | 'NETP' | 'PAAHM' | 'STATE_COMMITTEE';
        /** @description Only institutions based in this state */
        uf?:
          | 'AC'
          | 'AL'
          | 'AP'
          | 'AM'
          | 'BA'
          | 'CE'
          | 'DF'
          | 'ES'
          | 'GO'
          | 'MA'
          | 'MT'
          | 'MS'
          | 'MG'
          | 'PA'
          | 'PB'
          | 'PR'
          | 'PE'
          | 'PI'
          | 'RJ'
          | 'RN'
          | 'RS'
          | 'RO'
          | 'RR'
          | 'SC'
          | 'SP'
          | 'SE'
          | 'TO';
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
          'application/json': {
            /** @description This page of institutions */
            items: {
              /** @description Institution id */
              id: string;
              /** @description Official name */
              name: string;
              /** @description Acronym */
              acronym: string;
              /**
               * @description Kind of institution
               * @enum {string}
               */
              kind:
                | 'federal_body'
                | 'state_body'
                | 'municipal_body'
                | 'justice_system'
                | 'civil_society'
                | 'international_organization'
                | 'private_company'
                | 'foreign_government';
              /** @description CNPJ (14 digits, or 12 digits or letters then 2 digits) */
              cnpj?: string;
              /**
               * @description Federative unit
               * @enum {string}
               */
              uf?:
                | 'AC'
                | 'AL'
                | 'AP'
                | 'AM'
                | 'BA'
                | 'CE'
                | 'DF'
                | 'ES'
                | 'GO'
                | 'MA'
                | 'MT'
                | 'MS'
                | 'MG'
                | 'PA'
                | 'PB'
                | 'PR'
                | 'PE'
                | 'PI'
                | 'RJ'
                | 'RN'
                | 'RS'
                | 'RO'
                | 'RR'
                | 'SC'
                | 'SP'
                | 'SE'
                | 'TO';
              /** @description IBGE municipality code */
              municipalityCode?: string;
              /** @description Networks it takes part in */
              networks: ('CONATRAP' | 'NETP' | 'PAAHM' | 'STATE_COMMITTEE')[];
              /** @description Version, incremented on every change (optimistic concurrency) */
              version: number;
              /**
               * Format: date-time
               * @description Creation time (ISO 8601, UTC)
               */
              createdAt: string;
              /**
               * Format: date-time
               * @description Last change (ISO 8601, UTC)
               */
              updatedAt: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  InstitutionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInstitutionInput'];
      };
    };
    responses: {
      /** @description The new institution, with its id */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Institution id */
            id: string;
            /** @description Official name */
            name: string;
            /** @description Acronym */
            acronym: string;
            /**
             * @description Kind of institution
             * @enum {string}
             */
            kind:
              | 'federal_body'
              | 'state_body'
              | 'municipal_body'
              | 'justice_system'
              | 'civil_society'
              | 'international_organization'
              | 'private_company'
              | 'foreign_government';
            /** @description CNPJ (14 digits, or 12 digits or letters then 2 digits) */
            cnpj?: string;
            /**
             * @description Federative unit
             * @enum {string}
             */
            uf?:
              | 'AC'
              | 'AL'
              | 'AP'
              | 'AM'
              | 'BA'
              | 'CE'
              | 'DF'
              | 'ES'
              | 'GO'
              | 'MA'
              | 'MT'
              | 'MS'
              | 'MG'
              | 'PA'
              | 'PB'
              | 'PR'
              | 'PE'
              | 'PI'
              | 'RJ'
              | 'RN'
              | 'RS'
              | 'RO'
              | 'RR'
              | 'SC'
              | 'SP'
              | 'SE'
              | 'TO';
            /** @description IBGE municipality code */
            municipalityCode?: string;
            /** @description Networks it takes part in */
            networks: ('CONATRAP' | 'NETP' | 'PAAHM' | 'STATE_COMMITTEE')[];
            /** @description Version, incremented on every change (optimistic concurrency) */
            version: number;
            /**
             * Format: date-time
             * @description Creation time (ISO 8601, UTC)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change (ISO 8601, UTC)
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  InstitutionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Resource id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Institution id */
            id: string;
            /** @description Official name */
            name: string;
            /** @description Acronym */
            acronym: string;
            /**
             * @description Kind of institution
             * @enum {string}
             */
            kind:
              | 'federal_body'
              | 'state_body'
              | 'municipal_body'
              | 'justice_system'
              | 'civil_society'
              | 'international_organization'
              | 'private_company'
              | 'foreign_government';
            /** @description CNPJ (14 digits, or 12 digits or letters then 2 digits) */
            cnpj?: string;
            /**
             * @description Federative unit
             * @enum {string}
             */
            uf?:
              | 'AC'
              | 'AL'
              | 'AP'
              | 'AM'
              | 'BA'
              | 'CE'
              | 'DF'
              | 'ES'
              | 'GO'
              | 'MA'
              | 'MT'
              | 'MS'
              | 'MG'
              | 'PA'
              | 'PB'
              | 'PR'
              | 'PE'
              | 'PI'
              | 'RJ'
              | 'RN'
              | 'RS'
              | 'RO'
              | 'RR'
              | 'SC'
              | 'SP'
              | 'SE'
              | 'TO';
            /** @description IBGE municipality code */
            municipalityCode?: string;
            /** @description Networks it takes part in */
            networks: ('CONATRAP' | 'NETP' | 'PAAHM' | 'STATE_COMMITTEE')[];
            /** @description Version, incremented on every change (optimistic concurrency) */
            version: number;
            /**
             * Format: date-time
             * @description Creation time (ISO 8601, UTC)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change (ISO 8601, UTC)
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  InstitutionsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Change only if the resource is still at this version: the ETag of a previous read, e.g. "3" (412 otherwise), or * for any version. Without it the change is merged into the latest version. */
        'If-Match'?: string;
      };
      path: {
        /** @description Resource id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateInstitutionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Institution id */
            id: string;
            /** @description Official name */
            name: string;
            /** @description Acronym */
            acronym: string;
            /**
             * @description Kind of institution
             * @enum {string}
             */
            kind:
              | 'federal_body'
              | 'state_body'
              | 'municipal_body'
              | 'justice_system'
              | 'civil_society'
              | 'international_organization'
              | 'private_company'
              | 'foreign_government';
            /** @description CNPJ (14 digits, or 12 digits or letters then 2 digits) */
            cnpj?: string;
            /**
             * @description Federative unit
             * @enum {string}
             */
            uf?:
              | 'AC'
              | 'AL'
              | 'AP'
              | 'AM'
              | 'BA'
              | 'CE'
              | 'DF'
              | 'ES'
              | 'GO'
              | 'MA'
              | 'MT'
              | 'MS'
              | 'MG'
              | 'PA'
              | 'PB'
              | 'PR'
              | 'PE'
              | 'PI'
              | 'RJ'
              | 'RN'
              | 'RS'
              | 'RO'
              | 'RR'
              | 'SC'
              | 'SP'
              | 'SE'
              | 'TO';
            /** @description IBGE municipality code */
            municipalityCode?: string;
            /** @description Networks it takes part in */
            networks: ('CONATRAP' | 'NETP' | 'PAAHM' | 'STATE_COMMITTEE')[];
            /** @description Version, incremented on every change (optimistic concurrency) */
            version: number;
            /**
             * Format: date-time
             * @description Creation time (ISO 8601, UTC)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change (ISO 8601, UTC)
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names a version that is no longer current: nothing changed; reload and retry */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanController_axes: {
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
          'application/json': {
            /** @description The plan’s five axes, in order */
            items: {
              /**
               * @description Axis number (1–5)
               * @example 2
               */
              number: number;
              /**
               * @description Title (Portuguese)
               * @example Prevenção
               */
              title: string;
              /** @description What the axis covers (Portuguese) */
              description: string;
            }[];
          };
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanController_actions: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only this axis (1–5) */
        axis?: number;
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
          'application/json': {
            /** @description This page of priority actions, in code order */
            items: {
              /**
               * @description Priority action code
               * @example 2.5
               */
              code: string;
              /**
               * @description Axis number
               * @example 2
               */
              axis: number;
              /** @description Title (Portuguese) */
              title: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanController_dashboard: {
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
          'application/json': {
            /** @description The UTC day "overdue" refers to (YYYY-MM-DD) */
            asOf: string;
            /** @description Figures per axis */
            axes: {
              /** @description Number of activities */
              activities: number;
              /** @description Activities per status */
              byStatus: {
                [key: string]: number;
              };
              /** @description Mean progress of the activities not cancelled (0 when there are none), one decimal */
              meanProgress: number;
              /** @description Due date passed, not completed or cancelled */
              overdue: number;
              /** @description Overdue or with status delayed */
              late: number;
              /** @description Reports awaiting a decision */
              reportsPending: number;
              /** @description Per institution */
              institutions: {
                /** @description Institution (directory id) */
                institutionId: string;
                /** @description Acronym, when known */
                acronym?: string;
                /** @description Name, when known */
                name?: string;
                /** @description Activities it leads */
                led: number;
                /** @description Of those, how many are late (overdue or delayed) */
                late: number;
                /** @description Reports its people submitted that await a decision */
                reportsPending: number;
              }[];
              /** @description Axis number */
              axis: number;
              /** @description Axis title */
              title: string;
            }[];
            /** @description Figures for the whole plan */
            overall: {
              /** @description Number of activities */
              activities: number;
              /** @description Activities per status */
              byStatus: {
                [key: string]: number;
              };
              /** @description Mean progress of the activities not cancelled (0 when there are none), one decimal */
              meanProgress: number;
              /** @description Due date passed, not completed or cancelled */
              overdue: number;
              /** @description Overdue or with status delayed */
              late: number;
              /** @description Reports awaiting a decision */
              reportsPending: number;
              /** @description Per institution */
              institutions: {
                /** @description Institution (directory id) */
                institutionId: string;
                /** @description Acronym, when known */
                acronym?: string;
                /** @description Name, when known */
                name?: string;
                /** @description Activities it leads */
                led: number;
                /** @description Of those, how many are late (overdue or delayed) */
                late: number;
                /** @description Reports its people submitted that await a decision */
                reportsPending: number;
              }[];
            };
          };
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only this axis (1–5) */
        axis?: number;
        /** @description Only this priority action */
        action?: string;
        /** @description Only activities with this status */
        status?: 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'cancelled';
        /** @description Only activities this institution leads or is a partner of (directory id) */
        institution?: string;
        /** @description Text to find in the code or text, ignoring case and accents */
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
          'application/json': {
            /** @description This page of activities, in code order */
            items: {
              /**
               * @description Activity code
               * @example 2.5.1
               */
              code: string;
              /** @description Axis number */
              axis: number;
              /**
               * @description Priority action code
               * @example 2.5
               */
              action: string;
              /** @description Text of the activity (Portuguese) */
              text: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'cancelled';
              /** @description Progress 0–100, moved only by approved reports */
              progress: number;
              /** @description Period of the approved report that set the progress */
              progressPeriod?: string;
              /** @description Lead institution (directory id) */
              leadInstitutionId?: string;
              /** @description Partner institutions (directory ids) */
              partnerInstitutionIds: string[];
              /** @description Start date (YYYY-MM-DD) */
              startDate?: string;
              /** @description Due date (YYYY-MM-DD) */
              dueDate?: string;
              /** @description Due date passed without completion or cancellation */
              overdue: boolean;
              /** @description Version, incremented on every change (the ETag) */
              version: number;
              /**
               * Format: date-time
               * @description Last change (ISO 8601, UTC)
               */
              updatedAt: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Activity code
             * @example 2.5.1
             */
            code: string;
            /** @description Axis number */
            axis: number;
            /**
             * @description Priority action code
             * @example 2.5
             */
            action: string;
            /** @description Text of the activity (Portuguese) */
            text: string;
            /**
             * @description Status
             * @enum {string}
             */
            status: 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'cancelled';
            /** @description Progress 0–100, moved only by approved reports */
            progress: number;
            /** @description Period of the approved report that set the progress */
            progressPeriod?: string;
            /** @description Lead institution (directory id) */
            leadInstitutionId?: string;
            /** @description Partner institutions (directory ids) */
            partnerInstitutionIds: string[];
            /** @description Start date (YYYY-MM-DD) */
            startDate?: string;
            /** @description Due date (YYYY-MM-DD) */
            dueDate?: string;
            /** @description Due date passed without completion or cancellation */
            overdue: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description Last change (ISO 8601, UTC)
             */
            updatedAt: string;
            /** @description Indicators with their values per period */
            indicators: {
              /**
               * @description Stable key within the activity
               * @example professionals-trained
               */
              key: string;
              /** @description What it measures */
              name: string;
              /** @description Unit */
              unit: string;
              /** @description Value at the start of the plan */
              baseline: number;
              /** @description Value to reach */
              target: number;
              /** @description Whether completed trainings add their participants (only those of audiences, if given) */
              countsPeopleTrained: boolean;
              /** @description Audiences counted (all when absent) */
              audiences?: (
                | 'justice_system'
                | 'law_enforcement'
                | 'health'
                | 'social_assistance'
                | 'education'
                | 'labour_inspection'
                | 'migration_services'
                | 'civil_society'
                | 'other'
              )[];
              /** @description Value per reporting period */
              values: {
                /**
                 * @description Reporting period
                 * @example 2025-Q3
                 */
                period: string;
                /** @description Value for that period */
                value: number;
              }[];
            }[];
            /** @description The latest evidence (trainings, agreements, reports), oldest first; all of it at /evidence */
            evidence: {
              /** @description Evidence id within the activity */
              id: string;
              /**
               * @description Where it comes from
               * @enum {string}
               */
              kind: 'training' | 'partnership' | 'report' | 'manual';
              /** @description Title */
              title: string;
              /** @description When it happened (ISO 8601, UTC) */
              date: string;
              /** @description Description */
              description?: string;
              /** @description Link to a document */
              url?: string;
              /** @description The training, agreement or report it comes from */
              sourceId?: string;
              /** @description The event that recorded it (trainings and agreements) */
              sourceEventId?: string;
              /** @description Participants by audience (trainings) */
              participants?: {
                /**
                 * @description Professional field of the participants
                 * @enum {string}
                 */
                audience:
                  | 'justice_system'
                  | 'law_enforcement'
                  | 'health'
                  | 'social_assistance'
                  | 'education'
                  | 'labour_inspection'
                  | 'migration_services'
                  | 'civil_society'
                  | 'other';
                /** @description How many took part */
                count: number;
              }[];
              /** @description Institutions involved (agreements) */
              institutionIds?: string[];
            }[];
            /** @description How much evidence the activity has in all */
            evidenceCount: number;
            /**
             * Format: date-time
             * @description Creation time (ISO 8601, UTC)
             */
            createdAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Change only if the resource is still at this version: the ETag of a previous read, e.g. "3" (412 otherwise), or * for any version. Without it the change is merged into the latest version. */
        'If-Match'?: string;
      };
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateActivityInput'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Activity code
             * @example 2.5.1
             */
            code: string;
            /** @description Axis number */
            axis: number;
            /**
             * @description Priority action code
             * @example 2.5
             */
            action: string;
            /** @description Text of the activity (Portuguese) */
            text: string;
            /**
             * @description Status
             * @enum {string}
             */
            status: 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'cancelled';
            /** @description Progress 0–100, moved only by approved reports */
            progress: number;
            /** @description Period of the approved report that set the progress */
            progressPeriod?: string;
            /** @description Lead institution (directory id) */
            leadInstitutionId?: string;
            /** @description Partner institutions (directory ids) */
            partnerInstitutionIds: string[];
            /** @description Start date (YYYY-MM-DD) */
            startDate?: string;
            /** @description Due date (YYYY-MM-DD) */
            dueDate?: string;
            /** @description Due date passed without completion or cancellation */
            overdue: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description Last change (ISO 8601, UTC)
             */
            updatedAt: string;
            /** @description Indicators with their values per period */
            indicators: {
              /**
               * @description Stable key within the activity
               * @example professionals-trained
               */
              key: string;
              /** @description What it measures */
              name: string;
              /** @description Unit */
              unit: string;
              /** @description Value at the start of the plan */
              baseline: number;
              /** @description Value to reach */
              target: number;
              /** @description Whether completed trainings add their participants (only those of audiences, if given) */
              countsPeopleTrained: boolean;
              /** @description Audiences counted (all when absent) */
              audiences?: (
                | 'justice_system'
                | 'law_enforcement'
                | 'health'
                | 'social_assistance'
                | 'education'
                | 'labour_inspection'
                | 'migration_services'
                | 'civil_society'
                | 'other'
              )[];
              /** @description Value per reporting period */
              values: {
                /**
                 * @description Reporting period
                 * @example 2025-Q3
                 */
                period: string;
                /** @description Value for that period */
                value: number;
              }[];
            }[];
            /** @description The latest evidence (trainings, agreements, reports), oldest first; all of it at /evidence */
            evidence: {
              /** @description Evidence id within the activity */
              id: string;
              /**
               * @description Where it comes from
               * @enum {string}
               */
              kind: 'training' | 'partnership' | 'report' | 'manual';
              /** @description Title */
              title: string;
              /** @description When it happened (ISO 8601, UTC) */
              date: string;
              /** @description Description */
              description?: string;
              /** @description Link to a document */
              url?: string;
              /** @description The training, agreement or report it comes from */
              sourceId?: string;
              /** @description The event that recorded it (trainings and agreements) */
              sourceEventId?: string;
              /** @description Participants by audience (trainings) */
              participants?: {
                /**
                 * @description Professional field of the participants
                 * @enum {string}
                 */
                audience:
                  | 'justice_system'
                  | 'law_enforcement'
                  | 'health'
                  | 'social_assistance'
                  | 'education'
                  | 'labour_inspection'
                  | 'migration_services'
                  | 'civil_society'
                  | 'other';
                /** @description How many took part */
                count: number;
              }[];
              /** @description Institutions involved (agreements) */
              institutionIds?: string[];
            }[];
            /** @description How much evidence the activity has in all */
            evidenceCount: number;
            /**
             * Format: date-time
             * @description Creation time (ISO 8601, UTC)
             */
            createdAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names a version that is no longer current: nothing changed; reload and retry */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_evidence: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
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
          'application/json': {
            /** @description This page of evidence, in the order it was recorded */
            items: {
              /** @description Evidence id within the activity */
              id: string;
              /**
               * @description Where it comes from
               * @enum {string}
               */
              kind: 'training' | 'partnership' | 'report' | 'manual';
              /** @description Title */
              title: string;
              /** @description When it happened (ISO 8601, UTC) */
              date: string;
              /** @description Description */
              description?: string;
              /** @description Link to a document */
              url?: string;
              /** @description The training, agreement or report it comes from */
              sourceId?: string;
              /** @description The event that recorded it (trainings and agreements) */
              sourceEventId?: string;
              /** @description Participants by audience (trainings) */
              participants?: {
                /**
                 * @description Professional field of the participants
                 * @enum {string}
                 */
                audience:
                  | 'justice_system'
                  | 'law_enforcement'
                  | 'health'
                  | 'social_assistance'
                  | 'education'
                  | 'labour_inspection'
                  | 'migration_services'
                  | 'civil_society'
                  | 'other';
                /** @description How many took part */
                count: number;
              }[];
              /** @description Institutions involved (agreements) */
              institutionIds?: string[];
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_reports: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only reports with this status */
        status?: 'pending' | 'approved' | 'returned';
      };
      header?: never;
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
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
          'application/json': {
            /** @description This page of reports, oldest first */
            items: {
              /** @description Report id */
              id: string;
              /** @description Activity code */
              activityCode: string;
              /**
               * @description Reporting period
               * @example 2025-Q3
               */
              period: string;
              /** @description Progress reported, 0–100 */
              progress: number;
              /** @description What was done */
              narrative: string;
              /** @description Indicator values reported */
              indicatorValues: {
                /**
                 * @description Key of one of the activity’s indicators
                 * @example professionals-trained
                 */
                indicatorKey: string;
                /**
                 * @description Value for the report’s period
                 * @example 120
                 */
                value: number;
              }[];
              /** @description Evidence reported */
              evidence: {
                /**
                 * @description What it is
                 * @example Ata da reunião do CONATRAP
                 */
                title: string;
                /** @description Link to the document (http or https) */
                url?: string;
                /** @description Details */
                description?: string;
              }[];
              /**
               * @description pending until a coordinator approves or returns it
               * @enum {string}
               */
              status: 'pending' | 'approved' | 'returned';
              /** @description Who submitted it */
              submittedBy: {
                /** @description API client id */
                clientId: string;
                /** @description Institution the client acts for */
                institutionId: string;
              };
              /**
               * Format: date-time
               * @description Submission time (ISO 8601, UTC)
               */
              submittedAt: string;
              /** @description Who decided it */
              decidedBy?: {
                /** @description API client id */
                clientId: string;
                /** @description Institution the client acts for */
                institutionId: string;
              };
              /**
               * Format: date-time
               * @description Decision time (ISO 8601, UTC)
               */
              decidedAt?: string;
              /** @description Why it was returned */
              reason?: string;
              /** @description Version, incremented on every change */
              version: number;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitReportInput'];
      };
    };
    responses: {
      /** @description The pending report, with its id */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Report id */
            id: string;
            /** @description Activity code */
            activityCode: string;
            /**
             * @description Reporting period
             * @example 2025-Q3
             */
            period: string;
            /** @description Progress reported, 0–100 */
            progress: number;
            /** @description What was done */
            narrative: string;
            /** @description Indicator values reported */
            indicatorValues: {
              /**
               * @description Key of one of the activity’s indicators
               * @example professionals-trained
               */
              indicatorKey: string;
              /**
               * @description Value for the report’s period
               * @example 120
               */
              value: number;
            }[];
            /** @description Evidence reported */
            evidence: {
              /**
               * @description What it is
               * @example Ata da reunião do CONATRAP
               */
              title: string;
              /** @description Link to the document (http or https) */
              url?: string;
              /** @description Details */
              description?: string;
            }[];
            /**
             * @description pending until a coordinator approves or returns it
             * @enum {string}
             */
            status: 'pending' | 'approved' | 'returned';
            /** @description Who submitted it */
            submittedBy: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Submission time (ISO 8601, UTC)
             */
            submittedAt: string;
            /** @description Who decided it */
            decidedBy?: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Decision time (ISO 8601, UTC)
             */
            decidedAt?: string;
            /** @description Why it was returned */
            reason?: string;
            /** @description Version, incremented on every change */
            version: number;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles coordinator, agency, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
        /** @description Report id */
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
          'application/json': {
            /** @description Report id */
            id: string;
            /** @description Activity code */
            activityCode: string;
            /**
             * @description Reporting period
             * @example 2025-Q3
             */
            period: string;
            /** @description Progress reported, 0–100 */
            progress: number;
            /** @description What was done */
            narrative: string;
            /** @description Indicator values reported */
            indicatorValues: {
              /**
               * @description Key of one of the activity’s indicators
               * @example professionals-trained
               */
              indicatorKey: string;
              /**
               * @description Value for the report’s period
               * @example 120
               */
              value: number;
            }[];
            /** @description Evidence reported */
            evidence: {
              /**
               * @description What it is
               * @example Ata da reunião do CONATRAP
               */
              title: string;
              /** @description Link to the document (http or https) */
              url?: string;
              /** @description Details */
              description?: string;
            }[];
            /**
             * @description pending until a coordinator approves or returns it
             * @enum {string}
             */
            status: 'pending' | 'approved' | 'returned';
            /** @description Who submitted it */
            submittedBy: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Submission time (ISO 8601, UTC)
             */
            submittedAt: string;
            /** @description Who decided it */
            decidedBy?: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Decision time (ISO 8601, UTC)
             */
            decidedAt?: string;
            /** @description Why it was returned */
            reason?: string;
            /** @description Version, incremented on every change */
            version: number;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
        /** @description Report id */
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
          'application/json': {
            /** @description Report id */
            id: string;
            /** @description Activity code */
            activityCode: string;
            /**
             * @description Reporting period
             * @example 2025-Q3
             */
            period: string;
            /** @description Progress reported, 0–100 */
            progress: number;
            /** @description What was done */
            narrative: string;
            /** @description Indicator values reported */
            indicatorValues: {
              /**
               * @description Key of one of the activity’s indicators
               * @example professionals-trained
               */
              indicatorKey: string;
              /**
               * @description Value for the report’s period
               * @example 120
               */
              value: number;
            }[];
            /** @description Evidence reported */
            evidence: {
              /**
               * @description What it is
               * @example Ata da reunião do CONATRAP
               */
              title: string;
              /** @description Link to the document (http or https) */
              url?: string;
              /** @description Details */
              description?: string;
            }[];
            /**
             * @description pending until a coordinator approves or returns it
             * @enum {string}
             */
            status: 'pending' | 'approved' | 'returned';
            /** @description Who submitted it */
            submittedBy: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Submission time (ISO 8601, UTC)
             */
            submittedAt: string;
            /** @description Who decided it */
            decidedBy?: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Decision time (ISO 8601, UTC)
             */
            decidedAt?: string;
            /** @description Why it was returned */
            reason?: string;
            /** @description Version, incremented on every change */
            version: number;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlanActivitiesController_returnReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Activity code (axis.action.activity) */
        code: string;
        /** @description Report id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnReportInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Report id */
            id: string;
            /** @description Activity code */
            activityCode: string;
            /**
             * @description Reporting period
             * @example 2025-Q3
             */
            period: string;
            /** @description Progress reported, 0–100 */
            progress: number;
            /** @description What was done */
            narrative: string;
            /** @description Indicator values reported */
            indicatorValues: {
              /**
               * @description Key of one of the activity’s indicators
               * @example professionals-trained
               */
              indicatorKey: string;
              /**
               * @description Value for the report’s period
               * @example 120
               */
              value: number;
            }[];
            /** @description Evidence reported */
            evidence: {
              /**
               * @description What it is
               * @example Ata da reunião do CONATRAP
               */
              title: string;
              /** @description Link to the document (http or https) */
              url?: string;
              /** @description Details */
              description?: string;
            }[];
            /**
             * @description pending until a coordinator approves or returns it
             * @enum {string}
             */
            status: 'pending' | 'approved' | 'returned';
            /** @description Who submitted it */
            submittedBy: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Submission time (ISO 8601, UTC)
             */
            submittedAt: string;
            /** @description Who decided it */
            decidedBy?: {
              /** @description API client id */
              clientId: string;
              /** @description Institution the client acts for */
              institutionId: string;
            };
            /**
             * Format: date-time
             * @description Decision time (ISO 8601, UTC)
             */
            decidedAt?: string;
            /** @description Why it was returned */
            reason?: string;
            /** @description Version, incremented on every change */
            version: number;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only this kind */
        kind?:
          | 'private_sector'
          | 'technical_cooperation'
          | 'bilateral'
          | 'multilateral'
          | 'memorandum_of_understanding'
          | 'international_project'
          | 'international_operation'
          | 'data_sharing';
        /** @description Only this sector */
        sector?:
          | 'air_transport'
          | 'maritime_transport'
          | 'river_transport'
          | 'road_transport'
          | 'football_sports'
          | 'tourism_hotels'
          | 'artist_model_agencies'
          | 'technology'
          | 'other';
        /** @description Only this status */
        status?: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
        /** @description Only agreements this institution is party to */
        institution?: string;
        /** @description Only agreements with this country */
        country?: string;
        /** @description Only agreements serving this activity */
        activity?: string;
        /** @description Only agreements serving an activity of this priority action */
        action?: string;
        /** @description Only agreements in force whose last day is within this many days */
        expiringWithinDays?: number;
        /** @description Text in the title, objective or NUP, ignoring case and accents */
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
          'application/json': {
            /** @description This page, oldest first */
            items: {
              /** @description Agreement id */
              id: string;
              /**
               * @description Kind of agreement
               * @enum {string}
               */
              kind:
                | 'private_sector'
                | 'technical_cooperation'
                | 'bilateral'
                | 'multilateral'
                | 'memorandum_of_understanding'
                | 'international_project'
                | 'international_operation'
                | 'data_sharing';
              /**
               * @description Private-sector area
               * @enum {string}
               */
              sector?:
                | 'air_transport'
                | 'maritime_transport'
                | 'river_transport'
                | 'road_transport'
                | 'football_sports'
                | 'tourism_hotels'
                | 'artist_model_agencies'
                | 'technology'
                | 'other';
              /** @description Title */
              title: string;
              /** @description Objective */
              objective: string;
              /** @description Administrative process number (NUP) */
              nup?: string;
              /** @description Publication of the extract in the Diário Oficial */
              dou?: {
                /**
                 * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
                 * @example 3
                 */
                section: 1 | 2 | 3;
                /**
                 * @description Publication date (YYYY-MM-DD)
                 * @example 2025-03-14
                 */
                date: string;
                /**
                 * @description Page
                 * @example 112
                 */
                page: number;
              };
              /** @description Signature date (YYYY-MM-DD) */
              signedAt?: string;
              /** @description First day in force (YYYY-MM-DD) */
              effectiveFrom?: string;
              /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
              effectiveUntil?: string;
              /**
               * @description Lifecycle status
               * @enum {string}
               */
              status:
                'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
              /**
               * @description public or restricted
               * @enum {string}
               */
              confidentiality: 'public' | 'restricted';
              /** @description Institutions taking part */
              parties: {
                /**
                 * @description Institution (directory id)
                 * @example 665f1c2e9b1e8a0012345678
                 */
                institutionId: string;
                /**
                 * @description Role in the agreement
                 * @example signatory
                 * @enum {string}
                 */
                role: 'signatory' | 'implementer' | 'funder' | 'observer';
              }[];
              /** @description Countries taking part */
              countries: string[];
              /** @description Plan activities served */
              activityCodes: string[];
              /** @description Documents */
              documents: {
                /**
                 * @description Title
                 * @example Extrato do Acordo de Cooperação Técnica
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Where it is published
                 */
                url: string;
                /** @description SHA-256 of the file, lowercase hex */
                sha256: string;
                /**
                 * @description Date of the document (YYYY-MM-DD)
                 * @example 2025-03-10
                 */
                date: string;
              }[];
              /** @description What data may flow between the parties, on which legal basis, and when */
              dataSharing?: {
                /** @description The permitted flows */
                flows: {
                  /**
                   * @description Categories of data that may flow
                   * @example [
                   *       "aggregate_statistics"
                   *     ]
                   */
                  categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                  /**
                   * @description The party that sends the data
                   * @example 665f1c2e9b1e8a0012345678
                   */
                  fromInstitutionId: string;
                  /**
                   * @description The party that receives it
                   * @example 665f1c2e9b1e8a0012345678
                   */
                  toInstitutionId: string;
                  /** @description LGPD legal basis (article, item and sub-item) */
                  legalBasis: {
                    /**
                     * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                     * @example 11
                     */
                    article: 7 | 11 | 23 | 26;
                    /**
                     * @description Item (inciso), Roman numeral
                     * @example II
                     */
                    item: string;
                    /**
                     * @description Sub-item (alínea), when the item has them
                     * @example b
                     */
                    letter?: string;
                  };
                  /**
                   * @description First day data may flow (YYYY-MM-DD)
                   * @example 2025-01-01
                   */
                  from: string;
                  /**
                   * @description Last day data may flow (YYYY-MM-DD)
                   * @example 2026-12-31
                   */
                  until: string;
                }[];
              };
              /** @description Work plan */
              commitments: {
                /**
                 * @description What is to be done
                 * @example Capacitar tripulações
                 */
                description: string;
                /**
                 * @description The party responsible (directory id)
                 * @example 665f1c2e9b1e8a0012345678
                 */
                responsibleInstitutionId: string;
                /**
                 * @description Due date (YYYY-MM-DD)
                 * @example 2025-12-31
                 */
                dueDate: string;
                /** @description Commitment id within the agreement */
                id: string;
                /**
                 * @description Status
                 * @enum {string}
                 */
                status: 'pending' | 'in_progress' | 'done' | 'cancelled';
                /** @description Links showing it was kept */
                evidence: {
                  /**
                   * @description What it shows
                   * @example Relatório de campanha
                   */
                  title: string;
                  /**
                   * Format: uri
                   * @description Link to it
                   */
                  url: string;
                }[];
                /**
                 * Format: date-time
                 * @description When it was completed
                 */
                completedAt?: string;
                /** @description Due date passed (São Paulo calendar) and not done or cancelled */
                overdue: boolean;
              }[];
              /** @description Amendments, oldest first */
              amendments: {
                /** @description 1 for the first termo aditivo, and so on */
                number: number;
                /** @description What it changes and why */
                description: string;
                /** @description Signature date */
                signedAt: string;
                /** @description Dates before the amendment */
                before: {
                  effectiveFrom?: string;
                  effectiveUntil?: string;
                };
                /** @description Dates after the amendment */
                after: {
                  effectiveFrom?: string;
                  effectiveUntil?: string;
                };
                /** @description Commitments it added */
                commitmentIds: string[];
                /**
                 * Format: date-time
                 * @description ISO 8601 time, UTC
                 */
                at: string;
                /** @description Who acted */
                by: {
                  /** @description API client that acted, or "system" for the calendar */
                  clientId: string;
                  /** @description Its institution */
                  institutionId: string;
                };
              }[];
              /** @description The agreement this one renews */
              renewalOf?: string;
              /** @description The agreement that renews this one */
              renewedBy?: string;
              /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
              daysToExpiry?: number;
              /** @description Demonstration data loaded by the seed */
              demo: boolean;
              /** @description Version, incremented on every change (the ETag) */
              version: number;
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              createdAt: string;
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              updatedAt: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnershipInput'];
      };
    };
    responses: {
      /** @description The new agreement */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_summary: {
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
          'application/json': {
            /** @description The São Paulo calendar day the figures refer to */
            asOf: string;
            /** @description Agreements */
            total: number;
            /** @description Agreements per kind */
            byKind: {
              [key: string]: number;
            };
            /** @description Agreements per sector (private sector only) */
            bySector: {
              [key: string]: number;
            };
            /** @description Agreements per status */
            byStatus: {
              [key: string]: number;
            };
            /** @description Agreements per country */
            byCountry: {
              [key: string]: number;
            };
            /** @description In force today */
            inForce: number;
            /** @description In force and ending within 30 days */
            expiringWithin30Days: number;
            /** @description In force and ending within 90 days */
            expiringWithin90Days: number;
            /** @description Commitments past due, not done or cancelled */
            overdueCommitments: number;
            /** @description Agreements per plan axis they serve */
            byAxis: {
              [key: string]: number;
            };
            /** @description Agreements per plan activity they serve */
            byActivity: {
              [key: string]: number;
            };
          };
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Change only if the resource is still at this version: the ETag of a previous read, e.g. "3" (412 otherwise), or * for any version. Without it the change is merged into the latest version. */
        'If-Match'?: string;
      };
      path: {
        /** @description Agreement id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePartnershipInput'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names a version that is no longer current: nothing changed; reload and retry */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnershipTransitionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
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
          'application/json': {
            /** @description Oldest first */
            items: {
              /**
               * @description What happened
               * @enum {string}
               */
              type: 'created' | 'transition' | 'amendment';
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
              /**
               * @description Status before (transitions)
               * @enum {string}
               */
              from?: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
              /**
               * @description Status after (transitions)
               * @enum {string}
               */
              to?: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
              /** @description Why */
              reason?: string;
              /** @description The amendment (amendments) */
              amendmentNumber?: number;
            }[];
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_amend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnershipAmendmentInput'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_renew: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnershipRenewalInput'];
      };
    };
    responses: {
      /** @description The renewal, as a draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_addCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommitmentInput'];
      };
    };
    responses: {
      /** @description The agreement with the new commitment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_updateCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
        id: string;
        /** @description Commitment id */
        commitmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommitmentUpdateInput'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnershipsController_completeCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Agreement id */
        id: string;
        /** @description Commitment id */
        commitmentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommitmentCompletionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Agreement id */
            id: string;
            /**
             * @description Kind of agreement
             * @enum {string}
             */
            kind:
              | 'private_sector'
              | 'technical_cooperation'
              | 'bilateral'
              | 'multilateral'
              | 'memorandum_of_understanding'
              | 'international_project'
              | 'international_operation'
              | 'data_sharing';
            /**
             * @description Private-sector area
             * @enum {string}
             */
            sector?:
              | 'air_transport'
              | 'maritime_transport'
              | 'river_transport'
              | 'road_transport'
              | 'football_sports'
              | 'tourism_hotels'
              | 'artist_model_agencies'
              | 'technology'
              | 'other';
            /** @description Title */
            title: string;
            /** @description Objective */
            objective: string;
            /** @description Administrative process number (NUP) */
            nup?: string;
            /** @description Publication of the extract in the Diário Oficial */
            dou?: {
              /**
               * @description Section of the Diário Oficial da União (extracts of agreements go in section 3)
               * @example 3
               */
              section: 1 | 2 | 3;
              /**
               * @description Publication date (YYYY-MM-DD)
               * @example 2025-03-14
               */
              date: string;
              /**
               * @description Page
               * @example 112
               */
              page: number;
            };
            /** @description Signature date (YYYY-MM-DD) */
            signedAt?: string;
            /** @description First day in force (YYYY-MM-DD) */
            effectiveFrom?: string;
            /** @description Last day in force (YYYY-MM-DD); absent when open-ended */
            effectiveUntil?: string;
            /**
             * @description Lifecycle status
             * @enum {string}
             */
            status: 'draft' | 'negotiation' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
            /**
             * @description public or restricted
             * @enum {string}
             */
            confidentiality: 'public' | 'restricted';
            /** @description Institutions taking part */
            parties: {
              /**
               * @description Institution (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Role in the agreement
               * @example signatory
               * @enum {string}
               */
              role: 'signatory' | 'implementer' | 'funder' | 'observer';
            }[];
            /** @description Countries taking part */
            countries: string[];
            /** @description Plan activities served */
            activityCodes: string[];
            /** @description Documents */
            documents: {
              /**
               * @description Title
               * @example Extrato do Acordo de Cooperação Técnica
               */
              title: string;
              /**
               * Format: uri
               * @description Where it is published
               */
              url: string;
              /** @description SHA-256 of the file, lowercase hex */
              sha256: string;
              /**
               * @description Date of the document (YYYY-MM-DD)
               * @example 2025-03-10
               */
              date: string;
            }[];
            /** @description What data may flow between the parties, on which legal basis, and when */
            dataSharing?: {
              /** @description The permitted flows */
              flows: {
                /**
                 * @description Categories of data that may flow
                 * @example [
                 *       "aggregate_statistics"
                 *     ]
                 */
                categories: ('case_identifiers' | 'case_details' | 'aggregate_statistics')[];
                /**
                 * @description The party that sends the data
                 * @example 665f1c2e9b1e8a0012345678
                 */
                fromInstitutionId: string;
                /**
                 * @description The party that receives it
                 * @example 665f1c2e9b1e8a0012345678
                 */
                toInstitutionId: string;
                /** @description LGPD legal basis (article, item and sub-item) */
                legalBasis: {
                  /**
                   * @description LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)
                   * @example 11
                   */
                  article: 7 | 11 | 23 | 26;
                  /**
                   * @description Item (inciso), Roman numeral
                   * @example II
                   */
                  item: string;
                  /**
                   * @description Sub-item (alínea), when the item has them
                   * @example b
                   */
                  letter?: string;
                };
                /**
                 * @description First day data may flow (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                from: string;
                /**
                 * @description Last day data may flow (YYYY-MM-DD)
                 * @example 2026-12-31
                 */
                until: string;
              }[];
            };
            /** @description Work plan */
            commitments: {
              /**
               * @description What is to be done
               * @example Capacitar tripulações
               */
              description: string;
              /**
               * @description The party responsible (directory id)
               * @example 665f1c2e9b1e8a0012345678
               */
              responsibleInstitutionId: string;
              /**
               * @description Due date (YYYY-MM-DD)
               * @example 2025-12-31
               */
              dueDate: string;
              /** @description Commitment id within the agreement */
              id: string;
              /**
               * @description Status
               * @enum {string}
               */
              status: 'pending' | 'in_progress' | 'done' | 'cancelled';
              /** @description Links showing it was kept */
              evidence: {
                /**
                 * @description What it shows
                 * @example Relatório de campanha
                 */
                title: string;
                /**
                 * Format: uri
                 * @description Link to it
                 */
                url: string;
              }[];
              /**
               * Format: date-time
               * @description When it was completed
               */
              completedAt?: string;
              /** @description Due date passed (São Paulo calendar) and not done or cancelled */
              overdue: boolean;
            }[];
            /** @description Amendments, oldest first */
            amendments: {
              /** @description 1 for the first termo aditivo, and so on */
              number: number;
              /** @description What it changes and why */
              description: string;
              /** @description Signature date */
              signedAt: string;
              /** @description Dates before the amendment */
              before: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Dates after the amendment */
              after: {
                effectiveFrom?: string;
                effectiveUntil?: string;
              };
              /** @description Commitments it added */
              commitmentIds: string[];
              /**
               * Format: date-time
               * @description ISO 8601 time, UTC
               */
              at: string;
              /** @description Who acted */
              by: {
                /** @description API client that acted, or "system" for the calendar */
                clientId: string;
                /** @description Its institution */
                institutionId: string;
              };
            }[];
            /** @description The agreement this one renews */
            renewalOf?: string;
            /** @description The agreement that renews this one */
            renewedBy?: string;
            /** @description Days from today (São Paulo) to the last day in force, while signed, in force or suspended */
            daysToExpiry?: number;
            /** @description Demonstration data loaded by the seed */
            demo: boolean;
            /** @description Version, incremented on every change (the ETag) */
            version: number;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time, UTC
             */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Coordinators: only this institution’s endpoints */
        institutionId?: string;
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
          'application/json': {
            /** @description This page of items */
            items: {
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              id: string;
              institutionId: string;
              url: string;
              description?: string;
              eventTypes: string[];
              enabled: boolean;
              coordination: boolean;
              /** @enum {string} */
              disabledReason?: 'gone' | 'failing';
              /** Format: date-time */
              previousSecretExpiresAt?: string;
              version: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEndpointInput'];
      };
    };
    responses: {
      /** @description The endpoint and its secret (shown once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            institutionId: string;
            url: string;
            description?: string;
            eventTypes: string[];
            enabled: boolean;
            coordination: boolean;
            /** @enum {string} */
            disabledReason?: 'gone' | 'failing';
            /** Format: date-time */
            previousSecretExpiresAt?: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description whsec_… — shown once: store it now
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Endpoint id */
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
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            institutionId: string;
            url: string;
            description?: string;
            eventTypes: string[];
            enabled: boolean;
            coordination: boolean;
            /** @enum {string} */
            disabledReason?: 'gone' | 'failing';
            /** Format: date-time */
            previousSecretExpiresAt?: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEndpointInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            institutionId: string;
            url: string;
            description?: string;
            eventTypes: string[];
            enabled: boolean;
            coordination: boolean;
            /** @enum {string} */
            disabledReason?: 'gone' | 'failing';
            /** Format: date-time */
            previousSecretExpiresAt?: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Endpoint id */
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
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            institutionId: string;
            url: string;
            description?: string;
            eventTypes: string[];
            enabled: boolean;
            coordination: boolean;
            /** @enum {string} */
            disabledReason?: 'gone' | 'failing';
            /** Format: date-time */
            previousSecretExpiresAt?: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description whsec_… — shown once: store it now
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_test: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Endpoint id */
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
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            endpointId: string;
            webhookId: string;
            eventType: string;
            eventId: string;
            /** @enum {string} */
            status: 'pending' | 'succeeded' | 'failed';
            attempts: number;
            /** Format: date-time */
            nextAttemptAt?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_messages: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only messages in this state */
        status?: 'pending' | 'succeeded' | 'failed';
      };
      header?: never;
      path: {
        /** @description Endpoint id */
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
          'application/json': {
            /** @description This page of items */
            items: {
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              id: string;
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              endpointId: string;
              webhookId: string;
              eventType: string;
              eventId: string;
              /** @enum {string} */
              status: 'pending' | 'succeeded' | 'failed';
              attempts: number;
              /** Format: date-time */
              nextAttemptAt?: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_attempts: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Resource id (24 lowercase hex characters) */
        messageId?: string;
      };
      header?: never;
      path: {
        /** @description Endpoint id */
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
          'application/json': {
            /** @description This page of items */
            items: {
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              id: string;
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              messageId: string;
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              endpointId: string;
              /** Format: date-time */
              at: string;
              status?: number;
              durationMs: number;
              succeeded: boolean;
              response: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_replay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Endpoint id */
        id: string;
        /** @description Message id */
        messageId: string;
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
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            endpointId: string;
            webhookId: string;
            eventType: string;
            eventId: string;
            /** @enum {string} */
            status: 'pending' | 'succeeded' | 'failed';
            attempts: number;
            /** Format: date-time */
            nextAttemptAt?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_recover: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Endpoint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecoverInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            resent: number;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DeadLettersController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only this service’s dead letters; without it, every consuming service’s, one service after another */
        service?: 'directory' | 'plan-tracking' | 'partnerships' | 'training' | 'referrals' | 'notifications';
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
          'application/json': components['schemas']['DeadLetterPageDto'];
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DeadLettersController_replay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dead-letter id: the owning service, a dot, and 24 hex characters */
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
          'application/json': components['schemas']['ReplayResultDto'];
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DeadLettersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dead-letter id: the owning service, a dot, and 24 hex characters */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_listModules: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only modules for this audience */
        audience?:
          | 'justice_system'
          | 'law_enforcement'
          | 'health'
          | 'social_assistance'
          | 'education'
          | 'labour_inspection'
          | 'migration_services'
          | 'civil_society'
          | 'other';
        /** @description Only modules serving this activity */
        activityCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of modules: { items, nextCursor } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_createModule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCurriculumModule'];
      };
    };
    responses: {
      /** @description The new module, with its id */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_getModule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The module, with its version in ETag */
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_updateModule: {
    parameters: {
      query?: never;
      header?: {
        /** @description Change only if the resource is still at this version: the ETag of a previous read, e.g. "3" (412 otherwise), or * for any version. Without it the change is merged into the latest version. */
        'If-Match'?: string;
      };
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCurriculumModule'];
      };
    };
    responses: {
      /** @description The module as changed, with its new version in ETag */
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names a version that is no longer current: nothing changed; reload and retry */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_listExperts: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only experts in this area */
        area?: string;
        /** @description Only experts speaking this language (BCP 47) */
        language?: string;
        /** @description Only experts working in this UF */
        uf?:
          | 'AC'
          | 'AL'
          | 'AP'
          | 'AM'
          | 'BA'
          | 'CE'
          | 'DF'
          | 'ES'
          | 'GO'
          | 'MA'
          | 'MT'
          | 'MS'
          | 'MG'
          | 'PA'
          | 'PB'
          | 'PR'
          | 'PE'
          | 'PI'
          | 'RJ'
          | 'RN'
          | 'RS'
          | 'RO'
          | 'RR'
          | 'SC'
          | 'SP'
          | 'SE'
          | 'TO';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of experts: { items, nextCursor } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_createExpert: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateExpert'];
      };
    };
    responses: {
      /** @description The listed expert */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_getExpert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The expert */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingCatalogController_removeExpert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { removed: true } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingEventsController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only courses in this status */
        status?: 'planned' | 'open' | 'in_progress' | 'completed' | 'cancelled';
        /** @description Only courses of this modality */
        modality?: 'in_person' | 'online' | 'hybrid';
        /** @description Only courses held in this UF */
        uf?:
          | 'AC'
          | 'AL'
          | 'AP'
          | 'AM'
          | 'BA'
          | 'CE'
          | 'DF'
          | 'ES'
          | 'GO'
          | 'MA'
          | 'MT'
          | 'MS'
          | 'MG'
          | 'PA'
          | 'PB'
          | 'PR'
          | 'PE'
          | 'PI'
          | 'RJ'
          | 'RN'
          | 'RS'
          | 'RO'
          | 'RR'
          | 'SC'
          | 'SP'
          | 'SE'
          | 'TO';
        /** @description Only courses for this audience */
        audience?:
          | 'justice_system'
          | 'law_enforcement'
          | 'health'
          | 'social_assistance'
          | 'education'
          | 'labour_inspection'
          | 'migration_services'
          | 'civil_society'
          | 'other';
        /** @description Only courses serving this activity */
        activityCode?: string;
        /** @description Only courses this institution organises */
        organiserInstitutionId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of courses: { items, nextCursor } (never participants) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingEventsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTrainingEvent'];
      };
    };
    responses: {
      /** @description The planned course, with its id and session ids */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingEventsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The course, with its version in ETag */
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingEventsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Change only if the resource is still at this version: the ETag of a previous read, e.g. "3" (412 otherwise), or * for any version. Without it the change is merged into the latest version. */
        'If-Match'?: string;
      };
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTrainingEvent'];
      };
    };
    responses: {
      /** @description The course as changed, with its new version in ETag */
      200: {
        headers: {
          /** @description Strong entity tag of the returned version, e.g. "3"; send it back in If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description If-Match names a version that is no longer current: nothing changed; reload and retry */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingEventsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingTransition'];
      };
    };
    responses: {
      /** @description The course in its new status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingEventsController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { eventId, completedAt, certificatesIssued, notCertified } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingEventsController_report: {
    parameters: {
      query?: {
        /** @description Year the courses were completed */
        year?: number;
        /** @description Only courses serving this activity */
        activityCode?: string;
        /** @description Demo courses from the seed: excluded unless asked (include, only) */
        demo?: 'exclude' | 'include' | 'only';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { total, byAudience, byUf, byInstitution, byYear, byActivityCode }: counts only */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingParticipantsController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only enrolments with this status */
        status?: 'enrolled' | 'waiting' | 'cancelled';
      };
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of enrolments: { items, nextCursor } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingParticipantsController_enrol: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingParticipant'];
      };
    };
    responses: {
      /** @description The enrolment: status enrolled, or waiting with its waitingPosition */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingParticipantsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
        /** @description Id (24 lowercase hex characters) */
        enrolmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancelled enrolment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingParticipantsController_import: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ParticipantsImport'];
      };
    };
    responses: {
      /** @description { created, unchanged, enrolled, waiting } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrainingParticipantsController_attendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (24 lowercase hex characters) */
        id: string;
        /** @description Session id (s1, s2… in start order) */
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SessionAttendance'];
      };
    };
    responses: {
      /** @description { sessionId, present } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CertificatesController_pdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Verification code printed on the certificate */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many requests (or failed attempts); try again after Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CertificatesController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Verification code printed on the certificate */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { code, participantName, course, hours, date, issuer } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many requests (or failed attempts); try again after Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CasesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCaseInput'];
      };
    };
    responses: {
      /** @description The case (core and consent; identifiers are never echoed) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CasesController_lookup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseLookupInput'];
      };
    };
    responses: {
      /** @description The matching owned cases (core and consent), each with the referrals sent of it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CasesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Case id */
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
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CasesController_identifiers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Case id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IdentifierReadInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Gone for good: erased at the end of its retention period */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CasesController_consent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Case id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsentChangeInput'];
      };
    };
    responses: {
      /** @description The case with its new consent (who recorded it and when) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CasesController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Case id */
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
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReferralsController_send: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendReferralInput'];
      };
    };
    responses: {
      /** @description The referral, with its sharing decision */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReferralsController_inbox: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only referrals in this status */
        status?: 'sent' | 'accepted' | 'rejected' | 'in_progress' | 'completed' | 'revoked';
        /** @description Only referrals of this urgency */
        urgency?: 'life_risk' | 'high' | 'normal';
        /** @description true: only referrals past their deadline unanswered (or escalated); false: only the others */
        overdue?: boolean;
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
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReferralsController_outbox: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
        /** @description Only referrals in this status */
        status?: 'sent' | 'accepted' | 'rejected' | 'in_progress' | 'completed' | 'revoked';
        /** @description Only referrals of this urgency */
        urgency?: 'life_risk' | 'high' | 'normal';
        /** @description true: only referrals past their deadline unanswered (or escalated); false: only the others */
        overdue?: boolean;
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
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReferralsController_statistics: {
    parameters: {
      query: {
        /** @description Rows of the table */
        by: 'exploitation' | 'uf' | 'gender' | 'ageGroup' | 'citizenship' | 'month';
        /** @description Columns, to cross two dimensions */
        cross?: 'exploitation' | 'uf' | 'gender' | 'ageGroup' | 'citizenship' | 'month';
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
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReferralsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Referral id */
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
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReferralsController_identifiers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Referral id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IdentifierReadInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Gone for good: erased at the end of its retention period */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReferralsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Referral id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferralTransitionInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuditController_verify: {
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
          'application/json': {
            entries: number;
            intact: boolean;
            firstBroken?: {
              position: number;
              /** @enum {string} */
              problem: 'hash_mismatch' | 'link_mismatch' | 'gap';
            };
          };
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token lacks the required role, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TokenController_token: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['TokenRequest'];
        'application/json': components['schemas']['TokenRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponseDto'];
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many requests (or failed attempts); try again after Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiClientsController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description Resource id (24 lowercase hex characters) */
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
          'application/json': {
            /** @description This page of clients (never their secrets) */
            items: {
              /**
               * @description Client id, used as client_id at /v1/auth/token
               * @example elo_3q2-7wEs1b6TK0bI8zQy9A
               */
              clientId: string;
              /** @description Institution it belongs to */
              institutionId: string;
              /** @description What the client is */
              name: string;
              /** @description Roles its tokens carry */
              roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
              /** @description When it was revoked (ISO 8601): its tokens stop working; null while active */
              revokedAt: string | null;
              /**
               * Format: date-time
               * @description Creation time (ISO 8601, UTC)
               */
              createdAt: string;
              /**
               * Format: date-time
               * @description Last change (ISO 8601, UTC)
               */
              updatedAt: string;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, agency, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiClientsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Resource id (24 lowercase hex characters) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiClientInput'];
      };
    };
    responses: {
      /** @description The client with its secret (shown once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Client id, used as client_id at /v1/auth/token
             * @example elo_3q2-7wEs1b6TK0bI8zQy9A
             */
            clientId: string;
            /** @description Institution it belongs to */
            institutionId: string;
            /** @description What the client is */
            name: string;
            /** @description Roles its tokens carry */
            roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
            /** @description When it was revoked (ISO 8601): its tokens stop working; null while active */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description Creation time (ISO 8601, UTC)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change (ISO 8601, UTC)
             */
            updatedAt: string;
            /**
             * Format: password
             * @description The secret, shown this once: only a keyed hash of it is stored
             */
            clientSecret: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiClientsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Institution id */
        id: string;
        /** @description Client id */
        clientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (also when it already was) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SessionController_current: {
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
          'application/json': {
            person: {
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              id: string;
              /** @example Maria Souza */
              name: string;
              /** @example maria.souza@mj.gov.br */
              email: string;
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @example [
               *       "coordinator"
               *     ]
               */
              roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
              /** @description Signs in with a TOTP second factor */
              totpEnabled: boolean;
            };
            /** @description Send it in the `x-csrf-token` header on every POST, PUT, PATCH and DELETE made with the session cookie */
            csrfToken: string;
            /** @description The session ends then unless used before (ISO 8601, UTC) */
            idleExpiresAt: string;
            /** @description The session ends then whatever happens (ISO 8601, UTC) */
            expiresAt: string;
          };
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SessionController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInInput'];
      };
    };
    responses: {
      /** @description The session; the cookie is in Set-Cookie */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            person: {
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              id: string;
              /** @example Maria Souza */
              name: string;
              /** @example maria.souza@mj.gov.br */
              email: string;
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @example [
               *       "coordinator"
               *     ]
               */
              roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
              /** @description Signs in with a TOTP second factor */
              totpEnabled: boolean;
            };
            /** @description Send it in the `x-csrf-token` header on every POST, PUT, PATCH and DELETE made with the session cookie */
            csrfToken: string;
            /** @description The session ends then unless used before (ISO 8601, UTC) */
            idleExpiresAt: string;
            /** @description The session ends then whatever happens (ISO 8601, UTC) */
            expiresAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many requests (or failed attempts); try again after Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SessionController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out; the cookie is cleared */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SessionController_signOutEverywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every session of the person ended; the cookie is cleared */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccountController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordInput'];
      };
    };
    responses: {
      /** @description Changed; the person’s other sessions ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The account is locked for a while after repeated wrong passwords or codes (never at sign-in) */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccountController_startTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartTotpInput'];
      };
    };
    responses: {
      /** @description The new secret (shown once) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description New TOTP secret (base32), to type into an authenticator app */
            secret: string;
            /**
             * @description The same secret as an otpauth:// URI, to show as a QR code
             * @example otpauth://totp/Elo:leitor%40mj.gov.br?issuer=Elo&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30
             */
            otpauthUri: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The account is locked for a while after repeated wrong passwords or codes (never at sign-in) */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccountController_confirmTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmTotpInput'];
      };
    };
    responses: {
      /** @description The second factor is on */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, agency, viewer, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The account is locked for a while after repeated wrong passwords or codes (never at sign-in) */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  InvitationsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Invitation token from the invitation link */
        token: string;
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
          'application/json': {
            name: string;
            email: string;
            roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
            /** @description A role sees personal data (admin, coordinator, agency): accepting needs a TOTP code */
            totpRequired: boolean;
            totp: {
              /** @description TOTP secret (base32), to type into an authenticator app */
              secret: string;
              /**
               * @description The same secret as an otpauth:// URI, to show as a QR code
               * @example otpauth://totp/Elo:maria.souza%40mj.gov.br?issuer=Elo&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30
               */
              otpauthUri: string;
            };
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  InvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Invitation token from the invitation link */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationInput'];
      };
    };
    responses: {
      /** @description The account is active; sign in with POST /v1/session */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PeopleController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitePersonInput'];
      };
    };
    responses: {
      /** @description The invitation link (shown once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            personId: string;
            /**
             * @description One-time link to send to the person: `<ELO_PUBLIC_URL>/console/#/convite/<token>`
             * @example https://elo.example.gov.br/console/#/convite/q8Yl3kQv1e9m2B3cR7tZ0aWn5uJxH4sDfGhKpLoIuYt
             */
            invitationUrl: string;
            /** @description When the link stops working (ISO 8601, UTC) */
            expiresAt: string;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PeopleController_list: {
    parameters: {
      query?: {
        /** @description Page size (default 20, at most 100) */
        limit?: number;
        /** @description Opaque cursor from the previous page’s nextCursor */
        cursor?: string;
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
          'application/json': {
            /** @description This page of people */
            items: {
              /**
               * @description Resource id (24 lowercase hex characters)
               * @example 665f1c2e9b1e8a0012345678
               */
              id: string;
              /**
               * @description Full name
               * @example Maria Souza
               */
              name: string;
              /**
               * @description Institutional email
               * @example maria.souza@mj.gov.br
               */
              email: string;
              /**
               * @description The institution the person works for
               * @example 665f1c2e9b1e8a0012345678
               */
              institutionId: string;
              /**
               * @description Roles
               * @example [
               *       "coordinator"
               *     ]
               */
              roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
              /**
               * @description invited (has not set a password yet), active, or disabled
               * @example active
               * @enum {string}
               */
              status: 'invited' | 'active' | 'disabled';
              /** @description Signs in with a TOTP second factor */
              totpEnabled: boolean;
            }[];
            /** @description Cursor of the next page, or null on the last page */
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PeopleController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person, disabled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            /**
             * @description Full name
             * @example Maria Souza
             */
            name: string;
            /**
             * @description Institutional email
             * @example maria.souza@mj.gov.br
             */
            email: string;
            /**
             * @description The institution the person works for
             * @example 665f1c2e9b1e8a0012345678
             */
            institutionId: string;
            /**
             * @description Roles
             * @example [
             *       "coordinator"
             *     ]
             */
            roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
            /**
             * @description invited (has not set a password yet), active, or disabled
             * @example active
             * @enum {string}
             */
            status: 'invited' | 'active' | 'disabled';
            /** @description Signs in with a TOTP second factor */
            totpEnabled: boolean;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PeopleController_enable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person, active */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description Resource id (24 lowercase hex characters)
             * @example 665f1c2e9b1e8a0012345678
             */
            id: string;
            /**
             * @description Full name
             * @example Maria Souza
             */
            name: string;
            /**
             * @description Institutional email
             * @example maria.souza@mj.gov.br
             */
            email: string;
            /**
             * @description The institution the person works for
             * @example 665f1c2e9b1e8a0012345678
             */
            institutionId: string;
            /**
             * @description Roles
             * @example [
             *       "coordinator"
             *     ]
             */
            roles: ('admin' | 'coordinator' | 'agency' | 'viewer')[];
            /**
             * @description invited (has not set a password yet), active, or disabled
             * @example active
             * @enum {string}
             */
            status: 'invited' | 'active' | 'disabled';
            /** @description Signs in with a TOTP second factor */
            totpEnabled: boolean;
          };
        };
      };
      /** @description Invalid input (problem+json, with errors[] naming the fields) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing, expired, invalid or revoked bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The token has none of the roles admin, coordinator, or the caller does not own the resource */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflict with the current state (duplicate or concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A backing service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
