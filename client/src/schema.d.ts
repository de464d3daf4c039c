// Generated from openapi.json by scripts/generate-client.mjs (openapi-typescript). Do not edit:
// run `npm run client:generate` after changing the API.

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify Wearbridge access tokens (RFC 7517) */
        get: operations["Jwks_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/oauth-authorization-server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OAuth 2.0 authorization server metadata (RFC 8414) */
        get: operations["OAuthMetadata_metadataDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's applications, newest first (no secrets) */
        get: operations["Applications_list"];
        put?: never;
        /** Register an application; the app_secret is shown only in this response */
        post: operations["Applications_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one application */
        get: operations["Applications_get"];
        put?: never;
        post?: never;
        /**
         * Delete an application; its secret, API keys and tokens stop working at once
         * @description Answers 409 while the application has users unless `force=true`, which deletes them and all their data in the same transaction.
         */
        delete: operations["Applications_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign every user of the application out: refresh tokens revoked, access tokens rejected */
        post: operations["Sessions_revokeApplicationSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new app_secret (shown once); the old one works for grace_seconds more */
        post: operations["Applications_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/source-priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The source priority daily summaries apply to this application's users */
        get: operations["SourcePriority_get"];
        /**
         * Override the source priority of daily summaries
         * @description Lists are best first; values left out keep their default order after the listed ones.
         */
        put: operations["SourcePriority_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the application's endpoints */
        get: operations["Webhooks_list"];
        put?: never;
        /** Register an endpoint; its signing secret is shown only in this response */
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one endpoint */
        get: operations["Webhooks_get"];
        put?: never;
        post?: never;
        /** Delete the endpoint and its delivery log */
        delete: operations["Webhooks_delete"];
        options?: never;
        head?: never;
        /** Change the URL, event types, description, or enable / disable the endpoint */
        patch: operations["Webhooks_update"];
        trace?: never;
    };
    "/api/v1/applications/{app_id}/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log, newest first: state, attempts with status and latency, next attempt */
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/webhooks/{webhook_id}/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue one more attempt of a delivery now */
        post: operations["Webhooks_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/webhooks/{webhook_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-send the events since a time (after an outage on the receiving side) */
        post: operations["Webhooks_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; during the grace period deliveries carry both signatures */
        post: operations["Webhooks_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{app_id}/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.test event to this endpoint */
        post: operations["Webhooks_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credential and data-lifecycle events of the operator's applications, or of one organization (admin), newest first */
        get: operations["AuditEvents_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator login: JSON {email,password} or the OAuth2 password form (username, password) */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in operator */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider returns: checks state, nonce and PKCE, then signs the operator in */
        get: operations["Sso_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start operator single sign-on: redirects to the identity provider (authorization code + PKCE)
         * @description `mode=cookie` (default) ends in a browser session; `mode=token` makes the callback answer with a token pair. With `Accept: application/json` the authorization URL comes as JSON instead of a redirect.
         */
        get: operations["Sso_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator login for a browser: the session goes into httpOnly cookies; the CSRF token is returned */
        post: operations["Auth_startSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the browser session (needs X-CSRF-Token): refresh family revoked, cookies cleared */
        post: operations["Auth_endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the browser session's cookies (needs X-CSRF-Token), as phones rotate tokens */
        post: operations["Auth_refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/developer/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (prefix only) of the applications the caller can see */
        get: operations["ApiKeys_list"];
        put?: never;
        /** Create an API key for one application; the key is shown only in this response */
        post: operations["ApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/developer/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an API key */
        delete: operations["ApiKeys_delete"];
        options?: never;
        head?: never;
        /** Rename an API key */
        patch: operations["ApiKeys_rename"];
        trace?: never;
    };
    "/api/v1/developer/api-keys/{key_id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the key (same id and name); the old key stops working at once */
        post: operations["ApiKeys_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitation-code/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a pairing code for SDK tokens (case-insensitive; unknown, expired or used → 404) */
        post: operations["InvitationCodes_redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the organization of an invitation addressed to your email */
        post: operations["Invitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Become an operator through an invitation: the account gets the invitation's email; signs in */
        post: operations["Invitations_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue: metric codes with canonical units, workout statistics, activity types, sleep stages */
        get: operations["Metrics_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth 2.0 token introspection (RFC 7662)
         * @description The client authenticates with `client_secret_basic` or `client_secret_post`; only its own tokens are `active`.
         */
        post: operations["OAuth_introspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth 2.0 token revocation (RFC 7009)
         * @description The client authenticates with `client_secret_basic` or `client_secret_post`. A refresh token or SDK access token issued to it ends its session; any other token is left alone. Always 200 with an empty body once the client is authenticated (RFC 7009 §2.2). `POST /token/revoke` remains for the SDKs (204).
         */
        post: operations["OAuth_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth 2.0 token endpoint (RFC 6749)
         * @description `client_credentials` → an app access token (scope `app`), accepted wherever app credentials are. `refresh_token` rotates a refresh token issued to the authenticating application (RFC 6749 §6), like /token/refresh. The client authenticates with `client_secret_basic` (HTTP Basic app_id:app_secret) or `client_secret_post`. Errors use the RFC 6749 §5.2 shape.
         */
        post: operations["OAuth_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's organizations with their role in each */
        get: operations["Organizations_list"];
        put?: never;
        /** Create an organization; the caller becomes its owner */
        post: operations["Organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organization_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization (any member) */
        get: operations["Organizations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, make SSO-only, or set the SSO domains and default role (admin) */
        patch: operations["Organizations_update"];
        trace?: never;
    };
    "/api/v1/organizations/{organization_id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations (admin; tokens are never shown again) */
        get: operations["Organizations_invitations"];
        put?: never;
        /** Invite by email (admin); the token is shown once here and emailed when SMTP_URL is set */
        post: operations["Organizations_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organization_id}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation (admin) */
        delete: operations["Organizations_revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organization_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and their roles (any member) */
        get: operations["Organizations_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organization_id}/members/{operator_id}": {
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
         * Remove a member (admin; only an owner removes an owner), or leave (any member, own id)
         * @description Answers 409 for the last owner.
         */
        delete: operations["Organizations_removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (admin; only an owner grants or takes the owner role)
         * @description Answers 409 when it would leave the organization without an owner.
         */
        patch: operations["Organizations_changeRole"];
        trace?: never;
    };
    "/api/v1/organizations/{organization_id}/transfer-ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a member owner; the calling owner becomes admin (owner) */
        post: operations["Organizations_transferOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sdk/users/{user_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync telemetry from a mobile Sync SDK
         * @description Stored per user as sent; unknown event types, batteryLevel −1 and ms timestamps are accepted.
         */
        post: operations["SdkSync_logs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sdk/users/{user_id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a batch from a mobile Sync SDK
         * @description Open Wearables envelope. Accepts gzip/deflate/br bodies and chunked transfer up to SYNC_BODY_LIMIT_BYTES decoded. Invalid items are skipped and reported; the rest is committed before the 202. A body that cannot be used as a whole (broken JSON or envelope, unknown provider, nothing storable, over the size limit) is still 202, with `status: quarantined` and the reason: its raw body is kept for a replay. The same `Idempotency-Key`, the same body, or the same `X-Request-Id` within INGEST_REQUEST_ID_REPLAY_SECONDS answers the first result again with `Idempotent-Replayed: true`. A token of another user is 401. Overload and per-user limits answer 503 with Retry-After. See docs/sdk-compatibility.md.
         */
        post: operations["SdkSync_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sdk/users/{user_id}/sync/{batch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored result of a sync push */
        get: operations["SdkSync_batch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sdk/users/{user_id}/sync/{batch_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay one journaled batch through the current mappings (releases it from quarantine when it now works) */
        post: operations["SdkSync_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/token/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Introspect an access or refresh token of the caller's application (RFC 7662) */
        post: operations["Tokens_introspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/token/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a refresh token
         * @description Returns a new pair. Presenting the just-rotated token again within the grace window returns the same pair; presenting it later revokes the whole session. 401 means the session is over (the SDK signs the user out).
         */
        post: operations["Tokens_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/token/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token and its whole session (RFC 7009; unknown tokens are not an error) */
        post: operations["Tokens_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of the caller's applications */
        get: operations["Users_list"];
        put?: never;
        /**
         * Create a user
         * @description Idempotent on `external_user_id`: creating again returns the existing user with 200.
         */
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        /** Delete a user and all of their data (one transaction) */
        delete: operations["Users_delete"];
        options?: never;
        head?: never;
        /** Update a user */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/v1/users/{user_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's on-device provider connections: status, syncs, SDK, data sources */
        get: operations["Connections_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/connections/{provider}": {
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
         * Sign-out from the SDK: end the sessions of this provider and revoke the connection
         * @description Called by iOS SDK ≥ 0.15 `signOut()` with the user token. apple, samsung, google and health_connect in any case; app credentials and operators may end a connection too (reason `operator`). Idempotent 204. 403 for another user’s token or a provider the SDK does not feed.
         */
        delete: operations["Connections_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/data-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's data sources with their rank under the application's source priority */
        get: operations["SyncStatus_dataSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/events/sleep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sleep sessions starting in a time range, newest first, with their stage intervals */
        get: operations["Events_sleep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/events/sleep/{sleep_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sleep session with its stage intervals */
        get: operations["Events_sleepSession"];
        put?: never;
        post?: never;
        /**
         * Delete one sleep session
         * @description Tombstones its stage intervals and rebuilds the sessions around it; summaries reflect it at once.
         */
        delete: operations["Events_deleteSleep"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/events/workouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workouts starting in a time range, newest first */
        get: operations["Events_workouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/events/workouts/{workout_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workout with all statistics, route, laps, segments and samples */
        get: operations["Events_workout"];
        put?: never;
        post?: never;
        /** Delete one workout (tombstone; summaries reflect it at once) */
        delete: operations["Events_deleteWorkout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export everything stored about the user (GDPR art. 20)
         * @description NDJSON stream, one `{"type", "data"}` object per line: export header, profile, data sources, samples, raw records of unknown types, sleep stages and sessions, workouts, sync batches (journal, without raw bodies), SDK telemetry. A consistent snapshot; memory stays constant whatever the volume. At most `EXPORT_MAX_CONCURRENT` exports run per process (503 with `Retry-After` beyond); a client that reads nothing for `EXPORT_STALL_TIMEOUT_SECONDS` is cut off. The `user.exported` audit event is committed before the first byte.
         */
        get: operations["Export_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's imports, newest first */
        get: operations["Imports_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/imports/{import_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: phase, bytes parsed, counts per type, first rejections, time left */
        get: operations["Imports_get"];
        put?: never;
        post?: never;
        /**
         * Cancel an import
         * @description It stops after the chunk in progress; what was stored stays (each chunk is whole). 409 once it has ended.
         */
        delete: operations["Imports_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/imports/apple-health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an Apple Health export (export.zip or export.xml) to import in the background
         * @description The raw file is the body (chunked transfer and `Content-Encoding: gzip` accepted) up to IMPORT_MAX_BYTES. 202 once it is stored and queued; poll GET …/imports/{id} for progress. The same file again for the same user answers 200 with the existing import (unless that one failed or was cancelled). See docs/imports.md.
         */
        post: operations["Imports_uploadAppleHealth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/invitation-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a pairing code for the user (valid 7 days, single use); the user's older codes are revoked */
        post: operations["InvitationCodes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the user out of every device */
        post: operations["Sessions_revokeUserSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/summaries/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daily activity per local day
         * @description Steps, distance, floors, energy and exercise minutes from overlapping sources are counted once: per 15-minute slice only the best-ranked source with data counts. Each figure lists the sources that counted.
         */
        get: operations["Summaries_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/summaries/body": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Body measurements per local day: latest and averaged, from the best-ranked source */
        get: operations["Summaries_body"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/summaries/sleep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nightly sleep per local day of waking: main sleep, naps, stages and night vitals */
        get: operations["Summaries_sleep"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/sync/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journaled sync batches of the user, newest first */
        get: operations["SyncStatus_batches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/sync/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync sessions (syncSessionId): batches, items, rejections, errors and whether each finished */
        get: operations["SyncStatus_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/sync/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync health: last batch per provider, lag per metric, recent SDK telemetry, the latest session */
        get: operations["SyncStatus_syncStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Samples, or buckets of them, of one user
         * @description raw: every sample of every source in (timestamp, type, source) order. Buckets: one item per bucket, metric and source; interval quantities are summed (pro-rated across bucket edges), samples averaged with min/max, categories counted. tz=local aligns buckets on each sample’s local time.
         */
        get: operations["Timeseries_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a user access token and refresh token for the mobile SDK
         * @description App credentials as `{app_id, app_secret}` in the body (Open Wearables contract), HTTP Basic, an API key, an app access token or an operator token. Each call starts a new session (refresh-token family).
         */
        post: operations["Tokens_mint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/summary/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Latest stored readings of a user by data type (classic tutorial contract) */
        get: operations["Tutorial_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push HealthKit readings (classic tutorial contract)
         * @description `userId` is your external_user_id; `dataType` a HealthKit short name. Invalid readings are skipped.
         */
        post: operations["Tutorial_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "connection.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The first batch from a provider (apple, google, samsung) was stored for a user */
        post: operations["webhook_connection_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user's connection ended (SDK sign-out, an operator, the application's deletion) */
        post: operations["webhook_connection_revoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "import.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A data import finished */
        post: operations["webhook_import_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "import.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A data import failed */
        post: operations["webhook_import_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "summary.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Daily summaries of a user's local days may have changed (coalesced over a short window) */
        post: operations["webhook_summary_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A sync batch was stored and normalized */
        post: operations["webhook_sync_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync.quarantined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A sync batch could not be used as sent and was kept aside for an operator */
        post: operations["webhook_sync_quarantined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user was created */
        post: operations["webhook_user_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user and all their data were deleted */
        post: operations["webhook_user_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Logged (not sent) when an endpoint is disabled after failing for too long */
        post: operations["webhook_webhook_disabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sent to one endpoint on request (POST …/webhooks/{id}/test) */
        post: operations["webhook_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AcceptInvitationDto: {
            token: string;
        };
        ActivitySummaryDto: {
            active_calories_kcal: number | null;
            /** @description Exercise minutes. */
            active_minutes: number | null;
            basal_calories_kcal: number | null;
            cycling_distance_meters: number | null;
            /** @description Local calendar day. */
            date: string;
            /** @description Walking and running distance (and distance of unstated activity). */
            distance_meters: number | null;
            floors_climbed: number | null;
            heart_rate: components["schemas"]["HeartRateStatsDto"] | null;
            /** @description The main source of the day's steps (peer field). */
            source: components["schemas"]["SourceMetadataDto"] | null;
            /** @description Per figure, which sources counted (priority resolution per 15-minute slice). */
            sources: components["schemas"]["MetricSourcesDto"][];
            steps: number | null;
            /** @description The platform's total when it reports one, else active + basal. */
            total_calories_kcal: number | null;
            /** @description The offset most of the day's counted data had (±HH:MM). */
            zone_offset: string;
        };
        ActivitySummaryPageDto: {
            data: components["schemas"]["ActivitySummaryDto"][];
            metadata: components["schemas"]["SummaryMetadataDto"];
            pagination: components["schemas"]["PaginationDto"];
        };
        ApiKeyResponseDto: {
            app_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            created_by?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_used_at?: string | null;
            name: string;
            /**
             * @description Recognisable start of the key; the full key is never shown again.
             * @example sk-1f9a0c2e
             */
            prefix: string;
        };
        ApiKeyWithSecretResponseDto: {
            app_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            created_by?: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Shown once. Send it as `X-Open-Wearables-API-Key` (or `X-API-Key`).
             * @example sk-1f9a0c2e…
             */
            key: string;
            /** Format: date-time */
            last_used_at?: string | null;
            name: string;
            /**
             * @description Recognisable start of the key; the full key is never shown again.
             * @example sk-1f9a0c2e
             */
            prefix: string;
        };
        ApplicationResponseDto: {
            /** @example app_4c1d0f8e6f0b4a7c9a3c2b1d0e9f8a7b */
            app_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @description The organization that owns it.
             */
            organization_id: string;
        };
        ApplicationWithSecretResponseDto: {
            /** @example app_4c1d0f8e6f0b4a7c9a3c2b1d0e9f8a7b */
            app_id: string;
            /**
             * @description Shown once; store it in the integrator backend's secret store.
             * @example secret_9f2c…
             */
            app_secret: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @description The organization that owns it.
             */
            organization_id: string;
        };
        AuditEventDto: {
            /** @example token.reuse_detected */
            action: string;
            actor_id?: string | null;
            /** @enum {string} */
            actor_type: "operator" | "app" | "sdk" | "system" | "anonymous";
            /** Format: uuid */
            application_id?: string | null;
            details: {
                [key: string]: unknown;
            };
            /** @example 1042 */
            id: string;
            /** Format: date-time */
            occurred_at: string;
            /** Format: uuid */
            organization_id?: string | null;
            subject_id?: string | null;
            /** Format: uuid */
            user_id?: string | null;
        };
        AuditEventPageDto: {
            data: components["schemas"]["AuditEventDto"][];
            pagination: components["schemas"]["CursorPaginationDto"];
        };
        BatchDto: {
            batch_id: string;
            completed_at: string;
            /** @description Per-collection counts as normalization reported them. */
            counts: {
                [key: string]: unknown;
            };
            duplicate: number;
            inserted: number;
            item_count: number;
            provider: string;
            /** @description Why the batch is (or was) quarantined. */
            quarantine_reason: string | null;
            received_at: string;
            rejected: number;
            /** @description X-Open-Wearables-SDK-Version of the push. */
            sdk_header_version: string | null;
            /** @description X-Open-Wearables-SDK-Platform of the push. */
            sdk_platform: string | null;
            sdk_version: string | null;
            /** @description sdk or tutorial. */
            source: string;
            /** @description completed, partial when some items were rejected, quarantined when the body could not be used as a whole. */
            status: string;
            sync_session_id: string | null;
            /** @enum {string|null} */
            sync_type: "historical" | "live" | null;
            updated: number;
            user_agent: string | null;
        };
        BatchPageDto: {
            data: components["schemas"]["BatchDto"][];
            metadata: components["schemas"]["BatchPageMetadataDto"];
            pagination: components["schemas"]["PaginationDto"];
        };
        BatchPageMetadataDto: {
            sample_count: number;
        };
        BodyMetricDto: {
            average: number;
            count: number;
            /** @description The day's last reading of the counted source. */
            latest: number;
            latest_at: string;
            max: number;
            min: number;
            source: components["schemas"]["SourceMetadataDto"];
            unit: string;
        };
        BodySummaryDto: {
            blood_pressure_diastolic: components["schemas"]["BodyMetricDto"] | null;
            blood_pressure_systolic: components["schemas"]["BodyMetricDto"] | null;
            body_fat_percentage: components["schemas"]["BodyMetricDto"] | null;
            body_mass_index: components["schemas"]["BodyMetricDto"] | null;
            body_temperature: components["schemas"]["BodyMetricDto"] | null;
            date: string;
            heart_rate_variability_rmssd: components["schemas"]["BodyMetricDto"] | null;
            heart_rate_variability_sdnn: components["schemas"]["BodyMetricDto"] | null;
            height: components["schemas"]["BodyMetricDto"] | null;
            resting_heart_rate: components["schemas"]["BodyMetricDto"] | null;
            weight: components["schemas"]["BodyMetricDto"] | null;
        };
        BodySummaryPageDto: {
            data: components["schemas"]["BodySummaryDto"][];
            metadata: components["schemas"]["SummaryMetadataDto"];
            pagination: components["schemas"]["PaginationDto"];
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "viewer" | "developer" | "admin" | "owner";
        };
        CollectionCountsDto: {
            duplicate: number;
            inserted: number;
            received: number;
            rejected: number;
            /** @description Records only: kept as raw records because no mapping knows their type. */
            unknown?: number;
            updated: number;
        };
        ConnectionCreatedDataDto: {
            /** @example apple */
            provider: string;
            /** @description True when a sync brought back a connection that had been revoked (by sign-out or an operator). */
            reactivated: boolean;
            /** Format: uuid */
            user_id: string;
        };
        ConnectionDataSourceDto: {
            app_id: string | null;
            app_name: string | null;
            device_model: string | null;
            device_name: string | null;
            device_type: string;
            id: string;
            last_batch_at: string | null;
            last_sdk_platform: string | null;
            /** @description X-Open-Wearables-SDK-Version of the SDK that last delivered data for this source. */
            last_sdk_version: string | null;
        };
        ConnectionDto: {
            data_sources: components["schemas"]["ConnectionDataSourceDto"][];
            first_sync_at: string | null;
            last_sync_at: string | null;
            /**
             * @description `google` is Health Connect.
             * @enum {string}
             */
            provider: "apple" | "google" | "samsung";
            revoked_at: string | null;
            /** @example sdk_sign_out */
            revoked_reason: string | null;
            sdk_platform: string | null;
            /** @description From X-Open-Wearables-SDK-Version, else the envelope's sdkVersion. */
            sdk_version: string | null;
            /** @enum {string} */
            status: "active" | "revoked";
            user_agent: string | null;
            user_id: string;
        };
        ConnectionListDto: {
            items: components["schemas"]["ConnectionDto"][];
            total: number;
        };
        ConnectionRevokedDataDto: {
            /** @example apple */
            provider: string | null;
            /** @enum {string} */
            reason: "sdk_sign_out" | "operator";
            /** Format: uuid */
            user_id: string;
        };
        ContributorDto: {
            /** @description The source's rank under the application's priority (1 = preferred). */
            rank: number;
            source: components["schemas"]["SourceMetadataDto"];
            /** @description What this source counted for, in the metric's unit. */
            value: number;
        };
        CreateApiKeyDto: {
            /** @description The application the key acts as; required for operators, implied for app credentials. */
            app_id?: string;
            /** @description Defaults to "Default"; `null` is refused. */
            name?: string;
        };
        CreateApplicationDto: {
            /** @description Display name of the application. */
            name: string;
            /**
             * Format: uuid
             * @description The owning organization; needed only when the operator is a developer (or more) in several.
             */
            organization_id?: string;
        };
        CreatedInvitationResponseDto: {
            /** Format: date-time */
            created_at: string;
            email: string;
            /** @description Whether the invitation email was accepted by the SMTP server. */
            email_sent: boolean;
            /** Format: date-time */
            expires_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            /** @enum {string} */
            role: "viewer" | "developer" | "admin" | "owner";
            /**
             * @description Shown only here: hand it to the invitee (it is also emailed when SMTP_URL is set).
             * @example inv_3f9a…
             */
            token: string;
        };
        CreateInvitationDto: {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "viewer" | "developer" | "admin" | "owner";
        };
        CreateOrganizationDto: {
            name: string;
        };
        CreateUserDto: {
            /** @description Which application the user belongs to; required for operators, implied for app credentials. */
            app_id?: string;
            /** Format: email */
            email?: string;
            /** @description Your own id for the user. Creating again with the same value returns the existing user (200). */
            external_user_id?: string;
            first_name?: string;
            last_name?: string;
        };
        CreateWebhookDto: {
            description?: string | null;
            enabled?: boolean;
            /** @description Event types to receive; omitted or null: all of them. */
            event_types?: ("sync.completed" | "sync.quarantined" | "summary.updated" | "user.created" | "user.deleted" | "connection.created" | "connection.revoked" | "import.completed" | "import.failed")[] | null;
            /**
             * @description Where events are POSTed: https in production, never an internal address unless configured.
             * @example https://example.com/hooks/wearbridge
             */
            url: string;
        };
        CursorPaginationDto: {
            has_more: boolean;
            next_cursor?: string | null;
        };
        DataSourceDto: {
            app_id: string | null;
            created_at: string;
            device_manufacturer: string | null;
            device_model: string | null;
            device_name: string | null;
            device_type: string;
            display_name: string;
            id: string;
            original_source_name: string | null;
            /** @description Rank under the application's source priority (1 = preferred in summaries). */
            priority_rank: number;
            provider: string;
            recording_method: string | null;
            software_version: string | null;
            /** @description Writer app (name, else bundle/package id). */
            source: string | null;
            /** @description Peer field; on-device sources have no connection. */
            user_connection_id: string | null;
            user_id: string;
        };
        DataSourceListDto: {
            items: components["schemas"]["DataSourceDto"][];
            total: number;
        };
        DeletedCountsDto: {
            applied: number;
            received: number;
            rejected: number;
        };
        EventsMetadataDto: {
            end_time: string;
            resolution: string | null;
            sample_count: number;
            start_time: string;
        };
        FieldErrorDto: {
            /** @example name */
            field: string;
            /**
             * @example [
             *       "name must be shorter than or equal to 100 characters"
             *     ]
             */
            messages: string[];
        };
        HeartRateStatsDto: {
            avg_bpm: number;
            max_bpm: number;
            min_bpm: number;
            sample_count: number;
        };
        ImportCompletedDataDto: {
            /** Format: uuid */
            import_id: string;
            /** @example apple_health */
            kind: string;
            totals: components["schemas"]["ImportTotalsDto"];
            /** Format: uuid */
            user_id: string;
        };
        ImportDto: {
            /**
             * @description Per export type (HealthKit identifier, `Workout`, `ActivitySummary`…). seen − stored − duplicate − rejected is what an export holds but the model does not import (ActivitySummary rings, clinical records).
             * @example {
             *       "HKQuantityTypeIdentifierStepCount": {
             *         "duplicate": 48,
             *         "rejected": 2,
             *         "seen": 1200,
             *         "stored": 1150
             *       }
             *     }
             */
            by_type: {
                [key: string]: components["schemas"]["ImportTypeCountsDto"];
            };
            /** @description Bytes received (uploading) or parsed (parsing); compressed bytes of a zip. */
            bytes_read: number;
            /** @description Size of the file (while uploading: Content-Length). */
            bytes_total: number | null;
            /** Format: date-time */
            created_at: string;
            /** @description Why the import failed. */
            error: string | null;
            /** @description While parsing: the time left at the rate so far, in seconds. */
            estimated_seconds_left: number | null;
            /** @example export.zip */
            file_name: string | null;
            /** Format: date-time */
            finished_at: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "apple_health";
            rejection_count: number;
            /** @description The first 100 rejections. */
            rejections: components["schemas"]["ImportRejectionDto"][];
            /** @description SHA-256 (hex) of the decoded upload. */
            sha256: string | null;
            /** Format: date-time */
            started_at: string | null;
            /**
             * @description uploading (the body is arriving), queued, parsing, then completed, failed (see `error`) or cancelled.
             * @enum {string}
             */
            status: "uploading" | "queued" | "parsing" | "completed" | "failed" | "cancelled";
            totals: components["schemas"]["ImportTotalsDto"];
            /** Format: uuid */
            user_id: string;
        };
        ImportFailedDataDto: {
            /** @example The zip holds no apple_health_export/export.xml. */
            error: string;
            /** Format: uuid */
            import_id: string;
            /** @example apple_health */
            kind: string;
            /** @description What was stored before the failure stays stored. */
            totals: components["schemas"]["ImportTotalsDto"];
            /** Format: uuid */
            user_id: string;
        };
        ImportPageDto: {
            data: components["schemas"]["ImportDto"][];
            pagination: components["schemas"]["ImportPaginationDto"];
        };
        ImportPaginationDto: {
            has_more: boolean;
            next_cursor: string | null;
        };
        ImportRejectionDto: {
            /** @description Line of export.xml; null when normalization refused it. */
            line: number | null;
            /** @example startDate is not a date */
            reason: string;
            /**
             * @description The HealthKit type (`HKQuantityTypeIdentifierStepCount`) or the element (`Workout`, `WorkoutRoute`).
             * @example HKQuantityTypeIdentifierHeartRate
             */
            type: string;
        };
        ImportTotalsDto: {
            /** @description Already held: an earlier import of the same history, or the SDK's copy of the same reading. */
            duplicate: number;
            rejected: number;
            /** @description Elements read from the file. */
            seen: number;
            /** @description Rows written: new, or changed since an earlier import. */
            stored: number;
        };
        ImportTypeCountsDto: {
            /** @description Already held: an earlier import of the same history, or the SDK's copy of the same reading. */
            duplicate: number;
            rejected: number;
            /** @description Elements read from the file. */
            seen: number;
            /** @description Rows written: new, or changed since an earlier import. */
            stored: number;
        };
        IntrospectionResponseDto: {
            active: boolean;
            app_id?: string;
            /** @description RFC 7662: the client (app_id) the token was issued to. */
            client_id?: string;
            /** @description Expiry, seconds since the epoch. */
            exp?: number;
            /** @description Issue time, seconds since the epoch. */
            iat?: number;
            /** @example sdk */
            scope?: string;
            /** @description User id (SDK tokens) or application id (app tokens). */
            sub?: string;
            /** @enum {string} */
            token_type?: "access_token" | "refresh_token";
        };
        IntrospectTokenDto: {
            token: string;
            token_type_hint?: string;
        };
        InvitationCodeResponseDto: {
            /**
             * @description Shown once; 8 characters from A–Z (no I, O) and 2–9.
             * @example K7M2QX9P
             */
            code: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            user_id: string;
        };
        InvitationResponseDto: {
            /** Format: date-time */
            created_at: string;
            email: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            /** @enum {string} */
            role: "viewer" | "developer" | "admin" | "owner";
        };
        JwkDto: {
            /** @example ES256 */
            alg: string;
            /** @example Ed25519 */
            crv?: string;
            /** @example a3f0c2e4-… */
            kid: string;
            /** @example OKP */
            kty: string;
            /** @example sig */
            use: string;
            x?: string;
            y?: string;
        };
        JwksDto: {
            keys: components["schemas"]["JwkDto"][];
        };
        LivenessDto: Record<string, never>;
        LoginDto: {
            client_id?: string;
            client_secret?: string;
            /** Format: email */
            email?: string;
            grant_type?: string;
            password: string;
            scope?: string;
            /** @description The email, as the OAuth2 password form names it. */
            username?: string;
        };
        MemberResponseDto: {
            email: string;
            /** Format: date-time */
            joined_at: string;
            /** Format: uuid */
            operator_id: string;
            /** @enum {string} */
            role: "viewer" | "developer" | "admin" | "owner";
        };
        MembershipResponseDto: {
            /** Format: uuid */
            id: string;
            name: string;
            password_login_disabled: boolean;
            /** @enum {string} */
            role: "viewer" | "developer" | "admin" | "owner";
        };
        MetricDto: {
            /**
             * @description How values roll up to one per day
             * @enum {string}
             */
            aggregation: "sum" | "avg" | "min" | "max" | "last";
            /**
             * @description Category metrics only: platform integer → label
             * @example {
             *       "1": "unspecified",
             *       "2": "light"
             *     }
             */
            categories?: {
                [key: string]: string;
            };
            /**
             * @description Stable metric code used in read responses
             * @example heart_rate
             */
            code: string;
            /** @example Heart rate */
            description: string;
            /** @example heart */
            group: string;
            /**
             * @description Instant reading, quantity over an interval, or label
             * @enum {string}
             */
            kind: "sample" | "interval" | "category";
            /**
             * @description Largest accepted value, in `unit`
             * @example 300
             */
            max: number;
            /**
             * @description Smallest accepted value, in `unit`
             * @example 20
             */
            min: number;
            /**
             * @description The Open Wearables series code when ours differs
             * @example energy
             */
            peer_code?: string;
            /**
             * @description Canonical unit every stored value is in
             * @example bpm
             */
            unit: string;
        };
        MetricLagDto: {
            /** @description Seconds from the newest sample's end to now. */
            lag_seconds: number;
            metric: string;
            newest_sample_end: string;
            newest_sample_start: string;
        };
        MetricsCatalogueDto: {
            /**
             * @example [
             *       "running",
             *       "cycling",
             *       "swimming"
             *     ]
             */
            activity_types: string[];
            metrics: components["schemas"]["MetricDto"][];
            sleep_stages: components["schemas"]["SleepStageDto"][];
            workout_statistics: components["schemas"]["WorkoutStatisticDto"][];
        };
        MetricSourcesDto: {
            /** @description Sources that counted, best-ranked first. A source missing here either had no data or was outranked in every slice. */
            contributors: components["schemas"]["ContributorDto"][];
            metric: string;
            unit: string;
            value: number;
        };
        MintTokenDto: {
            /** @description App credentials in the body (Open Wearables contract); HTTP Basic, an API key or an operator token work too. */
            app_id?: string;
            app_secret?: string;
        };
        OAuthErrorDto: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unsupported_grant_type" | "slow_down";
            error_description: string;
        };
        OAuthServerMetadataDto: {
            /**
             * @example [
             *       "client_credentials",
             *       "refresh_token"
             *     ]
             */
            grant_types_supported: string[];
            introspection_endpoint: string;
            introspection_endpoint_auth_methods_supported: string[];
            /** @example https://wearbridge.example.com */
            issuer: string;
            jwks_uri: string;
            /** @description No authorization endpoint: empty. */
            response_types_supported: string[];
            revocation_endpoint: string;
            revocation_endpoint_auth_methods_supported: string[];
            /**
             * @example [
             *       "app",
             *       "sdk"
             *     ]
             */
            scopes_supported: string[];
            service_documentation: string;
            token_endpoint: string;
            /**
             * @example [
             *       "client_secret_basic",
             *       "client_secret_post"
             *     ]
             */
            token_endpoint_auth_methods_supported: string[];
        };
        OAuthTokenDto: {
            client_id?: string;
            client_secret?: string;
            /** @enum {string} */
            grant_type: "client_credentials" | "refresh_token";
            refresh_token?: string;
            scope?: string;
        };
        OAuthTokenParameterDto: {
            client_id?: string;
            client_secret?: string;
            token: string;
            token_type_hint?: string;
        };
        OAuthTokenResponseDto: {
            access_token: string;
            expires_in: number;
            refresh_token?: string;
            /** @example app */
            scope?: string;
            /**
             * @example bearer
             * @enum {string}
             */
            token_type: "bearer";
        };
        OperatorResponseDto: {
            /** Format: date-time */
            created_at: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_login_at?: string | null;
        };
        OrganizationResponseDto: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            password_login_disabled: boolean;
            /**
             * @description The caller's role in it.
             * @enum {string}
             */
            role: "viewer" | "developer" | "admin" | "owner";
            /** @enum {string} */
            sso_default_role: "viewer" | "developer" | "admin" | "owner";
            sso_domains: string[];
        };
        PaginationDto: {
            has_more: boolean;
            /** @description Opaque cursor of the next page; null on the last page. */
            next_cursor: string | null;
            /** @description Opaque cursor of the previous page; null on the first page. */
            previous_cursor: string | null;
        };
        ProblemDto: {
            /** @description Human-readable explanation (what the Open Wearables clients display). */
            detail: string;
            /** @description Every invalid field of a validation error. */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description Correlation id; also in the X-Request-Id response header. */
            request_id?: string;
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example urn:wearbridge:problem:validation-failed */
            type: string;
        };
        PutSourcePriorityDto: {
            /** @description Device types, best first (watch, fitness_band, ring, chest_strap, phone, scale, head_mounted, smart_display, unknown); unlisted ones follow in default order. */
            device_types: ("watch" | "fitness_band" | "ring" | "chest_strap" | "phone" | "scale" | "head_mounted" | "smart_display" | "unknown")[];
            /** @description Providers, best first (apple, samsung, google); unlisted ones follow in default order. */
            providers: ("apple" | "samsung" | "google")[];
        };
        QuarantineDto: {
            /** @description False for `body_too_large` and `undecodable_body`: that body was not held, so no replay can repair it. */
            body_kept: boolean;
            detail: string;
            /** @enum {string} */
            reason: "empty_body" | "invalid_json" | "not_an_object" | "missing_provider" | "unknown_provider" | "invalid_data" | "nothing_usable" | "body_too_large" | "undecodable_body";
        };
        RedeemInvitationDto: {
            code: string;
        };
        RedeemInvitationResponseDto: {
            /** @description JWT access token (typ at+jwt). */
            access_token: string;
            /**
             * @description Access-token lifetime in seconds.
             * @example 3600
             */
            expires_in: number;
            /**
             * @description Opaque rotating refresh token.
             * @example rt-4f1c…
             */
            refresh_token?: string;
            /**
             * @example bearer
             * @enum {string}
             */
            token_type: "bearer";
            /** Format: uuid */
            user_id: string;
        };
        RefreshTokenDto: {
            refresh_token: string;
        };
        RegisterWithInvitationDto: {
            password: string;
            token: string;
        };
        RejectionDto: {
            /** @enum {string} */
            collection: "records" | "sleep" | "workouts" | "deleted" | "readings";
            /** @description Position of the item in its array. */
            index: number;
            reason: string;
            /** @description The item's type string, when it had one. */
            type?: string;
        };
        ReplayWebhookDto: {
            /**
             * Format: date-time
             * @description Re-send every event (of the types this endpoint takes) that occurred at or after this time.
             */
            since: string;
        };
        RevokeTokenDto: {
            refresh_token?: string;
            token?: string;
            token_type_hint?: string;
        };
        RotateSecretDto: {
            /** @description Seconds during which the replaced secret keeps working (0 = stops at once; at most 7 days). */
            grace_seconds?: number;
        };
        RotateWebhookSecretDto: {
            /** @description How long the old secret keeps signing beside the new one (0–604800 s, default 86400). */
            grace_seconds?: number;
        };
        SessionResponseDto: {
            /** @description Send it in X-CSRF-Token on every request that is not GET, HEAD or OPTIONS (it is also in the __Host-wb_csrf cookie). */
            csrf_token: string;
            /**
             * @description Seconds until the access cookie expires; refresh before.
             * @example 3600
             */
            expires_in: number;
            /**
             * @example cookie
             * @enum {string}
             */
            token_type: "cookie";
        };
        SleepPageDto: {
            data: components["schemas"]["SleepSessionDto"][];
            metadata: components["schemas"]["EventsMetadataDto"];
            pagination: components["schemas"]["PaginationDto"];
        };
        SleepSessionDto: {
            duration_seconds: number;
            efficiency_percent: number | null;
            end_time: string;
            id: string;
            is_nap: boolean;
            /** @description False when this (in-bed only) session overlaps a staged one of another source and is not counted. */
            is_primary: boolean;
            /** @description The local day the session ends on: the night it belongs to. */
            local_date: string;
            sleep_duration_seconds: number;
            sleep_stage_intervals: components["schemas"]["StageIntervalDto"][];
            source: components["schemas"]["SourceMetadataDto"];
            stages: components["schemas"]["SleepStagesDto"];
            start_time: string;
            time_in_bed_seconds: number;
            zone_offset: string | null;
        };
        SleepSessionRefDto: {
            duration_minutes: number;
            end_time: string;
            id: string;
            is_nap: boolean;
            start_time: string;
            zone_offset: string | null;
        };
        SleepSourceDto: {
            /** @description True for the source whose sessions make this night. */
            counted: boolean;
            rank: number;
            source: components["schemas"]["SourceMetadataDto"];
        };
        SleepStageDto: {
            /** @enum {string} */
            code: "in_bed" | "asleep" | "awake" | "light" | "deep" | "rem" | "unknown";
            /** @example Light sleep (Apple core sleep) */
            description: string;
        };
        SleepStagesDto: {
            /** @description Asleep without a stage (platforms that do not stage sleep). */
            asleep_minutes: number;
            awake_minutes: number;
            deep_minutes: number;
            light_minutes: number;
            rem_minutes: number;
        };
        SleepSummaryDto: {
            /** @description Heart rate during the main sleep. */
            avg_heart_rate_bpm: number | null;
            avg_hrv_rmssd_ms: number | null;
            avg_hrv_sdnn_ms: number | null;
            avg_respiratory_rate: number | null;
            avg_spo2_percent: number | null;
            /** @description Local day of waking up. */
            date: string;
            /** @description Sleep in the main sleep. */
            duration_minutes: number;
            efficiency_percent: number | null;
            end_time: string | null;
            min_heart_rate_bpm: number | null;
            nap_count: number;
            nap_duration_minutes: number;
            /** @description The platform's resting heart rate for the day of waking. */
            resting_heart_rate_bpm: number | null;
            sessions: components["schemas"]["SleepSessionRefDto"][];
            source: components["schemas"]["SourceMetadataDto"];
            /** @description Every source with a session that night, and which one counted. */
            sources: components["schemas"]["SleepSourceDto"][];
            stages: components["schemas"]["SleepSummaryStagesDto"];
            /** @description Main sleep (the longest non-nap session of the counted source); null when the day had only naps. */
            start_time: string | null;
            time_in_bed_minutes: number;
            /** @description Sleep in the main sleep and the naps. */
            total_duration_minutes: number;
            zone_offset: string | null;
        };
        SleepSummaryPageDto: {
            data: components["schemas"]["SleepSummaryDto"][];
            metadata: components["schemas"]["SummaryMetadataDto"];
            pagination: components["schemas"]["PaginationDto"];
        };
        SleepSummaryStagesDto: {
            asleep_minutes: number;
            awake_minutes: number;
            deep_minutes: number;
            light_minutes: number;
            rem_minutes: number;
        };
        SourceMetadataDto: {
            /** @description The data source's id (GET …/data-sources lists them). */
            data_source_id: string;
            /** @description Device model as the platform sent it (e.g. Watch7,5, SM-L310). */
            device: string | null;
            /** @description Device name as the platform sent it. */
            device_name: string | null;
            /** @description watch, phone, band, ring, scale, other or unknown. */
            device_type: string | null;
            /** @description apple, google (Health Connect) or samsung. */
            provider: string;
            /** @description Writer app name, or its id when the platform gave no name. */
            source: string | null;
        };
        SourcePriorityDto: {
            app_id: string;
            /** @description As set by the application (empty when it never set one). */
            device_types: string[];
            /** @description The complete order summaries apply: the override, then the defaults it did not list. */
            effective_device_types: string[];
            effective_providers: string[];
            providers: string[];
            /** @description Device type decides first, then provider, then the older data source. */
            rule: string;
            updated_at: string | null;
        };
        SsoAuthorizationDto: {
            /** @description The identity provider's authorization URL to send the browser to. */
            authorization_url: string;
        };
        StageIntervalDto: {
            end_time: string;
            /** @description in_bed, asleep, awake, light, deep, rem or unknown. */
            stage: string;
            start_time: string;
        };
        StatisticDto: {
            type: string;
            /** @description Canonical unit; null for statistics no mapping knows (kept as sent). */
            unit: string | null;
            value: number;
        };
        SummaryDayDto: {
            kinds: ("activity" | "sleep" | "body")[];
            /**
             * Format: date
             * @example 2026-11-20
             */
            local_date: string;
        };
        SummaryMetadataDto: {
            end_date: string;
            /** @description Offset applied to records that carried none: the user's last known, else +00:00. */
            fallback_zone_offset: string;
            /** @description How sources were chosen. */
            priority: string;
            start_date: string;
        };
        SummaryUpdatedDataDto: {
            /** @description The user's local days whose daily summaries may have changed, oldest first. */
            days: components["schemas"]["SummaryDayDto"][];
            /** Format: uuid */
            user_id: string;
        };
        SyncClientDto: {
            /** @description X-Open-Wearables-SDK-Platform. */
            platform: string | null;
            /** @description X-Open-Wearables-SDK-Version. */
            sdk_version: string | null;
            user_agent: string | null;
        };
        SyncCollectionsDto: {
            deleted: components["schemas"]["DeletedCountsDto"];
            records: components["schemas"]["CollectionCountsDto"];
            sleep: components["schemas"]["CollectionCountsDto"];
            workouts: components["schemas"]["CollectionCountsDto"];
        };
        SyncCompletedDataDto: {
            /** Format: uuid */
            batch_id: string;
            counts: components["schemas"]["SyncCountsDto"];
            /**
             * @description Catalogue codes of the metrics the batch stored samples of (sleep and workouts are counted in `counts`).
             * @example [
             *       "heart_rate",
             *       "steps"
             *     ]
             */
            metrics: string[];
            /** @example apple */
            provider: string;
            /** @description Earliest start and latest end of what the batch stored; null when it stored nothing. */
            time_range: components["schemas"]["TimeRangeDto"] | null;
            /** Format: uuid */
            user_id: string;
        };
        SyncCountsDto: {
            deleted: {
                applied: number;
                received: number;
                rejected: number;
            };
            records: components["schemas"]["WebhookCollectionCountsDto"];
            sleep: components["schemas"]["WebhookCollectionCountsDto"];
            workouts: components["schemas"]["WebhookCollectionCountsDto"];
        };
        SyncDataDto: {
            /** @description Tombstones `{id, type}` of records deleted on the device. */
            deleted?: Record<string, never>[];
            /** @description Samples (10 keys each). */
            records?: Record<string, never>[];
            /** @description Sleep stage intervals. */
            sleep?: Record<string, never>[];
            /** @description Workout sessions. */
            workouts?: Record<string, never>[];
        };
        SyncLogsRequestDto: {
            /** @description Events as the SDK sends them (`eventType`, `timestamp`, …); unknown types are kept. */
            events: Record<string, never>[];
            /** @enum {string} */
            provider?: "apple" | "google" | "samsung";
            /** @example 0.13.0 */
            sdkVersion?: string;
        };
        SyncLogsResultDto: {
            /** @description Events that were not objects, or beyond 1,000 in one request. */
            dropped_count: number;
            events_saved: number;
            records_saved: number;
            /** @example Log events stored successfully */
            response: string;
            sleep_saved: number;
            /** @example 202 */
            status_code: number;
            user_id: string;
            workouts_saved: number;
        };
        SyncQuarantinedDataDto: {
            /** Format: uuid */
            batch_id: string;
            /** @example apple */
            provider: string | null;
            /** @description Why the batch was kept aside instead of stored. */
            reason: string;
            /** Format: uuid */
            user_id: string;
        };
        SyncRequestDto: {
            data: components["schemas"]["SyncDataDto"];
            /**
             * @description Case-insensitive.
             * @enum {string}
             */
            provider: "apple" | "google" | "samsung";
            /** @example 0.13.0 */
            sdkVersion?: string;
            /** @example 2026-04-10T12:00:05Z */
            syncTimestamp?: string;
        };
        SyncResultDto: {
            /** Format: uuid */
            batch_id: string;
            client: components["schemas"]["SyncClientDto"];
            collections: components["schemas"]["SyncCollectionsDto"];
            completed_at: string;
            /** @description Items skipped because they were invalid (same as `rejected`). */
            dropped_count: number;
            /** @description Items identical to what was already stored. */
            duplicate: number;
            inserted: number;
            /** @description Items in the batch (records + sleep + workouts + deleted). */
            items: number;
            provider: string;
            /** @description Why the batch is (or was, before a replay released it) quarantined. */
            quarantine?: components["schemas"]["QuarantineDto"] | null;
            /** @description True while the batch is quarantined. */
            quarantined: boolean;
            received_at: string;
            /** @description Records inserted or changed. */
            records_saved: number;
            rejected: number;
            /** @description The first 100 rejections, in collection then index order. */
            rejections: components["schemas"]["RejectionDto"][];
            /** @description More items were rejected than `rejections` lists. */
            rejections_truncated: boolean;
            /** @description When the batch was last replayed through the mappings. */
            renormalized_at?: string | null;
            /** @example Batch stored */
            response: string;
            sdk_version: string | null;
            sleep_saved: number;
            /** @enum {string} */
            source: "sdk" | "tutorial";
            /**
             * @description `partial` when some items were rejected; `quarantined` when the body could not be used as a whole: it was kept (see `quarantine`) and nothing was normalized until an operator replays it.
             * @enum {string}
             */
            status: "completed" | "partial" | "quarantined";
            /** @example 202 */
            status_code: number;
            sync_session_id: string | null;
            /** @enum {string|null} */
            sync_type: "historical" | "live" | null;
            updated: number;
            user_id: string;
            workouts_saved: number;
        };
        SyncSessionDto: {
            batches: number;
            /** @description The session’s errors, up to 20. */
            error_details: components["schemas"]["SyncSessionErrorDto"][];
            /** @description Data types whose `historical_data_type_sync_end` said success:false or carried an errorCode. */
            errors: number;
            /**
             * @description Historical: every data type the start event announced (else every type seen) ended with success:true. Live:
             *     each push is complete once acknowledged, so true.
             */
            finished: boolean;
            items: number;
            last_activity_at: string;
            provider: string | null;
            /** @description Batches kept in quarantine. */
            quarantined_batches: number;
            /** @description Items rejected across the session's batches. */
            rejections: number;
            /** @description The first batch or log event of the session. */
            started_at: string;
            sync_session_id: string;
            /**
             * @description historical or live (batches without a syncType count as live).
             * @enum {string}
             */
            sync_type: "historical" | "live";
        };
        SyncSessionErrorDto: {
            data_type: string | null;
            error_code: string | null;
            error_message: string | null;
        };
        SyncSessionListDto: {
            items: components["schemas"]["SyncSessionDto"][];
            total: number;
        };
        SyncStatusDto: {
            generated_at: string;
            /** @description The newest batch of each provider, newest first. */
            last_batches: components["schemas"]["BatchDto"][];
            last_synced_at: string | null;
            /** @description The sync session with the newest activity. */
            latest_session: components["schemas"]["SyncSessionDto"] | null;
            /** @description Per metric, how far behind now its newest sample is. */
            metrics: components["schemas"]["MetricLagDto"][];
            /** @description The latest SDK telemetry events (POST /sdk/users/{id}/logs), newest first. */
            telemetry: components["schemas"]["TelemetryEventDto"][];
            user_id: string;
        };
        TelemetryEventDto: {
            event_type: string | null;
            occurred_at: string | null;
            /** @description The event as the SDK sent it. */
            payload: {
                [key: string]: unknown;
            };
            provider: string | null;
            received_at: string;
            sdk_version: string | null;
            sync_session_id: string | null;
        };
        TimeRangeDto: {
            /** Format: date-time */
            end: string;
            /** Format: date-time */
            start: string;
        };
        TimeseriesItemDto: {
            /**
             * @description Buckets: sum, avg or count.
             * @enum {string}
             */
            aggregation?: "sum" | "avg" | "count";
            /** @description Category metrics: the label of a raw sample. */
            category?: string | null;
            /** @description Buckets: samples (or sample parts) in the bucket. */
            count?: number;
            /** @description End of the sample or bucket (UTC, exclusive for buckets). */
            end_timestamp: string;
            /** @description Peer compatibility: we never store provider daily totals. */
            is_daily_total: boolean | null;
            max?: number;
            min?: number;
            source: components["schemas"]["SourceMetadataDto"];
            /** @description Start of the sample or bucket (UTC). */
            timestamp: string;
            type: string;
            /** @description Canonical unit of `value` (catalogue unit; `count` for counted category buckets). */
            unit: string;
            /** @description In `unit`; a bucket's sum, average or count (see `aggregation`). */
            value: number;
            /** @description ±HH:MM: the sample's own offset; for local buckets the offset at the bucket's first sample. Null when unknown. */
            zone_offset: string | null;
        };
        TimeseriesMetadataDto: {
            end_time: string;
            /** @description The offset used for records that carried none (the user's last known), when local alignment needed one. */
            fallback_zone_offset: string | null;
            /** @enum {string} */
            resolution: "raw" | "1min" | "5min" | "15min" | "1hour" | "1day";
            sample_count: number;
            start_time: string;
            tz: string;
        };
        TimeseriesPageDto: {
            data: components["schemas"]["TimeseriesItemDto"][];
            metadata: components["schemas"]["TimeseriesMetadataDto"];
            pagination: components["schemas"]["PaginationDto"];
        };
        TokenResponseDto: {
            /** @description JWT access token (typ at+jwt). */
            access_token: string;
            /**
             * @description Access-token lifetime in seconds.
             * @example 3600
             */
            expires_in: number;
            /**
             * @description Opaque rotating refresh token.
             * @example rt-4f1c…
             */
            refresh_token?: string;
            /**
             * @example bearer
             * @enum {string}
             */
            token_type: "bearer";
        };
        TransferOwnershipDto: {
            /**
             * Format: uuid
             * @description The member who becomes an owner; the caller stays on as admin.
             */
            operator_id: string;
        };
        TutorialReadingDto: {
            /**
             * @description HealthKit short name (stepCount, heartRate, sleepAnalysis, …).
             * @example heartRate
             */
            dataType: string;
            /** @example 2026-04-10T07:15:02Z */
            endDate?: string;
            /** @example 2026-04-10T07:15:02Z */
            startDate: string;
            /** @example count/min */
            unit?: string;
            /** @example 72 */
            value: number;
        };
        TutorialSummaryDto: {
            /**
             * @example {
             *       "heartRate": [
             *         {
             *           "date": "2026-04-10T07:15:02.000Z",
             *           "unit": "bpm",
             *           "value": 72
             *         }
             *       ]
             *     }
             */
            summary: {
                [key: string]: components["schemas"]["TutorialSummaryEntryDto"][];
            };
            /** @description Readings stored for this user in total. */
            totalReadings: number;
            userId: string;
        };
        TutorialSummaryEntryDto: {
            date: string;
            /** @description sleepAnalysis only: the stage; `value` is then the duration in minutes. */
            stage?: string;
            unit: string | null;
            value: number;
        };
        TutorialSyncRequestDto: {
            readings: components["schemas"]["TutorialReadingDto"][];
            /**
             * @description Your own id for the user (external_user_id); the user is created in the API key's application if new.
             * @example user-42
             */
            userId: string;
        };
        TutorialSyncResultDto: {
            /** Format: uuid */
            batch_id: string;
            /** @description Readings in the request. */
            received: number;
            /** @description Readings skipped as invalid (listed in `rejections`). */
            rejected: number;
            rejections: components["schemas"]["RejectionDto"][];
            /** @description Readings stored (received − rejected). */
            stored: number;
        };
        UpdateApiKeyDto: {
            name: string;
        };
        UpdateOrganizationDto: {
            name?: string;
            /** @description SSO-only: members may no longer log in with a password. */
            password_login_disabled?: boolean;
            /**
             * @description Role of operators created by their first single sign-on.
             * @enum {string}
             */
            sso_default_role?: "viewer" | "developer" | "admin" | "owner";
            /** @description Email domains whose single sign-on users join this organization on first login (also in OIDC_ALLOWED_DOMAINS). */
            sso_domains?: string[];
        };
        UpdateUserDto: {
            /** Format: email */
            email?: string | null;
            external_user_id?: string | null;
            first_name?: string | null;
            last_name?: string | null;
        };
        UpdateWebhookDto: {
            description?: string | null;
            /** @description true re-enables an endpoint disabled for failing (its failing streak starts over). */
            enabled?: boolean;
            event_types?: ("sync.completed" | "sync.quarantined" | "summary.updated" | "user.created" | "user.deleted" | "connection.created" | "connection.revoked" | "import.completed" | "import.failed")[] | null;
            /** @example https://example.com/hooks/wearbridge */
            url?: string;
        };
        UserCreatedDataDto: {
            external_user_id: string | null;
            /** Format: uuid */
            user_id: string;
        };
        UserDeletedDataDto: {
            /** Format: uuid */
            user_id: string;
        };
        UserPageDto: {
            has_next: boolean;
            has_prev: boolean;
            items: components["schemas"]["UserResponseDto"][];
            limit: number;
            page: number;
            pages: number;
            total: number;
        };
        UserResponseDto: {
            /** @example app_4c1d0f8e6f0b4a7c9a3c2b1d0e9f8a7b */
            app_id: string;
            /** Format: date-time */
            created_at: string;
            email?: string | null;
            external_user_id?: string | null;
            first_name?: string | null;
            /** @description True while the user holds an unexpired, unrevoked SDK session. */
            has_active_connection: boolean;
            /** Format: uuid */
            id: string;
            last_name?: string | null;
            /** Format: date-time */
            last_synced_at?: string | null;
            /** @example apple */
            last_synced_provider?: string | null;
        };
        WebhookAttemptDto: {
            /** Format: date-time */
            attempted_at: string;
            error: string | null;
            latency_ms: number;
            /**
             * @description The response's Content-Type header; null when it had none or no response came.
             * @example application/json; charset=utf-8
             */
            response_content_type: string | null;
            /** @description The start of the response body: at most its first 2048 bytes, decoded as UTF-8 (invalid bytes replaced by U+FFFD, NUL removed); the rest is never read. Empty for an empty body; null when no response came. */
            response_excerpt: string | null;
            /** @description null: no HTTP response (refused, timed out, blocked address). */
            status_code: number | null;
        };
        WebhookCollectionCountsDto: {
            duplicate: number;
            inserted: number;
            received: number;
            rejected: number;
            updated: number;
        };
        WebhookDeliveryDto: {
            attempt_count: number;
            attempts: components["schemas"]["WebhookAttemptDto"][];
            /** Format: date-time */
            completed_at: string | null;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: uuid
             * @description Also the `webhook-id` header (as `msg_<id without dashes>`).
             */
            event_id: string;
            event_type: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            next_attempt_at: string | null;
            /** Format: date-time */
            occurred_at: string;
            /**
             * @description pending, succeeded, failed (retries exhausted), cancelled (endpoint disabled), notice (logged, not sent).
             * @enum {string}
             */
            state: "pending" | "succeeded" | "failed" | "cancelled" | "notice";
        };
        WebhookDeliveryPageDto: {
            has_next: boolean;
            has_prev: boolean;
            items: components["schemas"]["WebhookDeliveryDto"][];
            limit: number;
            page: number;
            pages: number;
            total: number;
        };
        WebhookDisabledDataDto: {
            /** Format: uuid */
            endpoint_id: string;
            /** Format: date-time */
            failing_since?: string | null;
            /** @example failing */
            reason: string;
        };
        WebhookReplayResponseDto: {
            /** @description Deliveries queued (at most 10,000 per call; call again from the last event's time for more). */
            deliveries: number;
        };
        WebhookResponseDto: {
            app_id: string;
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** @description `failing` when Wearbridge disabled it; null otherwise. */
            disabled_reason: string | null;
            enabled: boolean;
            /** @description null: every event type. */
            event_types: ("sync.completed" | "sync.quarantined" | "summary.updated" | "user.created" | "user.deleted" | "connection.created" | "connection.revoked" | "import.completed" | "import.failed")[] | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Until then deliveries also carry a signature made with the previous secret.
             */
            previous_secret_expires_at: string | null;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        WebhookRetryResponseDto: {
            /** @description The number of the attempt now queued. */
            attempt: number;
            /** Format: uuid */
            delivery_id: string;
        };
        WebhookTestDataDto: {
            /** Format: uuid */
            endpoint_id: string;
            message: string;
        };
        WebhookTestResponseDto: {
            /** Format: uuid */
            delivery_id: string;
            /** Format: uuid */
            event_id: string;
        };
        WebhookWithSecretResponseDto: {
            app_id: string;
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** @description `failing` when Wearbridge disabled it; null otherwise. */
            disabled_reason: string | null;
            enabled: boolean;
            /** @description null: every event type. */
            event_types: ("sync.completed" | "sync.quarantined" | "summary.updated" | "user.created" | "user.deleted" | "connection.created" | "connection.revoked" | "import.completed" | "import.failed")[] | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Until then deliveries also carry a signature made with the previous secret.
             */
            previous_secret_expires_at: string | null;
            /**
             * @description The Standard Webhooks signing secret, shown only in this response.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        WorkoutDetailDto: {
            avg_heart_rate_bpm: number | null;
            avg_pace_sec_per_km: number | null;
            calories_kcal: number | null;
            distance_meters: number | null;
            duration_seconds: number;
            elevation_gain_meters: number | null;
            end_time: string;
            id: string;
            laps: Record<string, never>[] | null;
            max_heart_rate_bpm: number | null;
            name: string | null;
            notes: string | null;
            /** @description Route points as the platform sent them (lat/lon/altitude/time…). */
            route: Record<string, never>[] | null;
            samples: Record<string, never>[] | null;
            segments: Record<string, never>[] | null;
            source: components["schemas"]["SourceMetadataDto"];
            start_time: string;
            /** @description Every statistic in its canonical unit, then the unmapped ones as sent. */
            statistics: components["schemas"]["StatisticDto"][];
            steps: number | null;
            /** @description Unified activity type (running, cycling, …). */
            type: string;
            /** @description The activity type exactly as the platform sent it. */
            vendor_type: string;
            zone_offset: string | null;
        };
        WorkoutDto: {
            avg_heart_rate_bpm: number | null;
            avg_pace_sec_per_km: number | null;
            calories_kcal: number | null;
            distance_meters: number | null;
            duration_seconds: number;
            elevation_gain_meters: number | null;
            end_time: string;
            id: string;
            max_heart_rate_bpm: number | null;
            name: string | null;
            source: components["schemas"]["SourceMetadataDto"];
            start_time: string;
            steps: number | null;
            /** @description Unified activity type (running, cycling, …). */
            type: string;
            /** @description The activity type exactly as the platform sent it. */
            vendor_type: string;
            zone_offset: string | null;
        };
        WorkoutPageDto: {
            data: components["schemas"]["WorkoutDto"][];
            metadata: components["schemas"]["EventsMetadataDto"];
            pagination: components["schemas"]["PaginationDto"];
        };
        WorkoutStatisticDto: {
            /** @example heart_rate_avg */
            code: string;
            /** @example Average heart rate */
            description: string;
            /** @example bpm */
            unit: string;
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
    Jwks_jwks: {
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
                    "application/json": components["schemas"]["JwksDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OAuthMetadata_metadataDocument: {
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
                    "application/json": components["schemas"]["OAuthServerMetadataDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Applications_list: {
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
                    "application/json": components["schemas"]["ApplicationResponseDto"][];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Applications_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationWithSecretResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Applications_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
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
                    "application/json": components["schemas"]["ApplicationResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Applications_delete: {
        parameters: {
            query?: {
                /** @description Also delete the application's users and all their data. */
                force?: boolean;
            };
            header?: never;
            path: {
                app_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sessions_revokeApplicationSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Applications_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateSecretDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationWithSecretResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcePriority_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
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
                    "application/json": components["schemas"]["SourcePriorityDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcePriority_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSourcePriorityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePriorityDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
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
                    "application/json": components["schemas"]["WebhookResponseDto"][];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
                webhook_id: string;
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
                    "application/json": components["schemas"]["WebhookResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
                webhook_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description 1-based page number. */
                page?: number;
                sort_order?: "asc" | "desc";
            };
            header?: never;
            path: {
                app_id: string;
                webhook_id: string;
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
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
                delivery_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRetryResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayWebhookDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplayResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecretDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                app_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditEvents_list: {
        parameters: {
            query?: {
                /** @description Only events of this action, e.g. `token.reuse_detected`. */
                action?: string;
                /** @description Only events of this application. */
                app_id?: string;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Only the events of this organization (members, invitations, ownership, settings); needs the admin role. */
                organization_id?: string;
                /** @description ISO 8601; events at or after. */
                since?: string;
                /** @description ISO 8601; events before. */
                until?: string;
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
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_me: {
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
                    "application/json": components["schemas"]["OperatorResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sso_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A sign-in started with mode=token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Session cookies set; on to OIDC_POST_LOGIN_URL (mode=cookie). */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sso_login: {
        parameters: {
            query?: {
                /** @description `cookie` ends in a browser session; `token` makes the callback answer with a token pair. */
                mode?: "cookie" | "token";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With Accept: application/json. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoAuthorizationDto"];
                };
            };
            /** @description To the identity provider; sets the __Host-wb_sso cookie. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_startSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_endSession: {
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_refreshSession: {
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
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_list: {
        parameters: {
            query?: {
                app_id?: string;
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
                    "application/json": components["schemas"]["ApiKeyResponseDto"][];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecretResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecretResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationCodes_redeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedeemInvitationResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Invitations_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Credentials valid but not for this resource.
             *
             *     Credentials valid but not for this resource.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Invitations_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWithInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Metrics_metrics: {
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
                    "application/json": components["schemas"]["MetricsCatalogueDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OAuth_introspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthTokenParameterDto"];
                "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenParameterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntrospectionResponseDto"];
                };
            };
            /** @description RFC 6749 §5.2 error. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `invalid_client`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Too many requests; retry after `Retry-After` seconds.
             *
             *     The body is the RFC 6749 `slow_down` error.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OAuth_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthTokenParameterDto"];
                "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenParameterDto"];
            };
        };
        responses: {
            /** @description Revoked, or nothing to revoke. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 6749 §5.2 error. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `invalid_client`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OAuth_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthTokenDto"];
                "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthTokenResponseDto"];
                };
            };
            /** @description RFC 6749 §5.2 error. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `invalid_client`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Too many requests; retry after `Retry-After` seconds.
             *
             *     The body is the RFC 6749 `slow_down` error.
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthErrorDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_list: {
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
                    "application/json": components["schemas"]["MembershipResponseDto"][];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organization_id: string;
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
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organization_id: string;
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
                    "application/json": components["schemas"]["InvitationResponseDto"][];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitationResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
                organization_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organization_id: string;
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
                    "application/json": components["schemas"]["MemberResponseDto"][];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                operator_id: string;
                organization_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                operator_id: string;
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Organizations_transferOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferOwnershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"][];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SdkSync_logs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncLogsRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncLogsResultDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SdkSync_sync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first result when repeated. */
                "Idempotency-Key"?: string;
                /** @description Repeated within the window (the SDK 401 retry), replays the first result. */
                "X-Request-Id"?: string;
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResultDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Missing, invalid or expired credentials.
             *
             *     Missing, invalid or expired credentials.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SdkSync_batch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
                user_id: string;
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
                    "application/json": components["schemas"]["SyncResultDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Credentials valid but not for this resource.
             *
             *     Credentials valid but not for this resource.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SdkSync_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
                user_id: string;
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
                    "application/json": components["schemas"]["SyncResultDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tokens_introspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntrospectTokenDto"];
                "application/x-www-form-urlencoded": components["schemas"]["IntrospectTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntrospectionResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tokens_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tokens_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeTokenDto"];
                "application/x-www-form-urlencoded": components["schemas"]["RevokeTokenDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                /** @description Only users of this application (operators see all their applications' users by default). */
                app_id?: string;
                email?: string;
                external_user_id?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description 1-based page number. */
                page?: number;
                /** @description Case-insensitive match on email, first or last name. */
                search?: string;
                sort_by?: "created_at" | "email" | "first_name" | "last_name" | "last_synced_at";
                sort_order?: "asc" | "desc";
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
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_create: {
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
            /** @description A user with this external_user_id already existed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Connections_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["ConnectionListDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Credentials valid but not for this resource.
             *
             *     Credentials valid but not for this resource.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Connections_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out (or already signed out). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Credentials valid but not for this resource.
             *
             *     Credentials valid but not for this resource.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SyncStatus_dataSources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["DataSourceListDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Events_sleep: {
        parameters: {
            query: {
                cursor?: string;
                /** @description Events starting before this instant (ISO 8601 or Unix seconds). */
                end_date: string;
                /** @description Keep, per night, only the sessions of the highest-priority source (the application's source priority). */
                filter_by_priority?: boolean;
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description Events starting at or after this instant (ISO 8601 or Unix seconds). */
                start_date: string;
                /** @description main: main sleep only; nap: naps only; absent: both. */
                type?: "main" | "nap";
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["SleepPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Events_sleepSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sleep_id: string;
                user_id: string;
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
                    "application/json": components["schemas"]["SleepSessionDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Events_deleteSleep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sleep_id: string;
                user_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Events_workouts: {
        parameters: {
            query: {
                cursor?: string;
                /** @description Events starting before this instant (ISO 8601 or Unix seconds). */
                end_date: string;
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description Peer alias of `type` (one activity type). */
                record_type?: ("running" | "trail_running" | "treadmill" | "walking" | "hiking" | "mountaineering" | "cycling" | "mountain_biking" | "indoor_cycling" | "cyclocross" | "swimming" | "pool_swimming" | "open_water_swimming" | "strength_training" | "cardio_training" | "fitness_equipment" | "elliptical" | "rowing_machine" | "stair_climbing" | "yoga" | "pilates" | "stretching" | "meditation" | "cross_country_skiing" | "alpine_skiing" | "backcountry_skiing" | "downhill_skiing" | "snowboarding" | "snowshoeing" | "ice_skating" | "snowmobiling" | "winter_sports" | "snow_sports" | "rowing" | "kayaking" | "canoeing" | "paddling" | "stand_up_paddleboarding" | "surfing" | "kitesurfing" | "windsurfing" | "sailing" | "water_polo" | "wakeboarding" | "water_skiing" | "boating" | "water_sports" | "soccer" | "basketball" | "football" | "american_football" | "baseball" | "tennis" | "badminton" | "volleyball" | "handball" | "rugby" | "hockey" | "floorball" | "lacrosse" | "cricket" | "squash" | "table_tennis" | "padel" | "pickleball" | "racquetball" | "racket_sports" | "boxing" | "martial_arts" | "wrestling" | "fencing" | "rock_climbing" | "indoor_climbing" | "bouldering" | "trail_hiking" | "orienteering" | "archery" | "fishing" | "hunting" | "paragliding" | "parkour" | "golf" | "skating" | "inline_skating" | "skateboarding" | "horseback_riding" | "gymnastics" | "bowling" | "curling" | "disc_sports" | "triathlon" | "multisport" | "motorcycling" | "motor_sports" | "dance" | "aerobics" | "group_exercise" | "e_biking" | "virtual_activity" | "diving" | "snorkeling" | "walking_fitness" | "casual_walking" | "transition" | "team_sports" | "para_sports" | "play" | "wheelchair" | "recovery" | "gaming" | "chores" | "lifestyle" | "work" | "operations" | "generic" | "other" | "sport" | "hiit" | "jump_rope" | "softball" | "kickboxing")[];
                /** @description Events starting at or after this instant (ISO 8601 or Unix seconds). */
                start_date: string;
                /** @description Activity types (repeat or comma-separate), e.g. running,cycling. */
                type?: ("running" | "trail_running" | "treadmill" | "walking" | "hiking" | "mountaineering" | "cycling" | "mountain_biking" | "indoor_cycling" | "cyclocross" | "swimming" | "pool_swimming" | "open_water_swimming" | "strength_training" | "cardio_training" | "fitness_equipment" | "elliptical" | "rowing_machine" | "stair_climbing" | "yoga" | "pilates" | "stretching" | "meditation" | "cross_country_skiing" | "alpine_skiing" | "backcountry_skiing" | "downhill_skiing" | "snowboarding" | "snowshoeing" | "ice_skating" | "snowmobiling" | "winter_sports" | "snow_sports" | "rowing" | "kayaking" | "canoeing" | "paddling" | "stand_up_paddleboarding" | "surfing" | "kitesurfing" | "windsurfing" | "sailing" | "water_polo" | "wakeboarding" | "water_skiing" | "boating" | "water_sports" | "soccer" | "basketball" | "football" | "american_football" | "baseball" | "tennis" | "badminton" | "volleyball" | "handball" | "rugby" | "hockey" | "floorball" | "lacrosse" | "cricket" | "squash" | "table_tennis" | "padel" | "pickleball" | "racquetball" | "racket_sports" | "boxing" | "martial_arts" | "wrestling" | "fencing" | "rock_climbing" | "indoor_climbing" | "bouldering" | "trail_hiking" | "orienteering" | "archery" | "fishing" | "hunting" | "paragliding" | "parkour" | "golf" | "skating" | "inline_skating" | "skateboarding" | "horseback_riding" | "gymnastics" | "bowling" | "curling" | "disc_sports" | "triathlon" | "multisport" | "motorcycling" | "motor_sports" | "dance" | "aerobics" | "group_exercise" | "e_biking" | "virtual_activity" | "diving" | "snorkeling" | "walking_fitness" | "casual_walking" | "transition" | "team_sports" | "para_sports" | "play" | "wheelchair" | "recovery" | "gaming" | "chores" | "lifestyle" | "work" | "operations" | "generic" | "other" | "sport" | "hiit" | "jump_rope" | "softball" | "kickboxing")[];
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["WorkoutPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Events_workout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                workout_id: string;
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
                    "application/json": components["schemas"]["WorkoutDetailDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Events_deleteWorkout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
                workout_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Export_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Imports_list: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Imports per page (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["ImportPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Imports_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                import_id: string;
                user_id: string;
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
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Imports_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                import_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Imports_uploadAppleHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description `attachment; filename="export.zip"` names the import. */
                "Content-Disposition"?: string;
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/gzip": string;
                "application/octet-stream": string;
                "application/x-gzip": string;
                "application/x-zip-compressed": string;
                "application/xml": string;
                "application/zip": string;
                "text/xml": string;
            };
        };
        responses: {
            /** @description This file was already imported for the user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Stored and queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationCodes_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationCodeResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Sessions_revokeUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Summaries_activity: {
        parameters: {
            query: {
                cursor?: string;
                /** @description Last local day (YYYY-MM-DD), inclusive. */
                end_date: string;
                /** @description Days per page (1–400); days without data are left out. */
                limit?: number;
                sort_order?: "asc" | "desc";
                /** @description First local day (YYYY-MM-DD), inclusive. */
                start_date: string;
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["ActivitySummaryPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Summaries_body: {
        parameters: {
            query: {
                cursor?: string;
                /** @description Last local day (YYYY-MM-DD), inclusive. */
                end_date: string;
                /** @description Days per page (1–400); days without data are left out. */
                limit?: number;
                sort_order?: "asc" | "desc";
                /** @description First local day (YYYY-MM-DD), inclusive. */
                start_date: string;
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["BodySummaryPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Summaries_sleep: {
        parameters: {
            query: {
                cursor?: string;
                /** @description Last local day (YYYY-MM-DD), inclusive. */
                end_date: string;
                /** @description Days per page (1–400); days without data are left out. */
                limit?: number;
                sort_order?: "asc" | "desc";
                /** @description First local day (YYYY-MM-DD), inclusive. */
                start_date: string;
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["SleepSummaryPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SyncStatus_batches: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Items per page (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["BatchPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SyncStatus_sessions: {
        parameters: {
            query?: {
                /** @description Sessions returned, newest activity first (1–100). */
                limit?: number;
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["SyncSessionListDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SyncStatus_syncStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["SyncStatusDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Timeseries_read: {
        parameters: {
            query: {
                cursor?: string;
                /** @description Exclusive end: ISO 8601 or Unix seconds. */
                end_time: string;
                /** @description Items per page (1–1000). */
                limit?: number;
                /** @description raw samples, or buckets of 1min, 5min, 15min, 1hour, 1day. */
                resolution?: "raw" | "1min" | "5min" | "15min" | "1hour" | "1day";
                /** @description Inclusive start: ISO 8601 or Unix seconds. */
                start_time: string;
                /** @description Metric codes (repeat the parameter or separate with commas); all metrics when absent. */
                types?: ("heart_rate" | "resting_heart_rate" | "heart_rate_variability_sdnn" | "heart_rate_recovery_one_minute" | "walking_heart_rate_average" | "heart_rate_variability_rmssd" | "atrial_fibrillation_burden" | "oxygen_saturation" | "blood_glucose" | "blood_pressure_systolic" | "blood_pressure_diastolic" | "blood_alcohol_content" | "peripheral_perfusion_index" | "insulin_delivery" | "respiratory_rate" | "sleeping_breathing_disturbances" | "forced_vital_capacity" | "forced_expiratory_volume_1" | "peak_expiratory_flow_rate" | "breathing_disturbance_index" | "inhaler_usage" | "height" | "weight" | "body_fat_percentage" | "body_mass_index" | "lean_body_mass" | "body_temperature" | "skin_temperature" | "waist_circumference" | "body_fat_mass" | "skeletal_muscle_mass" | "skin_temperature_deviation" | "skin_temperature_trend_deviation" | "basal_body_temperature" | "vo2_max" | "six_minute_walk_test_distance" | "cardiovascular_age" | "cycling_functional_threshold_power" | "steps" | "active_energy" | "basal_energy" | "total_energy" | "basal_metabolic_rate" | "stand_time" | "exercise_time" | "move_time" | "physical_effort" | "flights_climbed" | "average_met" | "active_time" | "push_count" | "distance_walking_running" | "distance_cycling" | "distance_swimming" | "distance_downhill_snow_sports" | "distance_other" | "distance" | "walking_step_length" | "walking_speed" | "walking_double_support_percentage" | "walking_asymmetry_percentage" | "walking_steadiness" | "stair_descent_speed" | "stair_ascent_speed" | "running_power" | "running_speed" | "running_vertical_oscillation" | "running_ground_contact_time" | "running_stride_length" | "running_vertical_ratio" | "running_stance_time_balance" | "swimming_stroke_count" | "underwater_depth" | "cadence" | "step_cadence" | "power" | "speed" | "workout_effort_score" | "estimated_workout_effort_score" | "environmental_audio_exposure" | "headphone_audio_exposure" | "environmental_sound_reduction" | "time_in_daylight" | "water_temperature" | "uv_exposure" | "weather_temperature" | "weather_humidity" | "elevation" | "latitude" | "longitude" | "air_temperature" | "dietary_energy" | "dietary_carbohydrates" | "dietary_protein" | "dietary_fat_total" | "dietary_fat_saturated" | "dietary_fat_monounsaturated" | "dietary_fat_polyunsaturated" | "dietary_fat_trans" | "dietary_fiber" | "dietary_sugar" | "dietary_cholesterol" | "dietary_sodium" | "dietary_potassium" | "dietary_calcium" | "dietary_iron" | "dietary_magnesium" | "dietary_phosphorus" | "dietary_zinc" | "dietary_copper" | "dietary_manganese" | "dietary_chloride" | "dietary_selenium" | "dietary_chromium" | "dietary_molybdenum" | "dietary_iodine" | "dietary_vitamin_a" | "dietary_vitamin_b6" | "dietary_vitamin_b12" | "dietary_vitamin_c" | "dietary_vitamin_d" | "dietary_vitamin_e" | "dietary_vitamin_k" | "dietary_thiamin" | "dietary_riboflavin" | "dietary_niacin" | "dietary_folate" | "dietary_pantothenic_acid" | "dietary_biotin" | "dietary_caffeine" | "hydration" | "meal" | "mindful_minutes" | "menstrual_flow" | "cervical_mucus_quality" | "ovulation_test_result" | "sexual_activity" | "intermenstrual_bleeding" | "stand_hour" | "garmin_stress_level" | "garmin_skin_temperature" | "garmin_fitness_age" | "garmin_body_battery" | "nike_fuel" | "electrodermal_activity" | "number_of_times_fallen" | "number_of_alcoholic_beverages")[];
                /** @description Bucket alignment: UTC, or each sample's local time (its zone offset, else the user's last known one). */
                tz?: "utc" | "local";
            };
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["TimeseriesPageDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tokens_mint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MintTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Credentials valid but not for this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not in the caller’s tenancy. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_live: {
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
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The database does not answer.
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    Tutorial_summary: {
        parameters: {
            query?: {
                /** @description Newest readings returned per data type. */
                limit?: number;
            };
            header?: never;
            path: {
                userId: string;
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
                    "application/json": components["schemas"]["TutorialSummaryDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tutorial_sync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TutorialSyncRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TutorialSyncResultDto"];
                };
            };
            /** @description Invalid input: every bad field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The request body stalled: too few bytes arrived within the body idle timeout. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body larger than the configured limit (decoded size). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path segment longer than any identifier. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Content-Type or Content-Encoding. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An `Expect` header other than `100-continue`. */
            417: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Request line and headers larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The server failed; the request can be retried. Never caused by input. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Temporarily unavailable (overload, a per-user limit, or the database briefly unreachable); retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    webhook_connection_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ConnectionCreatedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "connection.created";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_connection_revoked: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ConnectionRevokedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "connection.revoked";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_import_completed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ImportCompletedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "import.completed";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_import_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["ImportFailedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "import.failed";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_summary_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["SummaryUpdatedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "summary.updated";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_completed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["SyncCompletedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "sync.completed";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_quarantined: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["SyncQuarantinedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "sync.quarantined";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_user_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["UserCreatedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "user.created";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_user_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["UserDeletedDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "user.deleted";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_disabled: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["WebhookDisabledDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "webhook.disabled";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_test: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Event id; the same on every retry (deduplicate on it)
                 * @example msg_2b7f0c…
                 */
                "webhook-id": string;
                /**
                 * @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
                /**
                 * @description Unix seconds when this attempt was signed
                 * @example 1795300000
                 */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["WebhookTestDataDto"];
                    /** Format: date-time */
                    timestamp: string;
                    /** @constant */
                    type: "webhook.test";
                };
            };
        };
        responses: {
            /** @description Received. Any other answer, or none within 15 s, is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
