/**
 * The REST adapter (HTTP 接口): {@link org.gridsafe.rest.GridSafeHttpApi} serves a
 * {@link org.gridsafe.GridSafe} over HTTP — the JSON API {@code /api/v1}, the Open311 GeoReport v2
 * facade {@code /open311/v2} and the OpenAPI 3.1 document {@code /openapi.json}. Hosts implement
 * {@link org.gridsafe.rest.ActorTokens} over their identity system or use
 * {@link org.gridsafe.rest.HashedActorTokens}; everything else is package-private.
 */
package org.gridsafe.rest;
